import type { ReportView } from '../lib/report-view.server.ts';

export interface ReportLabels {
  app: string;
  seen: string;
  where: string;
  whatItMeans: string;
  whatToDo: string;
  inputsTitle: string;
  indicatorsTitle: string;
  nextStepsTitle: string;
}

const TONE = {
  high: 'border-danger bg-danger-soft',
  medium: 'border-warning bg-warning-soft',
  low: 'border-primary bg-info-soft',
  none: 'border-line-strong bg-surface-muted',
} as const;

/**
 * A report as the reader sees it: on the page, printed, and in the downloaded HTML (rendered to
 * static markup with its own small style sheet). Takes translated text only.
 */
export function ReportBody({ view, labels }: { view: ReportView; labels: ReportLabels }) {
  return (
    <div className="report flex flex-col gap-6">
      <div className={`rounded-lg border-l-4 p-5 ${TONE[view.tone]}`} data-report-summary>
        <p className="text-xl font-semibold">{view.summary}</p>
        <p className="mt-2">{view.disclaimer}</p>
        <p className="mt-2 text-sm text-muted">
          {view.counts} · {view.generatedAt}
        </p>
      </div>
      {view.groups.map((group) => (
        <section key={group.level} aria-labelledby={`level-${group.level}`} className="flex flex-col gap-3">
          <h2 id={`level-${group.level}`} className="text-xl">
            {group.title}
          </h2>
          {group.findings.map((f, i) => (
            <article key={`${group.level}-${i}`} className="rounded-lg border border-line bg-surface p-4" data-finding={group.level}>
              <h3 className="text-lg">{f.title}</h3>
              <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                {f.app ? (
                  <>
                    <dt className="font-semibold">{labels.app}</dt>
                    <dd>
                      {f.app}
                      {f.aliases ? <span className="text-muted"> · {f.aliases}</span> : null}
                    </dd>
                  </>
                ) : null}
                <dt className="font-semibold">{labels.seen}</dt>
                <dd className="break-all font-mono">
                  {f.seen}
                  {f.occurrences ? <span className="font-sans text-muted"> · {f.occurrences}</span> : null}
                </dd>
                <dt className="font-semibold">{labels.where}</dt>
                <dd className="break-all">{f.where}</dd>
                <dt className="font-semibold">{labels.whatItMeans}</dt>
                <dd>{f.explanation}</dd>
                <dt className="font-semibold">{labels.whatToDo}</dt>
                <dd>{f.advice}</dd>
              </dl>
            </article>
          ))}
        </section>
      ))}
      <section aria-labelledby="next-steps" className="rounded-lg border border-line bg-surface p-5">
        <h2 id="next-steps" className="text-xl">
          {labels.nextStepsTitle}
        </h2>
        <ul className="mt-3 list-disc space-y-2 ps-5">
          {view.nextSteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="inputs-title" className="text-sm text-muted">
        <h2 id="inputs-title" className="text-base text-ink">
          {labels.inputsTitle}
        </h2>
        <ul className="mt-1">
          {view.inputs.map((i) => (
            <li key={i}>{i}</li>
          ))}
        </ul>
        <h2 className="mt-3 text-base text-ink">{labels.indicatorsTitle}</h2>
        <p className="mt-1">{view.indicators}</p>
      </section>
    </div>
  );
}
