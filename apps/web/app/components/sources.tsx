import { useTranslation } from 'react-i18next';

/** The sources a content page rests on: title, publisher and date from the catalogue, URL here. */
export const SOURCE_URLS = {
  cas: 'https://stopstalkerware.org/information-for-tech-companies/',
  nnedvPlan: 'https://www.techsafety.org/resources-survivors/technology-safety-plan',
  bcsthChecklist: 'https://techsafety.ca/resources/toolkits/tech-safety-planning-checklist',
  govukExit: 'https://design-system.service.gov.uk/patterns/exit-a-page-quickly/',
  mozillaPrivate: 'https://support.mozilla.org/en-US/kb/private-browsing-use-firefox-without-history',
  ec112: 'https://digital-strategy.ec.europa.eu/en/policies/112',
} as const;

export type SourceKey = keyof typeof SOURCE_URLS;

export function Sources({ keys, title }: { keys: SourceKey[]; title: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="sources-title" className="mt-12 border-t border-line pt-6 text-sm text-muted">
      <h2 id="sources-title" className="mb-3 text-base font-semibold text-ink">
        {title}
      </h2>
      <ol className="list-decimal space-y-2 ps-5">
        {keys.map((key) => (
          <li key={key}>
            {t(`public:sources.${key}`)}{' '}
            <a href={SOURCE_URLS[key]} rel="noreferrer" className="break-all">
              {SOURCE_URLS[key]}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
