import { platformOverview } from '@destalk/core/admin/overview';
import { Card, PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Route } from './+types/admin-overview';
import { requireActor } from '../lib/actor.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const overview = await platformOverview(context.platform, actor);
    const smtpHost = context.platform.config.smtpUrl ? new URL(context.platform.config.smtpUrl).host : null;
    return { title: t('admin:title'), overview, smtpHost };
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function AdminOverview({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  const tiles = [
    ['/admin/regions', t('admin:overview.regions', { count: d.overview.regions })],
    ['/admin/organisations', t('admin:overview.organisations', { count: d.overview.organisations })],
    ['/admin/users', t('admin:overview.users', { count: d.overview.users })],
    ['/admin/jobs', t('admin:overview.failedJobs', { count: d.overview.failedJobs })],
  ] as const;
  return (
    <>
      <PageHeader title={t('admin:title')} lead={t('admin:lead')} />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {tiles.map(([to, label]) => (
          <li key={to}>
            <Card as="div" className="h-full">
              <Link to={to} className="text-lg font-semibold">
                {label}
              </Link>
            </Card>
          </li>
        ))}
      </ul>
      <p className="mt-8 text-muted">{d.overview.mail === 'smtp' && d.smtpHost ? t('admin:overview.mail', { mail: d.smtpHost }) : t('admin:overview.mailOutbox')}</p>
    </>
  );
}
