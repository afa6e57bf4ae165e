import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const tab = ({ isActive }: { isActive: boolean }) =>
  `inline-block border-b-2 px-1 pb-2 font-medium no-underline ${isActive ? 'border-accent text-ink' : 'border-transparent text-muted hover:text-ink'}`;

export function OrgTabs({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('org:tabs.label')} className="mb-6 border-b border-line">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <NavLink to={`/org/${organisationId}`} end className={tab}>
            {t('org:tabs.members')}
          </NavLink>
        </li>
        <li>
          <NavLink to={`/org/${organisationId}/cohorts`} className={tab}>
            {t('org:tabs.cohorts')}
          </NavLink>
        </li>
        <li>
          <NavLink to={`/org/${organisationId}/pathways`} className={tab}>
            {t('practise:facilitate.nav')}
          </NavLink>
        </li>
        <li>
          <NavLink to={`/org/${organisationId}/events`} className={tab}>
            {t('events:organise.nav')}
          </NavLink>
        </li>
        <li>
          <NavLink to={`/org/${organisationId}/campaigns`} className={tab}>
            {t('campaigns:nav')}
          </NavLink>
        </li>
        <li>
          <NavLink to={`/org/${organisationId}/audit`} className={tab}>
            {t('org:tabs.audit')}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
