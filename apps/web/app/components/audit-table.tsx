import { Table } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PresentedAuditEvent } from '../lib/audit-view.server.ts';

export function AuditTable({ caption, events, showOrganisation, olderHref, emptyText }: { caption: string; events: PresentedAuditEvent[]; showOrganisation: boolean; olderHref: string | null; emptyText: string }) {
  const { t } = useTranslation();
  if (events.length === 0) return <p className="text-muted">{emptyText}</p>;
  return (
    <div className="flex flex-col gap-4">
      <Table caption={caption} captionHidden>
        <thead>
          <tr>
            <th scope="col">{t('admin:audit.when')}</th>
            <th scope="col">{t('admin:audit.event')}</th>
            <th scope="col">{t('admin:audit.actor')}</th>
            <th scope="col">{t('admin:audit.subject')}</th>
            {showOrganisation ? <th scope="col">{t('admin:audit.organisation')}</th> : null}
            <th scope="col">{t('admin:audit.details')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td className="whitespace-nowrap">{e.when}</td>
              <td>{e.event}</td>
              <td>{e.actor}</td>
              <td>{e.subject}</td>
              {showOrganisation ? <td>{e.organisation}</td> : null}
              <td className="font-mono text-xs">{e.details}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      {olderHref ? (
        <p>
          <Link to={olderHref}>{t('admin:audit.older')}</Link>
        </p>
      ) : null}
    </div>
  );
}
