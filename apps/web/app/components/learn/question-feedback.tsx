import type { FeedbackView } from '@destalk/core/learning/present-item';
import { Badge } from '@destalk/ui';
import { useTranslation } from 'react-i18next';

/**
 * A question after answering: each option with the learner's choice and the right answer marked in
 * words (not only colour), and the explanation of why.
 */
export function QuestionFeedback({ stem, feedback }: { stem: string; feedback: FeedbackView }) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-lg">{stem}</h3>
        <Badge tone={feedback.correct ? 'success' : 'warning'}>{feedback.correct ? t('learn:lesson.right') : t('learn:lesson.notQuite')}</Badge>
      </div>
      <ul className="flex flex-col gap-2">
        {feedback.options.map((o) => (
          <li key={o.key} className={`rounded-md border px-3 py-2 ${o.correct ? 'border-success bg-success-soft/50' : o.chosen ? 'border-warning' : 'border-line'}`}>
            <p>
              {o.text}
              {o.correct ? <span className="ms-2 text-sm font-semibold text-success">✓ {t('learn:lesson.correctAnswer')}</span> : null}
              {o.chosen ? <span className="ms-2 text-sm font-semibold text-ink">• {t('learn:lesson.yourAnswer')}</span> : null}
            </p>
            {o.feedback && (o.chosen || o.correct) ? <p className="mt-1 text-sm text-muted">{o.feedback}</p> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
