import { DEFAULT_LOCALE, isLocale, type Locale } from '@destalk/core/i18n/locales';
import type { Bundle } from './bundle.ts';

// One chunk per language: the browser downloads only the catalogue of the page's language.
const loaders = import.meta.glob<{ default: Bundle }>('./bundles/*.ts');

export async function loadBundle(locale: string): Promise<{ locale: Locale; bundle: Bundle }> {
  const wanted: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const load = loaders[`./bundles/${wanted}.ts`] ?? loaders[`./bundles/${DEFAULT_LOCALE}.ts`];
  if (!load) throw new Error('no message catalogue bundled');
  return { locale: wanted, bundle: (await load()).default };
}
