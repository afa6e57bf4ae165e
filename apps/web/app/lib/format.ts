// Building an Intl formatter costs far more than using one (a tenth of /learn's render time was
// spent here), so each is built once per language and kept.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.DisplayNames>();

function cached<T extends Intl.DateTimeFormat | Intl.DisplayNames>(key: string, build: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = build();
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Dates in the reader's language, always with "UTC" (the platform stores UTC). Format in loaders
 * and send the string: browsers and Node may format the same date slightly differently.
 */
export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  return `${cached(`dt:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })).format(new Date(iso))} UTC`;
}

export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  return cached(`d:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })).format(new Date(iso));
}

/** A country's name in the reader's language (ISO 3166-1 alpha-2 in, name out). */
export function countryName(code: string, locale: string): string {
  try {
    return cached(`r:${locale}`, () => new Intl.DisplayNames([locale], { type: 'region' })).of(code) ?? code;
  } catch {
    return code;
  }
}
