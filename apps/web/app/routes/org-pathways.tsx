import { confirmLiveSession } from '@destalk/core/pathways/commands/taking';
import { authorizePathway } from '@destalk/core/pathways/policies';
import { facilitationOverview } from '@destalk/core/pathways/queries/facilitation';
import { Alert, buttonClass, PageHeader, Table } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link, redirect } from 'react-router';
import type { Route } from './+types/org-pathways';
import { FormErrors } from '../components/form-errors.tsx';
import { OrgTabs } from '../components/org-tabs.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { formatDateTime } from '../lib/format.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { noticeFrom } from '../lib/notice.ts';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    authorizePathway(actor, 'pathway.facilitate', { organisationId: params.organisationId });
    const overview = await facilitationOverview(context.platform, actor, params.organisationId, locale);
    const coordinates = actor.memberships.some((m) => m.organisationId === params.organisationId && m.role === 'coordinator');
    return {
      title: `${t('practise:facilitate.title')} – ${overview.organisationName}`,
      organisationId: params.organisationId,
      showTabs: coordinates || actor.isPlatformAdmin,
      notice: noticeFrom(request, ['confirmed', 'reviewed']),
      overview: { ...overview, pending: overview.pending.map((p) => ({ ...p, submittedAt: formatDateTime(p.submittedAt, locale) })) },
    };
  });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  return handleForm(request, context, async (form) => {
    authorizePathway(actor, 'pathway.facilitate', { organisationId: params.organisationId });
    // The enrolment must belong to this organisation: the command checks the actor against the enrolment's organisation.
    await confirmLiveSession(context.platform, actor, form.enrolmentId ?? '', form.stepId ?? '', context.requestId);
    throw redirect(`/org/${encodeURIComponent(params.organisationId)}/pathways?notice=confirmed`);
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function OrgPathways({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const o = d.overview;
  return (
    <>
      <PageHeader title={t('practise:facilitate.title')} eyebrow={o.organisationName} lead={t('practise:facilitate.lead', { organisation: o.organisationName })} />
      {d.showTabs ? <OrgTabs organisationId={d.organisationId} /> : null}
      {d.notice ? (
        <Alert tone="success" live className="mb-6">
          {d.notice === 'confirmed' ? t('practise:facilitate.confirmed') : t('practise:facilitate.reviewed')}
        </Alert>
      ) : null}
      <FormErrors state={stateFor(actionData)} />
      <section aria-labelledby="pending" className="mb-10">
        <h2 id="pending" className="text-xl font-semibold">
          {t('practise:facilitate.pending')}
        </h2>
        {o.pending.length === 0 ? (
          <p className="mt-2 text-muted">{t('practise:facilitate.pendingNone')}</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-2">
            {o.pending.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-line bg-surface p-4">
                <div>
                  <strong>{p.learnerName}</strong> · {p.pathwayTitle} · {p.stepTitle}
                  <div className="text-sm text-muted">{t('practise:facilitate.submittedOn', { date: p.submittedAt })}</div>
                </div>
                <Link to={`/org/${d.organisationId}/pathways/reflections/${p.id}`} className={buttonClass('primary')} aria-label={`${t('practise:facilitate.review')}: ${p.learnerName}, ${p.stepTitle}`}>
                  {t('practise:facilitate.review')}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="participants" className="mb-10">
        <h2 id="participants" className="text-xl font-semibold">
          {t('practise:facilitate.participants')}
        </h2>
        {o.participants.length === 0 ? (
          <p className="mt-2 text-muted">{t('practise:facilitate.participantsNone')}</p>
        ) : (
          <Table caption={t('practise:facilitate.participants')} captionHidden>
            <thead>
              <tr>
                <th scope="col">{t('practise:facilitate.participant')}</th>
                <th scope="col">{t('practise:facilitate.pathway')}</th>
                <th scope="col">{t('practise:facilitate.progress')}</th>
                <th scope="col">{t('practise:facilitate.sessions')}</th>
              </tr>
            </thead>
            <tbody>
              {o.participants.map((p) => (
                <tr key={p.enrolmentId}>
                  <td>{p.name}</td>
                  <td>{p.pathwayTitle}</td>
                  <td className="whitespace-nowrap">{p.completedAt ? t('practise:pathways.completed') : t('practise:pathways.progress', { done: p.done, total: p.total })}</td>
                  <td>
                    {p.awaitingSessions.map((s) => (
                      <Form method="post" key={s.stepId} className="mb-1">
                        <input type="hidden" name="enrolmentId" value={p.enrolmentId} />
                        <input type="hidden" name="stepId" value={s.stepId} />
                        <button type="submit" className={buttonClass('secondary', 'text-sm')}>
                          {t('practise:facilitate.confirm', { session: s.title })}
                          <span className="sr-only"> – {p.name}</span>
                        </button>
                      </Form>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
      <section aria-labelledby="completions">
        <h2 id="completions" className="text-xl font-semibold">
          {t('practise:facilitate.completions')}
        </h2>
        {o.completions.length === 0 ? (
          <p className="mt-2 text-muted">{t('practise:facilitate.participantsNone')}</p>
        ) : (
          <Table caption={t('practise:facilitate.completionsCaption')}>
            <thead>
              <tr>
                <th scope="col">{t('practise:facilitate.pathway')}</th>
                <th scope="col">{t('practise:facilitate.enrolled')}</th>
                <th scope="col">{t('practise:facilitate.completedCount')}</th>
              </tr>
            </thead>
            <tbody>
              {o.completions.map((c) => (
                <tr key={c.pathwayTitle}>
                  <td>{c.pathwayTitle}</td>
                  <td>{c.enrolled}</td>
                  <td>{c.completed}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
    </>
  );
}
