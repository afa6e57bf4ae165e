import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export const BUILDER_STEPS = ['basics', 'theme', 'messages', 'contacts', 'logos', 'colours', 'kit'] as const;
export type BuilderStep = (typeof BUILDER_STEPS)[number];

/** The builder's steps as numbered links; the current one is marked for assistive technology. */
export function StepNav({ base, current, done }: { base: string; current: BuilderStep; done: ReadonlySet<BuilderStep> }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('campaigns:steps.label')} className="mb-8">
      <ol className="flex flex-wrap gap-2">
        {BUILDER_STEPS.map((step, i) => {
          const isCurrent = step === current;
          return (
            <li key={step}>
              <Link
                to={`${base}?step=${step}`}
                aria-current={isCurrent ? 'step' : undefined}
                className={`flex items-center gap-2 rounded-full border px-3 py-1.5 text-sm font-medium no-underline ${isCurrent ? 'border-primary bg-primary text-on-primary' : 'border-line bg-surface text-ink hover:border-line-strong'}`}
              >
                <span aria-hidden="true" className={`grid size-6 place-items-center rounded-full text-xs ${isCurrent ? 'bg-on-primary text-primary' : done.has(step) ? 'bg-success text-on-primary' : 'bg-surface-muted text-muted'}`}>
                  {done.has(step) && !isCurrent ? '✓' : i + 1}
                </span>
                {t(`campaigns:steps.${step}`)}
                {done.has(step) && !isCurrent ? <span className="sr-only">({t('campaigns:steps.done')})</span> : null}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
