import { listSavedReports } from '@destalk/core/stalkerware/queries/reports';
import { authorizeCheck } from '@destalk/core/stalkerware/policies';
import { Alert, Badge, PageHeader, Table } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Route } from './+types/tools-saved-reports';
import { requireActor } from '../lib/actor.server.ts';
import { formatDate, formatDateTime } from '../lib/format.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { noticeFrom } from '../lib/notice.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    authorizeCheck(actor, 'check.run');
    const reports = await listSavedReports(context.platform, actor);
    return {
      title: t('check:saved.title'),
      deleted: noticeFrom(request, ['deleted']) !== null,
      reports: reports.map((r) => ({
        ...r,
        result: t('check:report.counts', r.counts),
        tone: r.counts.high ? 'danger' : r.counts.medium ? 'warning' : 'neutral',
        createdAt: formatDateTime(r.createdAt, locale),
        expiresAt: formatDate(r.expiresAt, locale),
      })),
    };
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function SavedReports({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('check:saved.title')} lead={t('check:saved.lead')} />
      {d.deleted ? (
        <Alert tone="success" live className="mb-6">
          {t('check:saved.deleted')}
        </Alert>
      ) : null}
      {d.reports.length === 0 ? (
        <p className="text-muted">{t('check:saved.none')}</p>
      ) : (
        <Table caption={t('check:saved.caption')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('check:saved.label')}</th>
              <th scope="col">{t('check:saved.result')}</th>
              <th scope="col">{t('check:saved.by')}</th>
              <th scope="col">{t('check:saved.created')}</th>
              <th scope="col">{t('check:saved.expires')}</th>
            </tr>
          </thead>
          <tbody>
            {d.reports.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link to={`/tools/stalkerware-check/reports/${r.id}`} className="font-medium">
                    {r.label}
                  </Link>
                  <div className="text-muted">{r.organisationName}</div>
                </td>
                <td>
                  <Badge tone={r.tone as 'danger' | 'warning' | 'neutral'}>{r.result}</Badge>
                </td>
                <td>{r.createdByName ?? '—'}</td>
                <td className="whitespace-nowrap">{r.createdAt}</td>
                <td className="whitespace-nowrap">{r.expiresAt}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
