import { cohortQuizStats } from '@destalk/core/learning/queries/quiz-stats';
import { cohortRoster } from '@destalk/core/learning/queries/roster';
import { Badge, Card, PageHeader, Table } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import type { Route } from './+types/cohort-results';
import { CohortTabs } from '../components/cohort-tabs.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';

const BAND_LABELS = ['0–19%', '20–39%', '40–59%', '60–79%', '80–100%'];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const { cohort } = await cohortRoster(context.platform, actor, params.cohortId, locale);
    const quizzes = await cohortQuizStats(context.platform, actor, params.cohortId, locale);
    return { title: cohort.title, cohort: { id: cohort.id, title: cohort.title }, quizzes };
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function CohortResults({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  const taken = d.quizzes.filter((q) => q.attempts > 0);
  return (
    <>
      <PageHeader title={d.cohort.title} lead={t('teach:results.lead')} />
      <CohortTabs cohortId={d.cohort.id} />
      {taken.length === 0 ? <p className="text-muted">{t('teach:results.none')}</p> : null}
      <div className="flex flex-col gap-8">
        {taken.map((q) => {
          const most = Math.max(1, ...q.scoreBands);
          return (
            <Card key={q.key} aria-labelledby={`quiz-${q.key}`}>
              <h2 id={`quiz-${q.key}`} className="text-xl">
                {q.title}
              </h2>
              <p className="mt-1 text-muted">{t('teach:results.summary', { learners: q.learners, attempts: q.attempts, passed: q.passedLearners, passMark: q.passMark })}</p>
              <div className="mt-4">
                <Table caption={t('teach:results.bandsCaption', { quiz: q.title })} captionHidden>
                  <thead>
                    <tr>
                      <th scope="col">{t('teach:results.band')}</th>
                      <th scope="col">{t('teach:results.learners')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {q.scoreBands.map((n, i) => (
                      <tr key={BAND_LABELS[i]}>
                        <th scope="row" className="w-32 font-normal">
                          {BAND_LABELS[i]}
                        </th>
                        <td>
                          <div className="flex items-center gap-3">
                            <div className="h-3 rounded-full bg-accent" style={{ width: `${(n / most) * 60}%`, minWidth: n ? '0.75rem' : 0 }} aria-hidden="true" />
                            <span>{n}</span>
                          </div>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              </div>
              <div className="mt-6">
                <Table caption={t('teach:results.questionsCaption', { quiz: q.title })}>
                  <thead>
                    <tr>
                      <th scope="col">{t('teach:results.question')}</th>
                      <th scope="col">{t('teach:results.right')}</th>
                      <th scope="col">{t('teach:results.commonWrong')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {q.questions.map((question) => (
                      <tr key={question.key}>
                        <td>
                          {question.stem}
                          {question.flagged ? (
                            <div className="mt-1">
                              <Badge tone="warning">{t('teach:results.flagged')}</Badge>
                              <p className="mt-1 text-sm text-muted">{t('teach:results.flaggedHint')}</p>
                            </div>
                          ) : null}
                        </td>
                        <td className="whitespace-nowrap">
                          {question.rightPercent === null ? '–' : `${question.rightPercent}%`}
                          <div className="text-sm text-muted">{t('teach:results.answered', { count: question.answered })}</div>
                        </td>
                        <td>{question.mostChosenWrong ?? '–'}</td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              </div>
            </Card>
          );
        })}
      </div>
    </>
  );
}
