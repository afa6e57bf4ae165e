import { listDataRequests } from '@destalk/core/privacy/queries/data-requests';
import { retentionInForce } from '@destalk/core/privacy/queries/retention';
import { PageHeader, Table } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import type { Route } from './+types/admin-data-requests';
import { RetentionTable } from '../components/retention-table.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { formatDateTime } from '../lib/format.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { describeRetention } from '../lib/retention-view.ts';

/** Platform admins: the log of data requests (naming nobody) and the retention periods in force. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const requests = await listDataRequests(context.platform, actor);
    const retention = await retentionInForce(context.platform);
    return {
      title: t('privacy:admin.title'),
      requests: requests.map((r) => ({
        id: r.id,
        kind: t(`privacy:admin.kind.${r.kind}`),
        requested: formatDateTime(r.requestedAt, locale),
        completed: r.completedAt ? formatDateTime(r.completedAt, locale) : t('privacy:admin.pending'),
        outcome: r.outcome ? t(`privacy:admin.outcome.${r.outcome}`, { defaultValue: r.outcome }) : '—',
      })),
      retention: retention.map((p) => describeRetention(p, t)),
    };
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function AdminDataRequests({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('privacy:admin.title')} lead={t('privacy:admin.lead')} />
      <section aria-labelledby="requests-title" className="mb-10">
        <h2 id="requests-title" className="mb-2 text-xl">
          {t('privacy:admin.requestsTitle')}
        </h2>
        <p className="mb-4 max-w-3xl text-muted">{t('privacy:admin.anonymous')}</p>
        {d.requests.length === 0 ? (
          <p className="text-muted">{t('privacy:admin.none')}</p>
        ) : (
          <Table caption={t('privacy:admin.caption')} captionHidden>
            <thead>
              <tr>
                <th scope="col">{t('privacy:admin.kindColumn')}</th>
                <th scope="col">{t('privacy:admin.requestedColumn')}</th>
                <th scope="col">{t('privacy:admin.completedColumn')}</th>
                <th scope="col">{t('privacy:admin.outcomeColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {d.requests.map((r) => (
                <tr key={r.id}>
                  <td>{r.kind}</td>
                  <td className="whitespace-nowrap">{r.requested}</td>
                  <td className="whitespace-nowrap">{r.completed}</td>
                  <td>{r.outcome}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
      <section aria-labelledby="retention-title">
        <h2 id="retention-title" className="mb-2 text-xl">
          {t('privacy:admin.retentionTitle')}
        </h2>
        <p className="mb-4 max-w-3xl text-muted">{t('privacy:admin.retentionLead')}</p>
        <RetentionTable rows={d.retention} showSetting />
      </section>
    </>
  );
}
