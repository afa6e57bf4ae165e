import type { ToolAnswers } from '@destalk/core/tools/schema';
import { inputClass } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import type { QuestionView, ToolView } from '../../lib/tools.server.ts';

function chosenOf(answers: ToolAnswers | undefined, key: string): Set<string> {
  const value = answers?.[key];
  return new Set(value === undefined ? [] : Array.isArray(value) ? value : [value]);
}

function Question({ q, answers }: { q: QuestionView; answers: ToolAnswers | undefined }) {
  const { t } = useTranslation();
  const id = `q-${q.key}`;
  if (q.type === 'text') {
    const value = answers?.[q.key];
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="font-semibold text-ink">
          {q.label}
        </label>
        {q.hint ? (
          <p id={`${id}-hint`} className="text-sm text-muted">
            {q.hint}
          </p>
        ) : null}
        <textarea id={id} name={q.key} defaultValue={typeof value === 'string' ? value : ''} aria-describedby={q.hint ? `${id}-hint` : undefined} className={`${inputClass} min-h-24`} autoComplete="off" />
      </div>
    );
  }
  const chosen = chosenOf(answers, q.key);
  const multiple = q.type === 'multi';
  return (
    <fieldset aria-describedby={`${id}-hint`}>
      <legend className="font-semibold text-ink">{q.label}</legend>
      <p id={`${id}-hint`} className="mt-0.5 text-sm text-muted">
        {q.hint ? `${q.hint} ` : ''}
        {multiple ? t('practise:blank.tickAny') : t('practise:blank.tick')}
      </p>
      <div className={`mt-2 flex gap-2 ${q.type === 'yesno' ? 'flex-row flex-wrap' : 'flex-col'}`}>
        {q.options.map((option) => {
          const optionId = `${id}-${option.value}`;
          return (
            <label
              key={option.value}
              htmlFor={optionId}
              className="flex cursor-pointer items-start gap-3 rounded-md border border-line bg-surface px-3 py-2 hover:border-line-strong has-[:checked]:border-primary has-[:checked]:bg-surface-muted"
            >
              <input id={optionId} type={multiple ? 'checkbox' : 'radio'} name={q.key} value={option.value} defaultChecked={chosen.has(option.value)} className="mt-1 size-5 shrink-0 accent-primary" />
              <span>{option.label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/** Every section of a tool as native form fields (works without JavaScript). */
export function ToolFields({ tool, answers }: { tool: ToolView; answers?: ToolAnswers | undefined }) {
  return (
    <div className="flex flex-col gap-8">
      {tool.sections.map((section) => (
        <section key={section.key} aria-labelledby={`section-${section.key}`} className="rounded-lg border border-line bg-surface p-5 shadow-sm">
          <h2 id={`section-${section.key}`} className="text-xl font-semibold text-ink">
            {section.title}
          </h2>
          {section.intro ? <p className="mt-1 text-muted">{section.intro}</p> : null}
          <div className="mt-4 flex flex-col gap-6">
            {section.questions.map((q) => (
              <Question key={q.key} q={q} answers={answers} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
