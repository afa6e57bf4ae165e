import { answersFromForm } from '@destalk/core/learning/answers';
import { quizView, submitQuizAttempt } from '@destalk/core/learning/commands/quiz-attempt';
import type { ItemView } from '@destalk/core/learning/present-item';
import { Alert, Button, buttonClass, Card, ErrorSummary, PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { data, Form, Link, redirect } from 'react-router';
import type { Route } from './+types/learn-quiz';
import { ItemFieldsets } from '../components/learn/question-fieldset.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { type FormState, stateFor } from '../lib/form-state.ts';
import { formatDateTime } from '../lib/format.ts';
import { failureState, readForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const quiz = await quizView(context.platform, actor, params.cohortId, params.quizKey, locale);
    return { title: quiz.title, quiz: { ...quiz, attempts: quiz.attempts.map((a) => ({ ...a, submittedAt: formatDateTime(a.submittedAt, locale) })) } };
  });
}

/** Not `handleForm`: a returned form must keep every ticked box, so the answers travel back whole. */
export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  const { t } = await getTranslator(request, context);
  const raw = await request.clone().formData();
  const form = await readForm(request);
  let answers: Record<string, string[]> = {};
  try {
    answers = answersFromForm(raw);
    const result = await submitQuizAttempt(context.platform, actor, params.cohortId, params.quizKey, answers, Number(form.attempt));
    return redirect(`/learn/cohorts/${encodeURIComponent(params.cohortId)}/attempts/${result.attemptId}`);
  } catch (error) {
    const { state, status } = failureState(error, request, t, {});
    return data({ ...state, answers }, { status });
  }
}

export const meta: Route.MetaFunction = ({ data: d, matches }) => pageMeta(d, matches);

/** The error summary, each entry naming its question (they would all read the same otherwise). */
function QuizErrors({ state, items }: { state: FormState | undefined; items: ItemView[] }) {
  const { t } = useTranslation();
  if (!state) return null;
  const labels = new Map<string, string>();
  items.forEach((item, i) => {
    item.questions.forEach((question, part) => {
      const label = item.vignette ? t('learn:quiz.caseQuestionLabel', { number: i + 1, part: part + 1 }) : t('learn:quiz.questionLabel', { number: i + 1 });
      labels.set(`answer-${question.key}`, label);
    });
  });
  const fields = Object.entries(state.fieldErrors).flatMap(([name, messages]) => messages.map((message) => ({ name, message: labels.has(name) ? t('learn:quiz.errorOf', { question: labels.get(name), message }) : message })));
  if (state.formErrors.length === 0 && fields.length === 0) return null;
  return <ErrorSummary title={t('common:form.errorSummaryTitle')} messages={state.formErrors} fields={fields} />;
}

export default function LearnQuiz({ loaderData: { quiz: q }, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const state = stateFor(actionData);
  const chosen = actionData && 'answers' in actionData ? actionData.answers : undefined;
  const base = `/learn/cohorts/${q.cohortId}`;
  const canAttempt = !q.passed && q.attemptsLeft > 0;
  return (
    <>
      <nav aria-label={t('learn:lesson.backToCourse')} className="mb-4 text-sm">
        <Link to={base}>← {t('learn:lesson.backToCourse')}</Link>
      </nav>
      <PageHeader title={q.title} lead={canAttempt ? t('learn:quiz.attempt', { number: q.attemptNumber, passMark: q.passMark }) : undefined} />
      <div className="flex flex-col gap-6">
        {q.passed ? <Alert tone="success">{t('learn:quiz.passedAlready')}</Alert> : null}
        {!q.passed && q.attemptsLeft === 0 ? <Alert tone="warning">{t('validation:noAttemptsLeft')}</Alert> : null}
        {canAttempt ? (
          <Form method="post" className="flex flex-col gap-6" noValidate>
            <QuizErrors state={state} items={q.items} />
            <p className="text-muted">{t('learn:quiz.attemptsLeft', { count: q.attemptsLeft })}</p>
            <input type="hidden" name="attempt" value={q.attemptNumber} />
            {q.items.map((item, i) => (
              <Card key={item.key}>
                <ItemFieldsets item={item} number={i + 1} state={{ chosen, errors: state?.fieldErrors }} />
              </Card>
            ))}
            <div>
              <Button type="submit">{t('learn:quiz.submit')}</Button>
            </div>
          </Form>
        ) : null}
        {q.attempts.length ? (
          <section aria-labelledby="attempts-title">
            <h2 id="attempts-title" className="text-xl">
              {t('learn:quiz.previousAttempts')}
            </h2>
            <ul className="mt-2 divide-y divide-line rounded-lg border border-line bg-surface px-4">
              {q.attempts.map((a) => (
                <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    {t('learn:quiz.attemptRow', { number: a.number, score: a.score })} · {a.passed ? t('learn:outline.passed') : t('learn:quiz.notPassed')}
                    <span className="ms-2 text-sm text-muted">{a.submittedAt}</span>
                  </span>
                  <Link to={`${base}/attempts/${a.id}`} className={buttonClass('quiet')}>
                    {t('learn:quiz.review')}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </>
  );
}
