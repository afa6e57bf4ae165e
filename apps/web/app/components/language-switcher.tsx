import { LOCALE_NATIVE_NAMES, SUPPORTED_LOCALES } from '@destalk/core/i18n/locales';
import { cn } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, useLocation } from 'react-router';

/**
 * One button per language, each named in its own language. A plain form: works without
 * JavaScript. Choosing sets the account preference, or for visitors a language cookie (the only
 * cookie they can get, and only because they asked).
 */
export function LanguageSwitcher({ current, className }: { current: string; className?: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <Form method="post" action="/language" className={cn('flex flex-wrap items-center gap-x-1 gap-y-1 text-sm', className)} aria-label={t('common:language.change')}>
      <input type="hidden" name="returnTo" value={`${location.pathname}${location.search}`} />
      <span className="me-1 text-muted">{t('common:language.label')}:</span>
      {SUPPORTED_LOCALES.map((locale) =>
        locale === current ? (
          <span key={locale} lang={locale} aria-current="true" className="rounded px-1.5 py-0.5 font-semibold text-ink">
            {LOCALE_NATIVE_NAMES[locale]}
          </span>
        ) : (
          <button key={locale} type="submit" name="locale" value={locale} lang={locale} className="cursor-pointer rounded px-1.5 py-0.5 text-primary underline-offset-4 hover:underline">
            {LOCALE_NATIVE_NAMES[locale]}
          </button>
        ),
      )}
    </Form>
  );
}
