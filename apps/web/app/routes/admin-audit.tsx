import { listAuditEvents } from '@destalk/core/audit/list-audit-events';
import { PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import type { Route } from './+types/admin-audit';
import { AuditTable } from '../components/audit-table.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { presentAuditEvents } from '../lib/audit-view.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';

const PAGE = 50;

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  const before = new URL(request.url).searchParams.get('before') ?? undefined;
  return guardLoader(request, async () => {
    const events = await listAuditEvents(context.platform, actor, { ...(before ? { before } : {}), limit: PAGE });
    const last = events.at(-1);
    return { title: t('admin:audit.title'), events: presentAuditEvents(events, t, locale), olderHref: events.length === PAGE && last ? `/admin/audit?before=${last.id}` : null };
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function AdminAudit({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('admin:audit.title')} lead={t('admin:audit.lead')} />
      <AuditTable caption={t('admin:audit.caption')} events={d.events} showOrganisation olderHref={d.olderHref} emptyText={t('admin:audit.none')} />
    </>
  );
}
