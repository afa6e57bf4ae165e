import { listAuditEvents } from '@destalk/core/audit/list-audit-events';
import { getOrganisation } from '@destalk/core/organisations/queries/organisations';
import { PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import type { Route } from './+types/org-audit';
import { AuditTable } from '../components/audit-table.tsx';
import { OrgTabs } from '../components/org-tabs.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { presentAuditEvents } from '../lib/audit-view.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';

const PAGE = 50;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  const before = new URL(request.url).searchParams.get('before') ?? undefined;
  return guardLoader(request, async () => {
    const events = await listAuditEvents(context.platform, actor, { organisationId: params.organisationId, ...(before ? { before } : {}), limit: PAGE });
    const organisation = await getOrganisation(context.platform, actor, params.organisationId);
    const last = events.at(-1);
    return {
      title: `${t('org:audit.title')} – ${organisation.name}`,
      organisation: { id: organisation.id, name: organisation.name },
      events: presentAuditEvents(events, t, locale),
      olderHref: events.length === PAGE && last ? `/org/${organisation.id}/audit?before=${last.id}` : null,
    };
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function OrgAudit({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader eyebrow={t('org:eyebrow')} title={d.organisation.name} lead={t('org:audit.lead')} />
      <OrgTabs organisationId={d.organisation.id} />
      <AuditTable caption={t('org:audit.caption', { organisation: d.organisation.name })} events={d.events} showOrganisation={false} olderHref={d.olderHref} emptyText={t('org:audit.none')} />
    </>
  );
}
