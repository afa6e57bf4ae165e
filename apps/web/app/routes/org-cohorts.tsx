import { createCohort } from '@destalk/core/learning/commands/create-cohort';
import { setSeatCap } from '@destalk/core/learning/commands/enrolment';
import { listCohorts, publishedCourses } from '@destalk/core/learning/queries/cohorts';
import { Alert, Button, Card, PageHeader, SelectField, Table, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link } from 'react-router';
import type { Route } from './+types/org-cohorts';
import { FormErrors } from '../components/form-errors.tsx';
import { OrgTabs } from '../components/org-tabs.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { formatDate } from '../lib/format.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const { organisation, cohorts } = await listCohorts(context.platform, actor, params.organisationId, locale);
    const courses = await publishedCourses(context.platform, locale);
    const coordinates = actor.memberships.some((m) => m.organisationId === organisation.id && m.role === 'coordinator');
    return {
      title: `${t('learn:cohorts.title')} – ${organisation.name}`,
      organisation,
      showTabs: coordinates || actor.isPlatformAdmin,
      courses,
      cohorts: cohorts.map((c) => ({
        ...c,
        dates: t('learn:dates', { start: formatDate(c.startsAt, locale), end: formatDate(c.endsAt, locale) }),
        window: t('learn:dates', { start: formatDate(c.enrolmentOpensAt, locale), end: formatDate(c.enrolmentClosesAt, locale) }),
      })),
    };
  });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  return handleForm(
    request,
    context,
    async (form, t) => {
      if (form.intent === 'seats') {
        const { promoted } = await setSeatCap(context.platform, actor, form.cohortId ?? '', Number(form.seatCap));
        return { done: t('learn:cohorts.capChanged', { count: promoted }) };
      }
      const { courseSlug, title, startsAt, endsAt, enrolmentOpensAt, enrolmentClosesAt, seatCap } = form;
      await createCohort(context.platform, actor, { organisationId: params.organisationId, courseSlug, title, startsAt, endsAt, enrolmentOpensAt, enrolmentClosesAt, seatCap });
      return { done: t('learn:cohorts.created', { title: title ?? '' }) };
    },
    (form) => form.intent,
  );
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function OrgCohorts({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const done = actionData && 'done' in actionData ? actionData.done : undefined;
  const create = stateFor(actionData, 'create');
  const seats = stateFor(actionData, 'seats');
  const v = (key: string) => create?.values[key] ?? '';
  return (
    <>
      <PageHeader eyebrow={d.organisation.name} title={t('learn:cohorts.title')} lead={t('learn:cohorts.lead')} />
      {d.showTabs ? <OrgTabs organisationId={d.organisation.id} /> : null}
      <div className="flex flex-col gap-8">
        {done ? (
          <Alert tone="success" live>
            {done}
          </Alert>
        ) : null}
        <FormErrors state={seats} />
        {d.cohorts.length === 0 ? (
          <p className="text-muted">{t('learn:cohorts.none')}</p>
        ) : (
          <Table caption={t('learn:cohorts.caption', { organisation: d.organisation.name })}>
            <thead>
              <tr>
                <th scope="col">{t('learn:cohorts.cohortTitle')}</th>
                <th scope="col">{t('learn:cohorts.dates')}</th>
                <th scope="col">{t('learn:cohorts.seats')}</th>
                <th scope="col">{t('learn:cohorts.waitlist')}</th>
                <th scope="col">{t('learn:cohorts.raiseCap')}</th>
              </tr>
            </thead>
            <tbody>
              {d.cohorts.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/cohorts/${c.id}`} className="font-medium">
                      {c.title}
                    </Link>
                    <div className="text-muted">{c.courseTitle}</div>
                  </td>
                  <td>
                    {c.dates}
                    <div className="text-muted">{t('learn:cohorts.windowShort', { window: c.window })}</div>
                  </td>
                  <td>{t('learn:cohorts.seatsOf', { seated: c.seated, cap: c.seatCap })}</td>
                  <td>{c.waitlisted}</td>
                  <td>
                    <Form method="post" className="flex items-end gap-2">
                      <input type="hidden" name="intent" value="seats" />
                      <input type="hidden" name="cohortId" value={c.id} />
                      <label className="sr-only" htmlFor={`cap-${c.id}`}>
                        {t('learn:cohorts.seatCapOf', { cohort: c.title })}
                      </label>
                      <input id={`cap-${c.id}`} name="seatCap" type="number" min={1} defaultValue={c.seatCap} className="w-20 rounded-md border border-line-strong bg-surface px-2 py-1.5" />
                      <Button type="submit" variant="secondary">
                        {t('learn:cohorts.save')}
                      </Button>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Card aria-labelledby="new-cohort">
          <h2 id="new-cohort" className="text-2xl">
            {t('learn:cohorts.newTitle')}
          </h2>
          {d.courses.length === 0 ? (
            <p className="mt-2 text-muted">{t('learn:cohorts.noCourses')}</p>
          ) : (
            <Form method="post" className="mt-4 grid gap-4 sm:grid-cols-2" noValidate>
              <div className="sm:col-span-2">
                <FormErrors state={create} />
              </div>
              <input type="hidden" name="intent" value="create" />
              <SelectField name="courseSlug" label={t('learn:cohorts.course')} placeholder={t('learn:cohorts.chooseCourse')} defaultValue={v('courseSlug')} options={d.courses.map((c) => ({ value: c.slug, label: c.title }))} errors={create?.fieldErrors.courseSlug} />
              <TextField name="title" label={t('learn:cohorts.cohortTitle')} isRequired defaultValue={v('title')} errors={create?.fieldErrors.title} />
              <TextField name="startsAt" type="date" label={t('learn:cohorts.starts')} isRequired defaultValue={v('startsAt')} errors={create?.fieldErrors.startsAt} />
              <TextField name="endsAt" type="date" label={t('learn:cohorts.ends')} isRequired defaultValue={v('endsAt')} errors={create?.fieldErrors.endsAt} />
              <TextField name="enrolmentOpensAt" type="date" label={t('learn:cohorts.opens')} isRequired defaultValue={v('enrolmentOpensAt')} errors={create?.fieldErrors.enrolmentOpensAt} />
              <TextField name="enrolmentClosesAt" type="date" label={t('learn:cohorts.closes')} isRequired defaultValue={v('enrolmentClosesAt')} errors={create?.fieldErrors.enrolmentClosesAt} />
              <TextField name="seatCap" type="number" inputMode="numeric" label={t('learn:cohorts.seatCap')} description={t('learn:cohorts.seatCapHint')} isRequired defaultValue={v('seatCap') || '20'} errors={create?.fieldErrors.seatCap} />
              <div className="sm:col-span-2">
                <Button type="submit">{t('learn:cohorts.create')}</Button>
              </div>
            </Form>
          )}
        </Card>
      </div>
    </>
  );
}
