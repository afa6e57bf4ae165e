import { AppError } from '../../errors.ts';
import type { Locale } from '../../i18n/locales.ts';
import { formatWhen } from '../present.ts';
import { pickLocale } from '../../learning/localize.ts';
import type { Platform } from '../../platform.ts';
import { joinWindow } from '../commands/attendance.ts';
import { registrationByToken } from '../commands/registration.ts';
import type { EventFormat, RegistrationStatus } from '../schema.ts';

export interface PersonalRegistration {
  eventSlug: string;
  eventTitle: string;
  eventStatus: string;
  format: EventFormat;
  startsAt: string;
  endsAt: string;
  timezone: string;
  venue: string | null;
  status: RegistrationStatus;
  name: string;
  waitlistPosition: number | null;
  offerExpiresAt: string | null;
  /** Online and hybrid events: when the join link appears, and — inside that window, with a seat — that it is available. */
  join: { opensAt: string; available: boolean } | null;
  attended: boolean;
  started: boolean;
  ended: boolean;
  surveyAnswered: boolean;
  certificateRequested: boolean;
  recordingUrl: string | null;
  slidesUrl: string | null;
}

/** What a registrant's personal link shows. The join URL itself is never part of it (the join route redirects). */
export async function personalRegistration(platform: Pick<Platform, 'db' | 'clock'>, token: string, locale: Locale): Promise<PersonalRegistration> {
  const { id } = await registrationByToken(platform, token);
  const r = await platform.db
    .selectFrom('event_registrations')
    .innerJoin('events', 'events.id', 'event_registrations.eventId')
    .select([
      'event_registrations.status',
      'event_registrations.name',
      'event_registrations.waitlistPosition',
      'event_registrations.offerExpiresAt',
      'event_registrations.attendedAt',
      'event_registrations.surveyAnsweredAt',
      'event_registrations.certificateRequestedAt',
      'events.slug',
      'events.title',
      'events.status as eventStatus',
      'events.format',
      'events.startsAt',
      'events.endsAt',
      'events.timezone',
      'events.venue',
      'events.joinUrl',
      'events.joinRevealMinutes',
      'events.recordingUrl',
      'events.slidesUrl',
    ])
    .where('event_registrations.id', '=', id)
    .executeTakeFirstOrThrow();
  const now = platform.clock.now().toISOString();
  const window = joinWindow(r);
  return {
    eventSlug: r.slug,
    eventTitle: pickLocale(r.title, locale, 'en').text,
    eventStatus: r.eventStatus,
    format: r.format as EventFormat,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    timezone: r.timezone,
    venue: r.venue,
    status: r.status as RegistrationStatus,
    name: r.name ?? '',
    waitlistPosition: r.waitlistPosition,
    offerExpiresAt: r.offerExpiresAt,
    join: r.joinUrl ? { opensAt: window.opensAt, available: r.status === 'confirmed' && r.eventStatus === 'published' && now >= window.opensAt && now <= window.closesAt } : null,
    attended: Boolean(r.attendedAt),
    started: now >= r.startsAt,
    ended: now >= r.endsAt,
    surveyAnswered: Boolean(r.surveyAnsweredAt),
    certificateRequested: Boolean(r.certificateRequestedAt),
    recordingUrl: r.endsAt <= now ? r.recordingUrl : null,
    slidesUrl: r.endsAt <= now ? r.slidesUrl : null,
  };
}

/** What the attendance certificate prints: only for someone recorded present who asked for it. */
export async function attendanceCertificate(platform: Pick<Platform, 'db'>, token: string, locale: Locale) {
  const { id } = await registrationByToken(platform, token);
  const r = await platform.db
    .selectFrom('event_registrations')
    .innerJoin('events', 'events.id', 'event_registrations.eventId')
    .innerJoin('organisations', 'organisations.id', 'events.organisationId')
    .select(['event_registrations.name', 'event_registrations.attendedAt', 'event_registrations.certificateRequestedAt', 'events.title', 'events.startsAt', 'events.endsAt', 'events.timezone', 'organisations.name as organisation'])
    .where('event_registrations.id', '=', id)
    .executeTakeFirstOrThrow();
  if (!r.attendedAt || !r.certificateRequestedAt || !r.name) throw new AppError('not_found');
  return { name: r.name, eventTitle: pickLocale(r.title, locale, 'en').text, when: formatWhen(r.startsAt, r.endsAt, r.timezone, locale), organisation: r.organisation };
}
