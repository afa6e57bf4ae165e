import { Alert, Container, PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { data, Link } from 'react-router';
import type { Route } from './+types/campaign-guideline';
import { CitedSources } from '../components/cited-sources.tsx';
import { campaignGuidelines } from '../lib/campaign-guidelines.server.ts';
import { formatDate } from '../lib/format.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';

/** One chapter of the campaign guidelines in the reader's language (or English, saying so). */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { t, locale } = await getTranslator(request, context);
  const found = campaignGuidelines.get(params.slug, locale);
  if (!found) throw data({ code: 'not_found' }, { status: 404 });
  const { guide, fallback } = found;
  const index = campaignGuidelines.slugs.indexOf(guide.slug);
  const neighbour = (slug: string | undefined) => (slug ? { slug, title: campaignGuidelines.get(slug, locale)!.guide.title } : null);
  return {
    title: guide.title,
    chapter: t('campaigns:guidelines.chapter', { n: index + 1 }),
    guide: { title: guide.title, summary: guide.summary, html: guide.html, lang: guide.locale, sources: guide.sources },
    updated: t('campaigns:guidelines.updated', { date: formatDate(guide.updated, locale) }),
    previous: neighbour(campaignGuidelines.slugs[index - 1]),
    next: neighbour(campaignGuidelines.slugs[index + 1]),
    fallback,
  };
}

export const meta: Route.MetaFunction = ({ data: d, matches }) => pageMeta(d, matches);

export default function CampaignGuideline({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <Container>
      <p className="mb-4 text-sm">
        <Link to="/campaign-guidelines">{t('campaigns:guidelines.all')}</Link>
      </p>
      {d.fallback ? (
        <Alert tone="info" className="mb-6">
          {t('campaigns:guidelines.fallback')}
        </Alert>
      ) : null}
      <div lang={d.guide.lang}>
        <PageHeader title={d.guide.title} lead={d.guide.summary} eyebrow={`${d.chapter} · ${d.updated}`} />
        {/* Sanitised on the server (packages/core/src/content/markdown.ts). */}
        <div className="prose-guide" dangerouslySetInnerHTML={{ __html: d.guide.html }} />
      </div>
      <CitedSources sources={d.guide.sources} title={t('campaigns:guidelines.sources')} />
      <nav aria-label={t('campaigns:guidelines.chapters')} className="mt-10 flex flex-wrap justify-between gap-4 border-t border-line pt-6">
        {d.previous ? <Link to={`/campaign-guidelines/${d.previous.slug}`}>{t('campaigns:guidelines.previous', { title: d.previous.title })}</Link> : <span />}
        {d.next ? <Link to={`/campaign-guidelines/${d.next.slug}`}>{t('campaigns:guidelines.next', { title: d.next.title })}</Link> : null}
      </nav>
    </Container>
  );
}
