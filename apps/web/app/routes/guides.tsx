import { Card, Container, PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Route } from './+types/guides';
import { guides } from '../lib/guides.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { t, locale } = await getTranslator(request, context);
  return { title: t('check:guides.title'), guides: guides.list(locale).map(({ guide }) => ({ slug: guide.slug, title: guide.title, summary: guide.summary })) };
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function Guides({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <Container>
      <PageHeader title={t('check:guides.title')} lead={t('check:guides.lead')} />
      <ul className="flex flex-col gap-4">
        {d.guides.map((g) => (
          <li key={g.slug}>
            <Card as="article">
              <h2 className="text-xl">
                <Link to={`/guides/${g.slug}`}>{g.title}</Link>
              </h2>
              <p className="mt-2 text-muted">{g.summary}</p>
            </Card>
          </li>
        ))}
      </ul>
    </Container>
  );
}
