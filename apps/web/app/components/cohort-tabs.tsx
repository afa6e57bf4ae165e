import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const tab = ({ isActive }: { isActive: boolean }) =>
  `inline-block border-b-2 px-1 pb-2 font-medium no-underline ${isActive ? 'border-accent text-ink' : 'border-transparent text-muted hover:text-ink'}`;

/** The sections of a cohort for the people who run it. */
export function CohortTabs({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation();
  const base = `/cohorts/${cohortId}`;
  const links = [
    { to: base, label: t('teach:tabs.roster'), end: true },
    { to: `${base}/results`, label: t('teach:tabs.results') },
    { to: `${base}/message`, label: t('teach:tabs.message') },
    { to: `${base}/discussion`, label: t('teach:tabs.discussion') },
  ];
  return (
    <nav aria-label={t('teach:tabs.label')} className="mb-6 border-b border-line">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {links.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end={l.end} className={tab}>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
