import { renderMarkdown } from '../../content/markdown.ts';
import { AppError } from '../../errors.ts';
import type { Locale } from '../../i18n/locales.ts';
import { pickLocale } from '../../learning/localize.ts';
import type { Platform } from '../../platform.ts';
import type { EventFormat, EventQuestion } from '../schema.ts';
import { seatsTaken } from '../seats.ts';

export interface EventCard {
  slug: string;
  title: string;
  summary: string;
  format: EventFormat;
  startsAt: string;
  endsAt: string;
  timezone: string;
  regionName: string;
  organisationName: string;
  spokenLanguages: string[];
}

/** Published events that have not ended, soonest first; one region or all. */
export async function upcomingEvents(platform: Pick<Platform, 'db' | 'clock'>, locale: Locale, regionSlug?: string): Promise<EventCard[]> {
  let query = platform.db
    .selectFrom('events')
    .innerJoin('regions', 'regions.id', 'events.regionId')
    .innerJoin('organisations', 'organisations.id', 'events.organisationId')
    .select(['events.slug', 'events.title', 'events.summary', 'events.format', 'events.startsAt', 'events.endsAt', 'events.timezone', 'events.spokenLanguages', 'regions.name as regionName', 'organisations.name as organisationName'])
    .where('events.status', '=', 'published')
    .where('events.endsAt', '>', platform.clock.now().toISOString())
    .orderBy('events.startsAt');
  if (regionSlug) query = query.where('regions.slug', '=', regionSlug);
  const rows = await query.execute();
  return rows.map((r) => ({
    slug: r.slug,
    title: pickLocale(r.title, locale, 'en').text,
    summary: pickLocale(r.summary, locale, 'en').text,
    format: r.format as EventFormat,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    timezone: r.timezone,
    regionName: r.regionName,
    organisationName: r.organisationName,
    spokenLanguages: JSON.parse(r.spokenLanguages) as string[],
  }));
}

/** Regions that have published events (for the listing's filter). */
export async function eventRegions(platform: Pick<Platform, 'db'>): Promise<Array<{ slug: string; name: string }>> {
  return platform.db
    .selectFrom('regions')
    .select(['regions.slug', 'regions.name'])
    .where((eb) => eb.exists(eb.selectFrom('events').select('events.id').whereRef('events.regionId', '=', 'regions.id').where('events.status', '=', 'published')))
    .orderBy('regions.name')
    .execute();
}

export interface PublicEvent extends EventCard {
  lang: string;
  fallback: boolean;
  descriptionHtml: string;
  venue: string | null;
  subtitleLanguages: string[];
  signLanguage: string | null;
  status: 'published' | 'cancelled';
  ended: boolean;
  seatsLeft: number;
  capacity: number;
  consentText: string;
  questions: Array<{ key: string; type: EventQuestion['type']; required: boolean; label: string; options: string[] }>;
  sessions: Array<{ id: string; kind: string; startsAt: string; endsAt: string; title: string; description: string; speakerIds: string[] }>;
  speakers: Array<{ id: string; name: string; affiliation: string; bio: string; hasPhoto: boolean }>;
}

/**
 * An event's public page: everything a visitor needs to decide and register — and never the join
 * URL, which only seated registrants see on their personal page.
 */
export async function publicEvent(platform: Pick<Platform, 'db' | 'clock'>, slug: string, locale: Locale): Promise<PublicEvent> {
  const e = await platform.db
    .selectFrom('events')
    .innerJoin('regions', 'regions.id', 'events.regionId')
    .innerJoin('organisations', 'organisations.id', 'events.organisationId')
    .select([
      'events.id',
      'events.slug',
      'events.status',
      'events.title',
      'events.summary',
      'events.description',
      'events.format',
      'events.startsAt',
      'events.endsAt',
      'events.timezone',
      'events.spokenLanguages',
      'events.subtitleLanguages',
      'events.signLanguage',
      'events.venue',
      'events.capacity',
      'events.questions',
      'events.consentText',
      'regions.name as regionName',
      'organisations.name as organisationName',
    ])
    .where('events.slug', '=', slug)
    .executeTakeFirst();
  if (!e || (e.status !== 'published' && e.status !== 'cancelled')) throw new AppError('not_found');
  const sessions = await platform.db.selectFrom('event_sessions').select(['id', 'kind', 'startsAt', 'endsAt', 'title', 'description', 'speakerIds']).where('eventId', '=', e.id).orderBy('startsAt').execute();
  const speakers = await platform.db.selectFrom('event_speakers').select(['id', 'name', 'affiliation', 'bio', 'photoType']).where('eventId', '=', e.id).orderBy('position').execute();
  const title = pickLocale(e.title, locale, 'en');
  const taken = await seatsTaken(platform.db, e.id);
  const pick = (json: string) => pickLocale(json, locale, 'en').text;
  return {
    slug: e.slug,
    title: title.text,
    lang: title.lang,
    fallback: title.fallback,
    summary: pick(e.summary),
    descriptionHtml: renderMarkdown(pick(e.description)),
    format: e.format as EventFormat,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    timezone: e.timezone,
    regionName: e.regionName,
    organisationName: e.organisationName,
    spokenLanguages: JSON.parse(e.spokenLanguages) as string[],
    subtitleLanguages: JSON.parse(e.subtitleLanguages) as string[],
    signLanguage: e.signLanguage ? pick(e.signLanguage) : null,
    venue: e.venue,
    status: e.status as 'published' | 'cancelled',
    ended: e.endsAt <= platform.clock.now().toISOString(),
    capacity: e.capacity,
    seatsLeft: Math.max(0, e.capacity - taken),
    consentText: pick(e.consentText),
    questions: (JSON.parse(e.questions) as EventQuestion[]).map((q) => ({
      key: q.key,
      type: q.type,
      required: q.required,
      label: pickLocale(q.label, locale, 'en').text,
      options: q.options.map((o) => pickLocale(o, locale, 'en').text),
    })),
    sessions: sessions.map((s) => ({ id: s.id, kind: s.kind, startsAt: s.startsAt, endsAt: s.endsAt, title: pick(s.title), description: pick(s.description), speakerIds: JSON.parse(s.speakerIds) as string[] })),
    speakers: speakers.map((s) => ({ id: s.id, name: s.name, affiliation: s.affiliation, bio: pick(s.bio), hasPhoto: Boolean(s.photoType) })),
  };
}

/** A speaker's photo, for a published event only. */
export async function speakerPhoto(platform: Pick<Platform, 'db'>, slug: string, speakerId: string): Promise<{ type: string; bytes: Uint8Array }> {
  const row = await platform.db
    .selectFrom('event_speakers')
    .innerJoin('events', 'events.id', 'event_speakers.eventId')
    .select(['event_speakers.photo', 'event_speakers.photoType', 'events.status'])
    .where('events.slug', '=', slug)
    .where('event_speakers.id', '=', speakerId)
    .executeTakeFirst();
  if (!row?.photo || !row.photoType || row.status === 'draft') throw new AppError('not_found');
  return { type: row.photoType, bytes: row.photo };
}
