import { mustUseTwoFactor } from '@destalk/core/accounts/actor';
import { Alert, buttonClass, Card, PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Route } from './+types/dashboard';
import { requireActor } from '../lib/actor.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { noticeFrom } from '../lib/notice.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t } = await getTranslator(request, context);
  return {
    title: t('common:nav.dashboard'),
    name: actor.name,
    isPlatformAdmin: actor.isPlatformAdmin,
    twoFactorEnabled: actor.twoFactorEnabled,
    twoFactorRequired: mustUseTwoFactor(actor),
    memberships: actor.memberships.map((m) => ({ organisationId: m.organisationId, organisationName: m.organisationName, role: m.role })),
    joined: noticeFrom(request, ['joined']) !== null,
  };
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function Dashboard({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('account:dashboard.title', { name: d.name })} lead={t('account:dashboard.lead')} />
      <div className="flex flex-col gap-6">
        {d.joined && d.memberships[0] ? (
          <Alert tone="success" live>
            {t('auth:invitation.accepted', { organisation: d.memberships.at(-1)?.organisationName })}
          </Alert>
        ) : null}
        {d.twoFactorRequired && !d.twoFactorEnabled ? (
          <Alert tone="warning" title={t('account:dashboard.twoFactorRequired')}>
            <p className="mt-2">
              <Link to="/account/two-factor" className={buttonClass('primary')}>
                {t('account:dashboard.setUpTwoFactor')}
              </Link>
            </p>
          </Alert>
        ) : null}
        <Card aria-labelledby="orgs-title">
          <h2 id="orgs-title" className="text-xl">
            {t('account:dashboard.organisationsTitle')}
          </h2>
          {d.memberships.length === 0 ? (
            <p className="mt-3 text-muted">{t('account:dashboard.noOrganisations')}</p>
          ) : (
            <ul className="mt-4 divide-y divide-line">
              {d.memberships.map((m) => (
                <li key={m.organisationId} className="flex flex-wrap items-center justify-between gap-3 py-3">
                  <span>{t('account:dashboard.roleIn', { role: t(`domain:roleTitle.${m.role}`), organisation: m.organisationName })}</span>
                  {m.role === 'coordinator' ? (
                    <Link to={`/org/${m.organisationId}`} className={buttonClass('secondary')}>
                      {t('account:dashboard.manageMembers')}
                    </Link>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </Card>
        {d.isPlatformAdmin ? (
          <Card aria-labelledby="admin-title">
            <h2 id="admin-title" className="text-xl">
              {t('account:dashboard.adminTitle')}
            </h2>
            <p className="mt-2 text-muted">{t('account:dashboard.adminText')}</p>
            <p className="mt-4">
              <Link to="/admin" className={buttonClass('secondary')}>
                {t('account:dashboard.openAdmin')}
              </Link>
            </p>
          </Card>
        ) : null}
        <Card aria-labelledby="security-title">
          <h2 id="security-title" className="text-xl">
            {t('account:dashboard.securityTitle')}
          </h2>
          <p className="mt-2">{d.twoFactorEnabled ? t('account:dashboard.twoFactorOn') : t('account:dashboard.twoFactorOff')}</p>
          <p className="mt-4">
            <Link to="/account/security">{t('account:dashboard.reviewSecurity')}</Link>
          </p>
        </Card>
      </div>
    </>
  );
}
