import type { ToolResult } from '@destalk/core/tools/evaluate';
import type { ToolAnswers } from '@destalk/core/tools/schema';
import { Badge } from '@destalk/ui';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ToolView } from '../../lib/tools.server.ts';

const TONE = { urgent: 'danger', attention: 'warning', note: 'neutral' } as const;

/** The answers in reading order, with option labels; free text shown only when `withText`. */
export function answerLines(tool: ToolView, answers: ToolAnswers, withText: boolean) {
  return tool.sections.flatMap((section) =>
    section.questions
      .filter((q) => withText || q.type !== 'text')
      .map((q) => {
        const value = answers[q.key];
        const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
        const labels = q.type === 'text' ? values : values.map((v) => q.options.find((o) => o.value === v)?.label ?? v);
        return { key: q.key, section: section.title, label: q.label, answer: labels.join('; ') };
      }),
  );
}

/** Flags, next steps and the answers: on screen, in print and in the downloaded file. */
export const ToolSummary = forwardRef<HTMLHeadingElement, { tool: ToolView; result: ToolResult; answers: ToolAnswers; withText?: boolean }>(function ToolSummary(
  { tool, result, answers, withText = true },
  headingRef,
) {
  const { t } = useTranslation();
  const lines = answerLines(tool, answers, withText);
  return (
    <section aria-labelledby="tool-summary-title" className="rounded-lg border-2 border-primary bg-surface p-5">
      <h2 id="tool-summary-title" ref={headingRef} tabIndex={-1} className="text-2xl font-semibold text-ink outline-none">
        {t('practise:use.summaryTitle')}
      </h2>
      <p className="mt-1 text-muted">{t('practise:use.answered', { answered: result.answered, total: result.total })}</p>
      <h3 className="mt-5 text-lg font-semibold">{t('practise:use.flagsTitle')}</h3>
      {result.flags.length === 0 ? (
        <p className="mt-2">{t('practise:use.noFlags')}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-3" data-testid="tool-flags">
          {result.flags.map((f) => (
            <li key={f.key} data-flag={f.key} className="rounded-md border border-line p-3">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={TONE[f.level]}>{t(`practise:use.levels.${f.level}`)}</Badge>
                <strong>{tool.flags[f.key]?.title}</strong>
              </div>
              <p className="mt-1 text-sm">{tool.flags[f.key]?.explanation}</p>
            </li>
          ))}
        </ul>
      )}
      {result.steps.length ? (
        <>
          <h3 className="mt-5 text-lg font-semibold">{t('practise:use.stepsTitle')}</h3>
          <ol className="mt-2 list-decimal ps-6">
            {result.steps.map((s) => (
              <li key={s} className="mt-1">
                {tool.steps[s]}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <h3 className="mt-5 text-lg font-semibold">{t('practise:use.answersTitle')}</h3>
      <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        {lines.map((l) => (
          <div key={l.key} className="contents">
            <dt className="text-sm text-muted">{l.label}</dt>
            <dd className="text-sm font-medium">{l.answer || t('practise:use.unanswered')}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
});
