import { createCourse } from '@destalk/core/authoring/commands';
import { authoredCourses } from '@destalk/core/authoring/queries';
import { LOCALE_NATIVE_NAMES, SUPPORTED_LOCALES } from '@destalk/core/i18n/locales';
import { Badge, Button, Card, PageHeader, SelectField, Table, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link, redirect } from 'react-router';
import type { Route } from './+types/author';
import { FormErrors } from '../components/form-errors.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => ({ title: t('teach:author.title'), locale, courses: await authoredCourses(context.platform, actor, locale) }));
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  return handleForm(request, context, async (form) => {
    const { slug } = await createCourse(context.platform, actor, { title: form.title, slug: form.slug, defaultLocale: form.defaultLocale });
    throw redirect(`/author/courses/${slug}`);
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function Author({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const state = stateFor(actionData);
  return (
    <>
      <PageHeader title={t('teach:author.title')} lead={t('teach:author.lead')} />
      <div className="flex flex-col gap-8">
        {d.courses.length === 0 ? (
          <p className="text-muted">{t('teach:author.none')}</p>
        ) : (
          <Table caption={t('teach:author.caption')} captionHidden>
            <thead>
              <tr>
                <th scope="col">{t('teach:author.course')}</th>
                <th scope="col">{t('teach:author.state')}</th>
              </tr>
            </thead>
            <tbody>
              {d.courses.map((c) => (
                <tr key={c.slug}>
                  <td>
                    <Link to={`/author/courses/${c.slug}`} className="font-medium">
                      {c.title}
                    </Link>
                    <div className="font-mono text-xs text-muted">{c.slug}</div>
                  </td>
                  <td className="flex flex-wrap gap-2">
                    <span>{c.publishedVersion ? t('teach:author.published', { number: c.publishedVersion }) : t('teach:author.neverPublished')}</span>
                    {c.hasDraft ? <Badge tone="warning">{t('teach:author.draft')}</Badge> : null}
                    {c.refresher ? <Badge>{t('teach:author.refresher')}</Badge> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Card aria-labelledby="new-course">
          <h2 id="new-course" className="text-2xl">
            {t('teach:author.newTitle')}
          </h2>
          <Form method="post" className="mt-4 grid gap-4 sm:grid-cols-2" noValidate>
            <div className="sm:col-span-2">
              <FormErrors state={state} />
            </div>
            <TextField name="title" label={t('teach:author.courseTitle')} isRequired defaultValue={state?.values.title} errors={state?.fieldErrors.title} />
            <TextField name="slug" label={t('teach:author.slug')} description={t('teach:author.slugHint')} isRequired defaultValue={state?.values.slug} errors={state?.fieldErrors.slug} />
            <SelectField name="defaultLocale" label={t('teach:author.defaultLocale')} defaultValue={state?.values.defaultLocale ?? d.locale} options={SUPPORTED_LOCALES.map((l) => ({ value: l, label: LOCALE_NATIVE_NAMES[l] }))} errors={state?.fieldErrors.defaultLocale} />
            <div className="sm:col-span-2">
              <Button type="submit">{t('teach:author.create')}</Button>
            </div>
          </Form>
        </Card>
      </div>
    </>
  );
}
