import { enrolInCohort, withdrawFromCohort } from '@destalk/core/learning/commands/enrolment';
import { myCertificates } from '@destalk/core/certificates/queries/certificates';
import { courseOutline } from '@destalk/core/learning/queries/course-outline';
import { learnerCourses } from '@destalk/core/learning/queries/learner-courses';
import { Alert, Badge, Button, buttonClass, Card, PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { data, Form, Link } from 'react-router';
import type { Route } from './+types/learn';
import { FormErrors } from '../components/form-errors.tsx';
import { CertificateList } from '../components/learn/certificate-list.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { formatDate } from '../lib/format.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  const { mine, open } = await learnerCourses(context.platform, actor, locale);
  const view = (c: (typeof mine)[number]) => ({
    ...c,
    dates: t('learn:dates', { start: formatDate(c.startsAt, locale), end: formatDate(c.endsAt, locale) }),
    enrolBy: t('learn:enrolBy', { date: formatDate(c.enrolmentClosesAt, locale) }),
  });
  // Progress for the cohorts with a seat (a learner is in a handful at most).
  const percent = new Map<string, number>();
  for (const c of mine.filter((m) => m.status === 'seated')) percent.set(c.cohortId, (await courseOutline(context.platform, actor, c.cohortId, locale)).percent);
  const certificates = (await myCertificates(context.platform, actor, locale)).map((c) => ({
    id: c.id,
    code: c.code,
    courseTitle: c.courseTitle,
    status: c.status,
    refresherDue: c.refresherDue,
    dateLine: c.status === 'valid' ? t('certificates:validUntil', { date: formatDate(c.expiresAt, locale) }) : c.status === 'expired' ? t('certificates:expiredOn', { date: formatDate(c.expiresAt, locale) }) : t('certificates:revokedNote'),
    refreshers: open.filter((o) => o.refresherOfCourseId === c.courseId).map((o) => ({ cohortId: o.cohortId, cohortTitle: o.cohortTitle })),
  }));
  const offeredWithCertificate = new Set(certificates.flatMap((c) => (c.refresherDue ? c.refreshers.map((r) => r.cohortId) : [])));
  return {
    title: t('learn:title'),
    mine: mine.map((c) => ({ ...view(c), percent: percent.get(c.cohortId) ?? null })),
    // A due refresher is offered with its certificate, not again among the open cohorts.
    open: open.filter((o) => !offeredWithCertificate.has(o.cohortId)).map(view),
    certificates,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  return handleForm(
    request,
    context,
    async (form, t) => {
      const cohortId = form.cohortId ?? '';
      if (form.intent === 'enrol') {
        const result = await enrolInCohort(context.platform, actor, cohortId);
        return { done: result.status === 'waitlisted' ? t('learn:waitlisted', { position: result.waitlistPosition ?? 0 }) : t('learn:enrolled', { cohort: form.cohortTitle ?? '' }) };
      }
      if (form.intent === 'withdraw') {
        await withdrawFromCohort(context.platform, actor, cohortId);
        return { done: t('learn:withdrawn') };
      }
      throw data({ code: 'bad_request' }, { status: 400 });
    },
    () => 'enrol',
  );
}

export const meta: Route.MetaFunction = ({ data: d, matches }) => pageMeta(d, matches);

export default function Learn({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const done = actionData && 'done' in actionData ? actionData.done : undefined;
  return (
    <>
      <PageHeader title={t('learn:title')} lead={t('learn:lead')} />
      <div className="flex flex-col gap-8">
        {done ? (
          <Alert tone="success" live>
            {done}
          </Alert>
        ) : null}
        <FormErrors state={stateFor(actionData)} />
        <section aria-labelledby="mine-title" className="flex flex-col gap-3">
          <h2 id="mine-title" className="text-2xl">
            {t('learn:mineTitle')}
          </h2>
          {d.mine.length === 0 ? <p className="text-muted">{t('learn:mineNone')}</p> : null}
          {d.mine.map((c) => (
            <Card key={c.cohortId} as="article">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div>
                  <h3 className="text-xl">{c.courseTitle}</h3>
                  <p className="text-sm text-muted">
                    {c.cohortTitle} · {c.dates}
                  </p>
                </div>
                <Badge tone={c.status === 'completed' ? 'success' : c.status === 'waitlisted' ? 'warning' : 'accent'}>
                  {c.status === 'waitlisted' ? t('learn:status.waitlisted', { position: c.waitlistPosition ?? 0 }) : t(`learn:status.${c.status}`)}
                </Badge>
              </div>
              {c.percent !== null ? (
                <div className="mt-3 flex items-center gap-3">
                  <div className="h-2 max-w-xs flex-1 overflow-hidden rounded-full bg-surface-muted" aria-hidden="true">
                    <div className="h-full rounded-full bg-accent" style={{ width: `${c.percent}%` }} />
                  </div>
                  <span className="text-sm text-muted">{t('learn:outline.progress', { percent: c.percent })}</span>
                </div>
              ) : null}
              <div className="mt-4 flex flex-wrap gap-3">
                {c.status !== 'waitlisted' ? (
                  <Link to={`/learn/cohorts/${c.cohortId}`} className={buttonClass('primary')}>
                    {c.status === 'completed' ? t('learn:open') : t('learn:continue')}
                  </Link>
                ) : null}
                {c.status !== 'completed' ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="withdraw" />
                    <input type="hidden" name="cohortId" value={c.cohortId} />
                    <Button type="submit" variant="quiet">
                      {c.status === 'waitlisted' ? t('learn:leaveWaitlist') : t('learn:withdraw')}
                    </Button>
                  </Form>
                ) : null}
              </div>
            </Card>
          ))}
        </section>
        <CertificateList certificates={d.certificates} />
        <section aria-labelledby="open-title" className="flex flex-col gap-3">
          <h2 id="open-title" className="text-2xl">
            {t('learn:openTitle')}
          </h2>
          {d.open.length === 0 ? <p className="text-muted">{t('learn:openNone')}</p> : null}
          {d.open.map((c) => (
            <Card key={c.cohortId} as="article">
              <h3 className="text-xl">{c.courseTitle}</h3>
              <p className="text-sm text-muted">
                {c.cohortTitle} · {c.dates} · {c.enrolBy}
              </p>
              <p className="mt-2">{c.courseSummary}</p>
              <p className="mt-2 text-sm font-medium">{t('learn:seatsLeft', { count: c.seatsLeft })}</p>
              <Form method="post" className="mt-4">
                <input type="hidden" name="intent" value="enrol" />
                <input type="hidden" name="cohortId" value={c.cohortId} />
                <input type="hidden" name="cohortTitle" value={c.cohortTitle} />
                <Button type="submit">{c.seatsLeft > 0 ? t('learn:enrol') : t('learn:joinWaitlist')}</Button>
              </Form>
            </Card>
          ))}
        </section>
      </div>
    </>
  );
}
