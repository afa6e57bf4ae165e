import { enqueueEmail } from '../email/send-email.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { pickLocale } from '../learning/localize.ts';
import type { Platform } from '../platform.ts';
import type { CalendarEntry } from './ics.ts';
import { formatMoment, formatWhen } from './present.ts';
import { personalUrl } from './tokens.ts';

export type EventNotice = 'confirm' | 'registered' | 'offer' | 'reminder24h' | 'reminder1h' | 'updated' | 'cancelled' | 'thankYou';

type Deps = Pick<Platform, 'db' | 'jobs' | 'config' | 'clock'>;

/** The calendar entry of one registration (its uid survives updates; the sequence grows with them). */
export function calendarEntry(
  platform: Pick<Platform, 'config' | 'clock'>,
  event: { id: string; startsAt: string; endsAt: string; timezone: string; title: string; summary: string; venue: string | null; createdAt: string; updatedAt: string },
  registrationId: string,
  locale: Locale,
  cancelled = false,
): CalendarEntry {
  return {
    uid: `${registrationId}@${new URL(platform.config.publicUrl).host}`,
    sequence: Math.max(0, Math.floor((Date.parse(event.updatedAt) - Date.parse(event.createdAt)) / 1000)),
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timezone: event.timezone,
    title: pickLocale(event.title, locale, 'en').text,
    description: pickLocale(event.summary, locale, 'en').text,
    url: personalUrl(platform.config.publicUrl, platform.config.sessionSecret, registrationId),
    location: event.venue,
    cancelled,
    stamp: platform.clock.now().toISOString(),
    productName: platform.config.appName,
  };
}

/** Queues one kind of e-mail to each registration (skipping erased ones). */
export async function notifyRegistrations(platform: Deps, registrationIds: string[], notice: EventNotice): Promise<number> {
  if (!registrationIds.length) return 0;
  const rows = await platform.db
    .selectFrom('event_registrations')
    .innerJoin('events', 'events.id', 'event_registrations.eventId')
    .select([
      'event_registrations.id',
      'event_registrations.email',
      'event_registrations.locale',
      'event_registrations.status',
      'event_registrations.waitlistPosition',
      'event_registrations.offerExpiresAt',
      'events.id as eventId',
      'events.title',
      'events.summary',
      'events.startsAt',
      'events.endsAt',
      'events.timezone',
      'events.venue',
      'events.createdAt',
      'events.updatedAt',
      'events.recordingUrl',
      'events.slidesUrl',
    ])
    .where('event_registrations.id', 'in', registrationIds)
    .execute();
  let sent = 0;
  for (const r of rows) {
    if (!r.email) continue;
    const locale: Locale = isLocale(r.locale) ? r.locale : 'en';
    const eventTitle = pickLocale(r.title, locale, 'en').text;
    const when = formatWhen(r.startsAt, r.endsAt, r.timezone, locale);
    const url = personalUrl(platform.config.publicUrl, platform.config.sessionSecret, r.id);
    const event = { id: r.eventId, startsAt: r.startsAt, endsAt: r.endsAt, timezone: r.timezone, title: r.title, summary: r.summary, venue: r.venue, createdAt: r.createdAt, updatedAt: r.updatedAt };
    const to = r.email;
    switch (notice) {
      case 'confirm':
        await enqueueEmail(platform.jobs, { to, locale, template: 'eventConfirm', params: { eventTitle, when, url } });
        break;
      case 'registered': {
        const seated = r.status === 'confirmed';
        await enqueueEmail(platform.jobs, {
          to,
          locale,
          template: 'eventRegistered',
          params: { eventTitle, when, seated, position: r.waitlistPosition, url, calendar: seated ? calendarEntry(platform, event, r.id, locale) : null },
        });
        break;
      }
      case 'offer':
        await enqueueEmail(platform.jobs, { to, locale, template: 'eventOffer', params: { eventTitle, when, expires: formatMoment(r.offerExpiresAt!, r.timezone, locale), url } });
        break;
      case 'reminder24h':
      case 'reminder1h':
        await enqueueEmail(platform.jobs, { to, locale, template: 'eventReminder', params: { eventTitle, when, soon: notice === 'reminder1h' ? '1h' : '24h', url } });
        break;
      case 'updated':
      case 'cancelled': {
        const cancelled = notice === 'cancelled';
        const calendar = r.status === 'confirmed' ? calendarEntry(platform, event, r.id, locale, cancelled) : null;
        await enqueueEmail(platform.jobs, { to, locale, template: 'eventUpdated', params: { eventTitle, when, cancelled, url, calendar } });
        break;
      }
      case 'thankYou':
        await enqueueEmail(platform.jobs, { to, locale, template: 'eventThankYou', params: { eventTitle, url, recordingUrl: r.recordingUrl, slidesUrl: r.slidesUrl } });
        break;
    }
    sent += 1;
  }
  return sent;
}
