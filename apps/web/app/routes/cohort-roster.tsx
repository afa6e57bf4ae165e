import { revokeCertificate } from '@destalk/core/certificates/commands/revoke';
import { addToCohort, removeFromCohort } from '@destalk/core/learning/commands/roster';
import { cohortRoster } from '@destalk/core/learning/queries/roster';
import { Alert, Badge, Button, buttonClass, Card, PageHeader, Table, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { data, Form, Link } from 'react-router';
import type { Route } from './+types/cohort-roster';
import { CohortTabs } from '../components/cohort-tabs.tsx';
import { FormErrors } from '../components/form-errors.tsx';
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
  const inactiveOnly = new URL(request.url).searchParams.get('inactive') === '1';
  return guardLoader(request, async () => {
    const roster = await cohortRoster(context.platform, actor, params.cohortId, locale);
    const c = roster.cohort;
    return {
      title: c.title,
      cohort: { id: c.id, title: c.title, lead: t('teach:roster.lead', { course: c.courseTitle, dates: t('learn:dates', { start: formatDate(c.startsAt, locale), end: formatDate(c.endsAt, locale) }) }) },
      counts: roster.counts,
      inactiveOnly,
      learners: roster.learners
        .filter((l) => !inactiveOnly || l.inactive)
        .map((l) => ({
          userId: l.userId,
          name: l.name,
          email: l.email,
          status: l.status === 'waitlisted' ? t('learn:status.waitlisted', { position: l.waitlistPosition ?? 0 }) : t(`learn:status.${l.status}`),
          waitlisted: l.status === 'waitlisted',
          completed: l.status === 'completed',
          track: t(`learn:track.names.${l.audience}`),
          percent: l.percent,
          lastActive: l.lastActiveAt ? formatDate(l.lastActiveAt, locale) : t('teach:roster.never'),
          inactive: l.inactive,
          certificate: l.certificate ? { ...l.certificate, label: t(`certificates:status.${l.certificate.status}`) } : null,
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
      if (form.intent === 'add') {
        const result = await addToCohort(context.platform, actor, params.cohortId, { email: form.email });
        const email = (form.email ?? '').trim();
        return { done: result.status === 'waitlisted' ? t('teach:roster.addedWaitlist', { email, position: result.waitlistPosition ?? 0 }) : t('teach:roster.added', { email }) };
      }
      if (form.intent === 'remove') {
        await removeFromCohort(context.platform, actor, params.cohortId, form.userId ?? '');
        return { done: t('teach:roster.removed', { name: form.name ?? '' }) };
      }
      if (form.intent === 'revoke') {
        await revokeCertificate(context.platform, actor, form.certificateId ?? '', { reason: form.reason }, context.requestId);
        return { done: t('certificates:revoke.done', { name: form.name ?? '' }) };
      }
      throw data({ code: 'bad_request' }, { status: 400 });
    },
    (form) => form.intent,
  );
}

export const meta: Route.MetaFunction = ({ data: d, matches }) => pageMeta(d, matches);

export default function CohortRoster({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const done = actionData && 'done' in actionData ? actionData.done : undefined;
  const add = stateFor(actionData, 'add');
  const revoke = stateFor(actionData, 'revoke');
  return (
    <>
      <PageHeader title={d.cohort.title} lead={d.cohort.lead} actions={<a href={`/cohorts/${d.cohort.id}/roster.csv`} className={buttonClass('secondary')}>{t('teach:roster.csv')}</a>} />
      <CohortTabs cohortId={d.cohort.id} />
      <div className="flex flex-col gap-6">
        {done ? (
          <Alert tone="success" live>
            {done}
          </Alert>
        ) : null}
        <FormErrors state={stateFor(actionData, 'remove') ?? revoke} />
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-muted">{t('teach:roster.counts', d.counts)}</p>
          <Link to={d.inactiveOnly ? `/cohorts/${d.cohort.id}` : `/cohorts/${d.cohort.id}?inactive=1`}>{d.inactiveOnly ? t('teach:roster.showAll') : t('teach:roster.inactiveOnly')}</Link>
        </div>
        {d.learners.length === 0 ? (
          <p className="text-muted">{t('teach:roster.none')}</p>
        ) : (
          <Table caption={t('teach:roster.caption', { cohort: d.cohort.title })} captionHidden>
            <thead>
              <tr>
                <th scope="col">{t('teach:roster.name')}</th>
                <th scope="col">{t('teach:roster.status')}</th>
                <th scope="col">{t('teach:roster.progress')}</th>
                <th scope="col">{t('teach:roster.lastActive')}</th>
                <th scope="col">{t('teach:roster.certificate')}</th>
                <th scope="col">{t('teach:roster.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {d.learners.map((l) => (
                <tr key={l.userId}>
                  <td>
                    <div className="font-medium">{l.name}</div>
                    <div className="text-muted">{l.email}</div>
                    <div className="text-muted">{l.track}</div>
                  </td>
                  <td>{l.status}</td>
                  <td>{l.waitlisted ? '–' : `${l.percent}%`}</td>
                  <td>
                    {l.lastActive} {l.inactive ? <Badge tone="warning">{t('teach:roster.inactive')}</Badge> : null}
                  </td>
                  <td>
                    {l.certificate ? (
                      <>
                        <Badge tone={l.certificate.status === 'valid' ? 'success' : l.certificate.status === 'expired' ? 'warning' : 'danger'}>{l.certificate.label}</Badge>
                        <div className="mt-1 font-mono text-xs">{l.certificate.code}</div>
                        {l.certificate.status !== 'revoked' ? (
                          <details className="mt-2">
                            <summary className="cursor-pointer text-sm font-medium">{t('certificates:revoke.action')}</summary>
                            <Form method="post" className="mt-2 flex flex-col gap-2">
                              <input type="hidden" name="intent" value="revoke" />
                              <input type="hidden" name="certificateId" value={l.certificate.id} />
                              <input type="hidden" name="name" value={l.name} />
                              <TextField id={`reason-${l.certificate.id}`} name="reason" label={t('certificates:revoke.reason')} description={t('certificates:revoke.reasonHint')} multiline errors={revoke?.values.certificateId === l.certificate.id ? revoke.fieldErrors.reason : undefined} />
                              <Button type="submit" variant="danger" aria-label={t('teach:roster.revokeTitle', { name: l.name })}>
                                {t('certificates:revoke.confirm')}
                              </Button>
                            </Form>
                          </details>
                        ) : null}
                      </>
                    ) : (
                      '–'
                    )}
                  </td>
                  <td>
                    {!l.completed ? (
                      <Form method="post">
                        <input type="hidden" name="intent" value="remove" />
                        <input type="hidden" name="userId" value={l.userId} />
                        <input type="hidden" name="name" value={l.name} />
                        <Button type="submit" variant="quiet" aria-label={t('teach:roster.removeLabel', { name: l.name })}>
                          {t('teach:roster.remove')}
                        </Button>
                      </Form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Card aria-labelledby="add-title">
          <h2 id="add-title" className="text-xl">
            {t('teach:roster.addTitle')}
          </h2>
          <p className="mt-1 text-muted">{t('teach:roster.addLead')}</p>
          <Form method="post" className="mt-4 flex flex-wrap items-end gap-3" noValidate>
            <FormErrors state={add} />
            <input type="hidden" name="intent" value="add" />
            <TextField name="email" type="email" label={t('teach:roster.email')} autoComplete="off" defaultValue={add?.values.email} errors={add?.fieldErrors.email} className="min-w-64 flex-1" />
            <Button type="submit">{t('teach:roster.add')}</Button>
          </Form>
        </Card>
      </div>
    </>
  );
}
