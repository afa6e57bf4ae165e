import { Alert, Container, PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import type { Route } from './+types/browsing-safely';
import { Sources, type SourceKey } from '../components/sources.tsx';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { t } = await getTranslator(request, context);
  return { title: t('public:browsing.title') };
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

// Each section with the numbers of the sources (in SOURCES order) it rests on.
const SECTIONS: Array<{ key: string; paragraphs: string[]; sources: number[] }> = [
  { key: 'exit', paragraphs: ['exitText1', 'exitText2'], sources: [1] },
  { key: 'private', paragraphs: ['privateText'], sources: [2] },
  { key: 'history', paragraphs: ['historyText'], sources: [3] },
  { key: 'device', paragraphs: ['deviceText'], sources: [3] },
  { key: 'changes', paragraphs: ['changesText'], sources: [4] },
  { key: 'accounts', paragraphs: ['accountsText'], sources: [4] },
];
const SOURCES: SourceKey[] = ['govukExit', 'mozillaPrivate', 'nnedvPlan', 'bcsthChecklist', 'ec112'];

export default function BrowsingSafely() {
  const { t } = useTranslation();
  return (
    <Container>
      <PageHeader title={t('public:browsing.title')} lead={t('public:browsing.lead')} />
      <Alert tone="danger" className="mb-10">
        <p>
          {t('public:browsing.emergency')}
          <sup>
            <a href="#sources-title">[5]</a>
          </sup>
        </p>
      </Alert>
      <div className="space-y-10">
        {SECTIONS.map((section) => (
          <section key={section.key} aria-labelledby={`${section.key}-title`}>
            <h2 id={`${section.key}-title`} className="text-2xl">
              {t(`public:browsing.${section.key}Title`)}
            </h2>
            {section.paragraphs.map((p, i) => (
              <p key={p} className="mt-3 max-w-3xl">
                {t(`public:browsing.${p}`)}
                {i === section.paragraphs.length - 1
                  ? section.sources.map((n) => (
                      <sup key={n}>
                        <a href="#sources-title">[{n}]</a>
                      </sup>
                    ))
                  : null}
              </p>
            ))}
          </section>
        ))}
      </div>
      <Sources keys={SOURCES} title={t('public:browsing.sourcesTitle')} />
    </Container>
  );
}
