import { createPathway } from '@destalk/core/pathways/commands/authoring';
import { authorizePathway } from '@destalk/core/pathways/policies';
import { authorPathways } from '@destalk/core/pathways/queries/authoring';
import { PATHWAY_AUDIENCES } from '@destalk/core/pathways/schema';
import { Badge, buttonClass, Card, PageHeader, SelectField, Table, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link, redirect } from 'react-router';
import type { Route } from './+types/author-pathways';
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
  return guardLoader(request, async () => {
    authorizePathway(actor, 'pathway.create');
    return { title: t('practise:author.title'), pathways: await authorPathways(context.platform, actor, locale) };
  });
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  return handleForm(request, context, async (form) => {
    authorizePathway(actor, 'pathway.create');
    const { id } = await createPathway(
      context.platform,
      actor,
      { slug: form.slug, audience: form.audience, certificateValidityMonths: form.certificateValidityMonths, title: { en: form['title.en'] }, summary: { en: form['summary.en'] } },
      context.requestId,
    );
    throw redirect(`/author/pathways/${id}`);
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function AuthorPathways({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const state = stateFor(actionData);
  const c = (k: string) => t(`practise:author.columns.${k}`);
  return (
    <>
      <PageHeader title={t('practise:author.title')} lead={t('practise:author.lead')} />
      {d.pathways.length === 0 ? (
        <p className="mb-8 text-muted">{t('practise:author.none')}</p>
      ) : (
        <Table caption={t('practise:author.caption')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{c('title')}</th>
              <th scope="col">{c('audience')}</th>
              <th scope="col">{c('status')}</th>
              <th scope="col">{c('steps')}</th>
              <th scope="col">{c('enrolled')}</th>
              <th scope="col">{c('completed')}</th>
            </tr>
          </thead>
          <tbody>
            {d.pathways.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link to={`/author/pathways/${p.id}`} className="font-medium">
                    {p.title}
                  </Link>
                  <div className="font-mono text-xs text-muted">{p.slug}</div>
                </td>
                <td>{t(`practise:tools.audiences.${p.audience}`)}</td>
                <td>
                  <Badge tone={p.status === 'published' ? 'success' : p.status === 'draft' ? 'warning' : 'neutral'}>{t(`practise:author.statuses.${p.status}`)}</Badge>
                </td>
                <td>{p.stepCount}</td>
                <td>{p.enrolled}</td>
                <td>{p.completed}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Card className="mt-8 max-w-2xl" aria-labelledby="new-pathway">
        <h2 id="new-pathway" className="text-xl font-semibold">
          {t('practise:author.newTitle')}
        </h2>
        <Form method="post" className="mt-4 flex flex-col gap-4" noValidate>
          <FormErrors state={state} />
          <TextField name="title.en" label={t('practise:author.titleIn', { language: 'English' })} defaultValue={state?.values['title.en'] ?? ''} errors={state?.fieldErrors['title.en']} isRequired />
          <TextField name="slug" label={t('practise:author.slug')} description={t('practise:author.slugHint')} defaultValue={state?.values.slug ?? ''} errors={state?.fieldErrors.slug} isRequired />
          <SelectField
            name="audience"
            label={t('practise:author.audience')}
            options={PATHWAY_AUDIENCES.map((a) => ({ value: a, label: t(`practise:tools.audiences.${a}`) }))}
            defaultValue={state?.values.audience ?? 'victim_support'}
            errors={state?.fieldErrors.audience}
          />
          <TextField name="certificateValidityMonths" type="number" inputMode="numeric" label={t('practise:author.validity')} defaultValue={state?.values.certificateValidityMonths ?? '24'} errors={state?.fieldErrors.certificateValidityMonths} />
          <TextField name="summary.en" label={t('practise:author.summaryIn', { language: 'English' })} multiline defaultValue={state?.values['summary.en'] ?? ''} errors={state?.fieldErrors['summary.en']} isRequired />
          <button type="submit" className={buttonClass('primary', 'self-start')}>
            {t('practise:author.create')}
          </button>
        </Form>
      </Card>
    </>
  );
}
