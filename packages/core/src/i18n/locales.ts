export const SUPPORTED_LOCALES = ['en', 'it', 'es', 'de', 'fr'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, for the language switcher. */
export const LOCALE_NATIVE_NAMES: Record<Locale, string> = {
  en: 'English',
  it: 'Italiano',
  es: 'Español',
  de: 'Deutsch',
  fr: 'Français',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/**
 * Picks the best supported locale from an Accept-Language header (RFC 9110 q-values;
 * `de-AT` falls back to `de`). Returns undefined when nothing matches.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale | undefined {
  if (!acceptLanguage) return undefined;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number.parseFloat(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return undefined;
}

/**
 * The order in which the platform chooses a language: the signed-in account's preference,
 * then a language the visitor picked explicitly (cookie), then the browser's Accept-Language.
 */
export function resolveLocale(input: { accountLocale?: string | null; chosenLocale?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(input.accountLocale)) return input.accountLocale;
  if (isLocale(input.chosenLocale)) return input.chosenLocale;
  return negotiateLocale(input.acceptLanguage) ?? DEFAULT_LOCALE;
}
