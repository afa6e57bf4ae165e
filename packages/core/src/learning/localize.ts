import type { Locale } from '../i18n/locales.ts';

/**
 * Picks a text in the reader's language, else the course's default language; `fallback` tells the
 * page to say so (issue: learners are told when they see another language).
 */
export function pickLocale(json: string | Record<string, string | undefined>, locale: Locale, defaultLocale: string): { text: string; lang: string; fallback: boolean } {
  const map = typeof json === 'string' ? (JSON.parse(json) as Record<string, string | undefined>) : json;
  const own = map[locale];
  if (own) return { text: own, lang: locale, fallback: false };
  const fallbackText = map[defaultLocale] ?? Object.values(map).find(Boolean) ?? '';
  const lang = map[defaultLocale] ? defaultLocale : (Object.keys(map).find((k) => map[k]) ?? defaultLocale);
  return { text: fallbackText, lang, fallback: true };
}
