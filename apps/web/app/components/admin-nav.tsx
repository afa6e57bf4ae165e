import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const ITEMS = [
  ['/admin', 'overview', true],
  ['/admin/regions', 'regions', false],
  ['/admin/organisations', 'organisations', false],
  ['/admin/users', 'users', false],
  ['/admin/outbox', 'outbox', false],
  ['/admin/jobs', 'jobs', false],
  ['/admin/audit', 'audit', false],
  ['/admin/indicators', 'indicators', false],
  ['/admin/data-requests', 'dataRequests', false],
] as const;

const item = ({ isActive }: { isActive: boolean }) =>
  `inline-block rounded-full px-3 py-1 text-sm font-medium no-underline ${isActive ? 'bg-ink text-surface hover:text-surface' : 'bg-surface-muted text-ink hover:text-ink'}`;

export function AdminNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('admin:nav.label')} className="mb-8">
      <ul className="flex flex-wrap gap-2">
        {ITEMS.map(([to, key, end]) => (
          <li key={to}>
            <NavLink to={to} end={end} className={item}>
              {t(`admin:nav.${key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
