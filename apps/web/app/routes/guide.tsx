import { Alert, Container, PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { data } from 'react-router';
import type { Route } from './+types/guide';
import { CitedSources } from '../components/cited-sources.tsx';
import { formatDate } from '../lib/format.ts';
import { guides } from '../lib/guides.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';

/** A guide in the reader's language (or in English, saying so). Public: no sign-in needed. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { t, locale } = await getTranslator(request, context);
  const found = guides.get(params.slug, locale);
  if (!found) throw data({ code: 'not_found' }, { status: 404 });
  const { guide, fallback } = found;
  return {
    title: guide.title,
    guide: { title: guide.title, summary: guide.summary, html: guide.html, lang: guide.locale, sources: guide.sources },
    updated: t('check:guides.updated', { date: formatDate(guide.updated, locale) }),
    fallback,
  };
}

export const meta: Route.MetaFunction = ({ data: d, matches }) => pageMeta(d, matches);

export default function Guide({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <Container>
      {d.fallback ? (
        <Alert tone="info" className="mb-6">
          {t('check:guides.fallback')}
        </Alert>
      ) : null}
      <div lang={d.guide.lang}>
        <PageHeader title={d.guide.title} lead={d.guide.summary} eyebrow={d.updated} />
        {/* Sanitised on the server (packages/core/src/content/markdown.ts). */}
        <div className="prose-guide" dangerouslySetInnerHTML={{ __html: d.guide.html }} />
      </div>
      <CitedSources sources={d.guide.sources} title={t('check:guides.sources')} />
    </Container>
  );
}
