import { listOutbox } from '@destalk/core/admin/outbox';
import { PageHeader, Table } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Route } from './+types/admin-outbox';
import { requireActor } from '../lib/actor.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { formatDateTime } from '../lib/format.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const emails = await listOutbox(context.platform, actor);
    return { title: t('admin:outbox.title'), days: context.platform.config.outboxRetentionDays, emails: emails.map((e) => ({ ...e, createdAt: formatDateTime(e.createdAt, locale) })) };
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function AdminOutbox({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('admin:outbox.title')} lead={t('admin:outbox.lead', { days: d.days })} />
      {d.emails.length === 0 ? (
        <p className="text-muted">{t('admin:outbox.none')}</p>
      ) : (
        <Table caption={t('admin:outbox.caption')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('admin:outbox.created')}</th>
              <th scope="col">{t('admin:outbox.to')}</th>
              <th scope="col">{t('admin:outbox.subject')}</th>
              <th scope="col">{t('admin:outbox.template')}</th>
            </tr>
          </thead>
          <tbody>
            {d.emails.map((e) => (
              <tr key={e.id}>
                <td className="whitespace-nowrap">{e.createdAt}</td>
                <td>{e.to}</td>
                <td>
                  <Link to={`/admin/outbox/${e.id}`}>{e.subject}</Link>
                </td>
                <td className="font-mono text-xs">
                  {e.template} · {e.locale}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
