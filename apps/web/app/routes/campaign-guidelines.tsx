import { Container, PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Route } from './+types/campaign-guidelines';
import { campaignGuidelines } from '../lib/campaign-guidelines.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';

/** Public: the chapters of the campaign guidelines, so that any region can plan a campaign with them. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { t, locale } = await getTranslator(request, context);
  return {
    title: t('campaigns:guidelines.title'),
    chapters: campaignGuidelines.list(locale).map(({ guide }) => ({ slug: guide.slug, title: guide.title, summary: guide.summary, lang: guide.locale })),
  };
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function CampaignGuidelines({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <Container>
      <PageHeader title={t('campaigns:guidelines.title')} lead={t('campaigns:guidelines.lead')} />
      <h2 className="sr-only">{t('campaigns:guidelines.chapters')}</h2>
      <ol className="grid gap-4 md:grid-cols-2">
        {d.chapters.map((c, i) => (
          <li key={c.slug} className="rounded-lg border border-line bg-surface p-5" lang={c.lang}>
            <p className="text-sm font-semibold text-muted">{t('campaigns:guidelines.chapter', { n: i + 1 })}</p>
            <h3 className="mt-1 text-lg font-semibold">
              <Link to={`/campaign-guidelines/${c.slug}`}>{c.title}</Link>
            </h3>
            <p className="mt-2 text-muted">{c.summary}</p>
          </li>
        ))}
      </ol>
    </Container>
  );
}
