import { Container, ExitSkipLink, ExitThisPage } from '@destalk/ui';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { Brand } from './brand.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';

export interface ShellInfo {
  appName: string;
  exitUrl: string;
  locale: string;
  signedIn: boolean;
}

const navLink = ({ isActive }: { isActive: boolean }) =>
  `rounded-md px-2 py-1.5 font-medium no-underline hover:bg-surface-muted ${isActive ? 'text-ink underline underline-offset-8 decoration-2 decoration-accent' : 'text-ink'}`;

/** Every public page: the exit control first, then header, content and footer. */
export function PublicShell({ info, children }: { info: ShellInfo; children: ReactNode }) {
  const { t } = useTranslation();
  const labels = useMemo(
    () => ({
      button: t('common:exit.button'),
      shortcutHint: t('common:exit.shortcutHint'),
      pressTwoMore: t('common:exit.pressTwoMore'),
      pressOneMore: t('common:exit.pressOneMore'),
      expired: t('common:exit.expired'),
      loading: t('common:exit.loading'),
    }),
    [t],
  );
  return (
    <>
      <ExitSkipLink exitUrl={info.exitUrl} label={t('common:exit.skipLink')} />
      <a href="#main" className="sr-only z-[1100] rounded-md bg-surface px-4 py-2 font-semibold focus:not-sr-only focus:fixed focus:start-3 focus:top-16">
        {t('common:skipToContent')}
      </a>
      <ExitThisPage exitUrl={info.exitUrl} labels={labels} />
      <header className="-mt-[3.25rem] border-b border-line bg-surface">
        <Container size="wide" className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 py-3 sm:pe-44">
          <Brand appName={info.appName} />
          <nav aria-label={t('common:nav.label')} className="-ms-2 flex w-full flex-wrap items-center gap-1 text-sm sm:ms-0 sm:w-auto">
            <NavLink to="/browsing-safely" className={navLink}>
              {t('common:nav.browsingSafely')}
            </NavLink>
            <NavLink to="/events" className={navLink}>
              {t('events:nav')}
            </NavLink>
            <NavLink to="/guides" className={navLink}>
              {t('common:nav.guides')}
            </NavLink>
            {info.signedIn ? (
              <NavLink to="/dashboard" className={navLink}>
                {t('common:nav.dashboard')}
              </NavLink>
            ) : (
              <>
                <NavLink to="/sign-in" className={navLink}>
                  {t('common:nav.signIn')}
                </NavLink>
                <NavLink to="/sign-up" className={navLink}>
                  {t('common:nav.signUp')}
                </NavLink>
              </>
            )}
          </nav>
        </Container>
      </header>
      <main id="main" tabIndex={-1} className="py-10 outline-none sm:py-14">
        {children}
      </main>
      <SiteFooter info={info} />
    </>
  );
}

export function SiteFooter({ info }: { info: ShellInfo }) {
  const { t } = useTranslation();
  return (
    <footer className="mt-auto border-t border-line bg-surface py-8 text-sm print:hidden">
      <Container size="wide" className="flex flex-col gap-4">
        <LanguageSwitcher current={info.locale} />
        <p className="text-muted">{t('common:footer.tagline')}</p>
        <p className="text-muted">
          {t('common:footer.privacy')}{' '}
          <Link to="/browsing-safely">{t('common:footer.browsingSafely')}</Link>
          {' · '}
          <Link to="/privacy">{t('privacy:footerLink')}</Link>
        </p>
      </Container>
    </footer>
  );
}
