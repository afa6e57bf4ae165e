import type { ItemView, QuestionView } from '@destalk/core/learning/present-item';
import { useTranslation } from 'react-i18next';

export interface QuestionFormState {
  /** The options a learner chose before the form came back (by question key). */
  chosen?: Record<string, string[]>;
  errors?: Record<string, string[]>;
}

function Question({ question, state, legendPrefix }: { question: QuestionView; state: QuestionFormState; legendPrefix?: string }) {
  const { t } = useTranslation();
  const field = `answer-${question.key}`;
  const errors = state.errors?.[field] ?? [];
  const chosen = new Set(state.chosen?.[question.key] ?? []);
  const multiple = question.type === 'multiple';
  return (
    <fieldset id={`field-${field}`} tabIndex={-1} aria-describedby={`${field}-hint${errors.length ? ` ${field}-error` : ''}`} className={`rounded-md p-1 outline-none ${errors.length ? 'border-s-4 border-danger ps-4' : ''}`}>
      <legend className="text-lg font-semibold text-ink">
        {legendPrefix ? <span className="me-1 text-muted">{legendPrefix}</span> : null}
        {question.stem}
      </legend>
      <p id={`${field}-hint`} className="mt-1 text-sm text-muted">
        {multiple ? t('learn:quiz.chooseAll') : t('learn:quiz.chooseOne')}
      </p>
      {errors.length ? (
        <p id={`${field}-error`} className="mt-1 font-medium text-danger">
          {errors.join(' ')}
        </p>
      ) : null}
      <div className="mt-3 flex flex-col gap-2">
        {question.options.map((option) => {
          const id = `${field}-${option.key}`;
          return (
            <label key={option.key} htmlFor={id} className="flex cursor-pointer items-start gap-3 rounded-md border border-line bg-surface px-3 py-2.5 hover:border-line-strong has-[:checked]:border-primary has-[:checked]:bg-surface-muted">
              <input id={id} type={multiple ? 'checkbox' : 'radio'} name={`answer:${question.key}`} value={option.key} defaultChecked={chosen.has(option.key)} className="mt-1 size-5 shrink-0 accent-primary" />
              <span>{option.text}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A scenario's case, read before its questions (when answering and in the review). */
export function CaseVignette({ text, number }: { text: string; number?: number }) {
  const { t } = useTranslation();
  return (
    <div className="rounded-md border-s-4 border-accent bg-accent-soft/40 px-4 py-3">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">
        {number ? `${number}. ` : ''}
        {t('learn:quiz.case')}
      </p>
      <p className="mt-1 whitespace-pre-line">{text}</p>
    </div>
  );
}

/** One bank item as a learner answers it: a scenario's case first, then each of its questions. */
export function ItemFieldsets({ item, number, state = {} }: { item: ItemView; number?: number; state?: QuestionFormState }) {
  if (!item.vignette) return <Question question={item.questions[0]!} state={state} legendPrefix={number ? `${number}.` : undefined} />;
  return (
    <div className="flex flex-col gap-5">
      <CaseVignette text={item.vignette} number={number} />
      {item.questions.map((q) => (
        <Question key={q.key} question={q} state={state} />
      ))}
    </div>
  );
}
