import { Container } from '@destalk/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Form, NavLink } from 'react-router';
import { Brand } from './brand.tsx';
import { SiteFooter, type ShellInfo } from './public-shell.tsx';

/** What the shell shows is the same for everyone with the same roles (no name: ADR 0013). */
export interface ShellUser {
  isPlatformAdmin: boolean;
  /** Members of an organisation get the practitioner tools. */
  isMember: boolean;
  /** Organisations where the person coordinates (for the navigation). */
  coordinates: Array<{ id: string; name: string }>;
  /** Organisations where the person is a trainer or coordinator (cohorts to run). */
  runsCohorts: Array<{ id: string; name: string }>;
}

const navLink = ({ isActive }: { isActive: boolean }) =>
  `block rounded-md px-3 py-2 text-sm font-medium no-underline ${isActive ? 'bg-primary text-on-primary hover:text-on-primary' : 'text-ink hover:bg-surface-muted hover:text-ink'}`;

/** The signed-in area: header with account actions, a side navigation, the page. */
export function AppShell({ info, user, children }: { info: ShellInfo; user: ShellUser; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a href="#main" className="sr-only z-[1100] rounded-md bg-surface px-4 py-2 font-semibold focus:not-sr-only focus:fixed focus:start-3 focus:top-3">
        {t('common:skipToContent')}
      </a>
      <header className="border-b border-line bg-surface print:hidden">
        <Container size="wide" className="flex flex-wrap items-center justify-between gap-3 py-3">
          <Brand appName={info.appName} to="/dashboard" />
          <div className="flex items-center gap-3 text-sm">
            <Form method="post" action="/sign-out">
              <button type="submit" className="cursor-pointer rounded-md border border-line-strong px-3 py-1.5 font-medium text-ink hover:bg-surface-muted">
                {t('common:nav.signOut')}
              </button>
            </Form>
          </div>
        </Container>
      </header>
      <Container size="wide" className="flex flex-col gap-8 py-8 md:flex-row">
        <nav aria-label={t('common:nav.label')} className="md:w-56 md:shrink-0 print:hidden">
          <ul className="flex flex-wrap gap-1 md:flex-col">
            <li>
              <NavLink to="/dashboard" className={navLink}>
                {t('common:nav.dashboard')}
              </NavLink>
            </li>
            {user.coordinates.map((org) => (
              <li key={org.id}>
                <NavLink to={`/org/${org.id}`} className={navLink}>
                  {org.name}
                </NavLink>
              </li>
            ))}
            {user.runsCohorts.map((org) => (
              <li key={`cohorts-${org.id}`}>
                <NavLink to={`/org/${org.id}/cohorts`} className={navLink}>
                  {user.runsCohorts.length > 1 ? t('learn:cohortsNavOf', { organisation: org.name }) : t('learn:cohorts.title')}
                </NavLink>
              </li>
            ))}
            {user.runsCohorts.map((org) => (
              <li key={`events-${org.id}`}>
                <NavLink to={`/org/${org.id}/events`} className={navLink}>
                  {user.runsCohorts.length > 1 ? `${t('events:organise.nav')} · ${org.name}` : t('events:organise.nav')}
                </NavLink>
              </li>
            ))}
            {user.coordinates.map((org) => (
              <li key={`campaigns-${org.id}`}>
                <NavLink to={`/org/${org.id}/campaigns`} className={navLink}>
                  {user.coordinates.length > 1 ? `${t('campaigns:nav')} · ${org.name}` : t('campaigns:nav')}
                </NavLink>
              </li>
            ))}
            {user.coordinates.length > 0 || user.isPlatformAdmin ? (
              <li>
                <NavLink to="/reports" className={navLink}>
                  {t('reports:nav')}
                </NavLink>
              </li>
            ) : null}
            {user.runsCohorts.map((org) => (
              <li key={`pathways-${org.id}`}>
                <NavLink to={`/org/${org.id}/pathways`} className={navLink}>
                  {user.runsCohorts.length > 1 ? `${t('practise:facilitate.nav')} · ${org.name}` : t('practise:facilitate.nav')}
                </NavLink>
              </li>
            ))}
            {user.runsCohorts.length > 0 || user.isPlatformAdmin ? (
              <>
                <li>
                  <NavLink to="/author" end className={navLink}>
                    {t('teach:author.nav')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/author/pathways" className={navLink}>
                    {t('practise:author.title')}
                  </NavLink>
                </li>
              </>
            ) : null}
            {user.isMember ? (
              <>
                <li className="md:mt-4">
                  <NavLink to="/learn" className={navLink}>
                    {t('learn:nav')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/pathways" className={navLink}>
                    {t('practise:pathways.nav')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/tools" end className={navLink}>
                    {t('practise:tools.nav')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/tools/saved" className={navLink}>
                    {t('practise:tools.savedNav')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/tools/stalkerware-check" end className={navLink}>
                    {t('check:nav')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/tools/stalkerware-check/reports" className={navLink}>
                    {t('check:savedNav')}
                  </NavLink>
                </li>
              </>
            ) : null}
            {user.isPlatformAdmin ? (
              <li>
                <NavLink to="/admin" className={navLink}>
                  {t('common:nav.admin')}
                </NavLink>
              </li>
            ) : null}
            <li className="md:mt-4">
              <NavLink to="/account" end className={navLink}>
                {t('common:nav.account')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/account/security" className={navLink}>
                {t('common:nav.security')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/account/sessions" className={navLink}>
                {t('common:nav.sessions')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/account/data" className={navLink}>
                {t('privacy:nav')}
              </NavLink>
            </li>
          </ul>
        </nav>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 outline-none">
          {children}
        </main>
      </Container>
      <SiteFooter info={info} />
    </>
  );
}
