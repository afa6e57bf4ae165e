import i18next, { type i18n as I18n, type Resource } from 'i18next';
import ICU from 'i18next-icu';
import { DEFAULT_LOCALE, type Locale, SUPPORTED_LOCALES } from './locales.ts';

export type TranslationValues = Record<string, string | number | Date | null | undefined>;
/** Translate a key such as `email:verifyEmail.subject` (namespace before the colon). */
export type Translate = (key: string, values?: TranslationValues) => string;

/**
 * One i18next instance with ICU MessageFormat (plurals, selects) over the given catalogues.
 * Initialised synchronously: every catalogue is bundled, nothing is fetched.
 */
export function createI18n(resources: Resource, lng: Locale = DEFAULT_LOCALE): I18n {
  const instance = i18next.createInstance();
  instance.use(ICU).init({
    resources,
    lng,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...SUPPORTED_LOCALES],
    ns: Object.keys(resources[DEFAULT_LOCALE] ?? {}),
    defaultNS: false,
    nsSeparator: ':',
    keySeparator: '.',
    initAsync: false,
    returnNull: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

export function translatorFor(instance: I18n, locale: Locale): Translate {
  const t = instance.getFixedT(locale);
  return (key, values) => t(key, values as Record<string, unknown>) as string;
}
