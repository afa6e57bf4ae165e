import { attemptReview } from '@destalk/core/learning/commands/quiz-attempt';
import { Alert, buttonClass, Card, PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Route } from './+types/learn-attempt';
import { CaseVignette } from '../components/learn/question-fieldset.tsx';
import { QuestionFeedback } from '../components/learn/question-feedback.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const review = await attemptReview(context.platform, actor, params.cohortId, params.attemptId, locale);
    return { title: t('learn:review.title', { quiz: review.title }), review, cohortId: params.cohortId };
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function LearnAttempt({ loaderData: { review: r, cohortId } }: Route.ComponentProps) {
  const { t } = useTranslation();
  const base = `/learn/cohorts/${cohortId}`;
  return (
    <>
      <nav aria-label={t('learn:lesson.backToCourse')} className="mb-4 text-sm">
        <Link to={base}>← {t('learn:lesson.backToCourse')}</Link>
      </nav>
      <PageHeader eyebrow={t('learn:quiz.attemptRow', { number: r.number, score: r.score })} title={t('learn:review.title', { quiz: r.title })} lead={t('learn:review.result', { score: r.score, passMark: r.passMark })} />
      <div className="flex flex-col gap-6">
        <Alert tone={r.passed ? 'success' : 'warning'} live>
          {r.passed ? t('learn:review.passed') : t('learn:review.failed')}
        </Alert>
        {r.items.map((item, i) => (
          <Card key={item.key}>
            <div className="flex flex-col gap-5">
              {item.vignette ? <CaseVignette text={item.vignette} number={i + 1} /> : null}
              {item.questions.map((q) => (
                <QuestionFeedback key={q.key} stem={q.stem} feedback={q} />
              ))}
            </div>
          </Card>
        ))}
        <div className="flex flex-wrap gap-3">
          {!r.passed ? (
            <Link to={`${base}/quizzes/${r.quizKey}`} className={buttonClass('primary')}>
              {t('learn:review.tryAgain')}
            </Link>
          ) : null}
          <Link to={base} className={buttonClass('secondary')}>
            {t('learn:lesson.backToCourse')}
          </Link>
        </div>
      </div>
    </>
  );
}
