import type { Locale } from '../i18n/locales.ts';

/**
 * "Thursday, 3 December 2026, 10:00 – 12:00 (Europe/Rome)": an event's time in its own zone, in
 * the reader's language. Pages add the visitor's own zone beside it.
 */
export function formatWhen(startsAt: string, endsAt: string, timeZone: string, locale: Locale | string): string {
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(new Date(startsAt));
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone });
  const sameDay = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(startsAt)) === new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(endsAt));
  const end = sameDay ? time.format(new Date(endsAt)) : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(endsAt));
  return `${day}, ${time.format(new Date(startsAt))} – ${end} (${timeZone})`;
}

/** A moment in a zone, long form: "28 November 2026, 10:00 (Europe/Rome)". */
export function formatMoment(iso: string, timeZone: string, locale: Locale | string): string {
  return `${new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso))} (${timeZone})`;
}
