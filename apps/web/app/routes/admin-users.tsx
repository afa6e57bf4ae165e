import { listUsersForAdmin } from '@destalk/core/admin/users';
import { Badge, PageHeader, Table } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import type { Route } from './+types/admin-users';
import { requireActor } from '../lib/actor.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { formatDate } from '../lib/format.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const users = await listUsersForAdmin(context.platform, actor);
    return { title: t('admin:users.title'), users: users.map((u) => ({ ...u, createdAt: formatDate(u.createdAt, locale) })) };
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function AdminUsers({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  const yesNo = (v: boolean) => (v ? <Badge tone="success">{t('admin:users.yes')}</Badge> : <Badge>{t('admin:users.no')}</Badge>);
  return (
    <>
      <PageHeader title={t('admin:users.title')} />
      <Table caption={t('admin:users.caption')} captionHidden>
        <thead>
          <tr>
            <th scope="col">{t('admin:users.name')}</th>
            <th scope="col">{t('admin:users.memberships')}</th>
            <th scope="col">{t('admin:users.confirmed')}</th>
            <th scope="col">{t('admin:users.twoFactor')}</th>
            <th scope="col">{t('admin:users.created')}</th>
          </tr>
        </thead>
        <tbody>
          {d.users.map((u) => (
            <tr key={u.id}>
              <td>
                <div className="font-medium">
                  {u.name} {u.isPlatformAdmin ? <Badge tone="accent">{t('admin:users.admin')}</Badge> : null}
                </div>
                <div className="text-muted">{u.email}</div>
              </td>
              <td>
                <ul>
                  {u.memberships.map((m) => (
                    <li key={m.organisationName}>
                      {m.organisationName} · {t(`domain:roleTitle.${m.role}`)}
                    </li>
                  ))}
                </ul>
              </td>
              <td>{yesNo(u.emailVerified)}</td>
              <td>{yesNo(u.twoFactorEnabled)}</td>
              <td className="whitespace-nowrap">{u.createdAt}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
