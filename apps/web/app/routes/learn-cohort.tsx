import { myCertificates } from '@destalk/core/certificates/queries/certificates';
import { setLearnerAudience } from '@destalk/core/learning/commands/progress';
import { selfAssessmentView, submitSelfAssessment } from '@destalk/core/learning/commands/self-assessment';
import { courseOutline } from '@destalk/core/learning/queries/course-outline';
import { Alert, Badge, buttonClass, Card, PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { data, Link } from 'react-router';
import type { Route } from './+types/learn-cohort';
import { SelfAssessmentForm } from '../components/learn/self-assessment-form.tsx';
import { TrackForm } from '../components/learn/track-form.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const outline = await courseOutline(context.platform, actor, params.cohortId, locale);
    const selfAssessment = await selfAssessmentView(context.platform, actor, params.cohortId, locale);
    const certificate = outline.complete ? (await myCertificates(context.platform, actor, locale)).find((c) => c.courseId === outline.certificateCourseId && c.status !== 'revoked') : undefined;
    return { title: outline.courseTitle, outline, selfAssessment, certificate: certificate ? { id: certificate.id, courseTitle: certificate.courseTitle } : null };
  });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  return handleForm(
    request,
    context,
    async (form, t) => {
      if (form.intent === 'track') {
        await setLearnerAudience(context.platform, actor, params.cohortId, form.audience);
        return { done: t('learn:track.changed') };
      }
      if (form.intent === 'self-assessment') {
        const ratings = Object.fromEntries(Object.entries(form).flatMap(([k, v]) => (k.startsWith('rating-') ? [[k.slice('rating-'.length), v]] : [])));
        await submitSelfAssessment(context.platform, actor, params.cohortId, form.moment ?? '', ratings);
        return { done: t('learn:selfAssessment.saved') };
      }
      throw data({ code: 'bad_request' }, { status: 400 });
    },
    (form) => form.intent,
  );
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

function QuizLine({ cohortId, quiz, label }: { cohortId: string; quiz: NonNullable<Route.ComponentProps['loaderData']['outline']['finalQuiz']>; label: string }) {
  const { t } = useTranslation();
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-2">
      <span className="flex flex-wrap items-center gap-2">
        <Link to={`/learn/cohorts/${cohortId}/quizzes/${quiz.key}`} className="font-medium">
          {quiz.title}
        </Link>
        <Badge tone="accent">{label}</Badge>
      </span>
      <span className="flex items-center gap-2 text-sm text-muted">
        {quiz.bestScore !== null ? t('learn:outline.best', { score: quiz.bestScore }) : null}
        {quiz.passed ? <Badge tone="success">{t('learn:outline.passed')}</Badge> : <span>{t('learn:outline.attemptsLeft', { count: quiz.attemptsLeft })}</span>}
      </span>
    </li>
  );
}

export default function LearnCohort({ loaderData: { outline: o, selfAssessment, certificate }, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const done = actionData && 'done' in actionData ? actionData.done : undefined;
  const due = selfAssessment.due;
  const target = o.resumeLessonKey ?? o.nextLessonKey ?? o.modules[0]?.lessons[0]?.key;
  return (
    <>
      <PageHeader eyebrow={o.cohortTitle} title={o.courseTitle} />
      <div className="flex flex-col gap-6">
        {done ? (
          <Alert tone="success" live>
            {done}
          </Alert>
        ) : null}
        {o.fallback ? <Alert>{t('learn:outline.fallback')}</Alert> : null}
        {certificate ? (
          <Alert tone="success" title={t('certificates:earned')}>
            <p className="mt-2">
              <a href={`/learn/certificates/${certificate.id}/pdf`} className={buttonClass('primary')} download aria-label={t('certificates:downloadOf', { course: certificate.courseTitle })}>
                {t('certificates:download')}
              </a>
            </p>
          </Alert>
        ) : null}
        {due ? <SelfAssessmentForm view={{ ...selfAssessment, due }} state={stateFor(actionData, 'self-assessment')} /> : null}
        <Card>
          <div className="flex flex-wrap items-center justify-between gap-4">
            <div className="min-w-56 flex-1">
              <p className="font-semibold" id="progress-label">
                {t('learn:outline.progressLabel')}
              </p>
              <div className="mt-2 h-3 w-full overflow-hidden rounded-full bg-surface-muted" role="progressbar" aria-labelledby="progress-label" aria-valuenow={o.percent} aria-valuemin={0} aria-valuemax={100} aria-valuetext={t('learn:outline.progress', { percent: o.percent })}>
                <div className="h-full rounded-full bg-accent" style={{ width: `${o.percent}%` }} />
              </div>
              <p className="mt-1 text-sm text-muted">{t('learn:outline.progress', { percent: o.percent })}</p>
            </div>
            {o.complete ? (
              <Alert tone="success">{t('learn:outline.completed')}</Alert>
            ) : target ? (
              <Link to={`/learn/cohorts/${o.cohortId}/lessons/${target}`} className={buttonClass('primary')}>
                {o.resumeLessonKey ? t('learn:outline.resume') : t('learn:outline.start')}
              </Link>
            ) : null}
          </div>
        </Card>
        <p>
          <Link to={`/cohorts/${o.cohortId}/discussion`}>{t('teach:discussion.title')}</Link>
        </p>
        <TrackForm audience={o.audience} errors={stateFor(actionData, 'track')?.fieldErrors.audience} />
        {o.modules.map((m, i) => (
          <section key={m.key} aria-labelledby={`module-${m.key}`}>
            <h2 id={`module-${m.key}`} className="text-xl">
              {i + 1}. {m.title}
            </h2>
            <ul className="mt-2 divide-y divide-line rounded-lg border border-line bg-surface px-4">
              {m.lessons.map((l) => (
                <li key={l.key} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <Link to={`/learn/cohorts/${o.cohortId}/lessons/${l.key}`}>{l.title}</Link>
                  <span className="flex gap-2 text-sm">
                    {!l.required ? <Badge>{t('learn:outline.optional')}</Badge> : null}
                    {l.done ? <Badge tone="success">{t('learn:outline.done')}</Badge> : null}
                  </span>
                </li>
              ))}
              {m.quiz ? <QuizLine cohortId={o.cohortId} quiz={m.quiz} label={t('learn:outline.quiz')} /> : null}
            </ul>
          </section>
        ))}
        {o.finalQuiz ? (
          <ul className="rounded-lg border border-line bg-surface px-4">
            <QuizLine cohortId={o.cohortId} quiz={o.finalQuiz} label={t('learn:outline.finalQuiz')} />
          </ul>
        ) : null}
      </div>
    </>
  );
}
