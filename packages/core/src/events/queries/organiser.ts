import type { Actor } from '../../accounts/actor.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translator.ts';
import { pickLocale } from '../../learning/localize.ts';
import type { Platform } from '../../platform.ts';
import type { Table } from '../../export/tabular.ts';
import { managedEvent } from '../commands/organising.ts';
import { authorizeEvent } from '../policies.ts';
import type { EventQuestion, RegistrationStatus } from '../schema.ts';
import { utcToZonedLocal } from '../zoned-time.ts';

export interface OrganisedEvent {
  id: string;
  slug: string;
  title: string;
  status: string;
  startsAt: string;
  timezone: string;
  capacity: number;
  counts: Record<RegistrationStatus, number>;
  attended: number;
}

const STATUSES: RegistrationStatus[] = ['pending', 'confirmed', 'waitlisted', 'offered', 'cancelled', 'expired'];

/** An organisation's events, newest first, with registration counts (aggregates survive erasure). */
export async function organisedEvents(platform: Pick<Platform, 'db'>, actor: Actor, organisationId: string, locale: Locale): Promise<OrganisedEvent[]> {
  authorizeEvent(actor, 'event.manage', { organisationId });
  const events = await platform.db.selectFrom('events').select(['id', 'slug', 'title', 'status', 'startsAt', 'timezone', 'capacity']).where('organisationId', '=', organisationId).orderBy('startsAt', 'desc').execute();
  const counts = events.length
    ? await platform.db
        .selectFrom('event_registrations')
        .select(['eventId', 'status'])
        .select(({ fn }) => [fn.countAll<number>().as('n'), fn.count<number>('attendedAt').as('attended')])
        .where('eventId', 'in', events.map((e) => e.id))
        .groupBy(['eventId', 'status'])
        .execute()
    : [];
  return events.map((e) => {
    const own = counts.filter((c) => c.eventId === e.id);
    return {
      id: e.id,
      slug: e.slug,
      title: pickLocale(e.title, locale, 'en').text,
      status: e.status,
      startsAt: e.startsAt,
      timezone: e.timezone,
      capacity: e.capacity,
      counts: Object.fromEntries(STATUSES.map((s) => [s, Number(own.find((c) => c.status === s)?.n ?? 0)])) as Record<RegistrationStatus, number>,
      attended: own.reduce((sum, c) => sum + Number(c.attended), 0),
    };
  });
}

/** Everything the organiser edits, as the form shows it (local times in the event's zone). */
export async function eventForEditing(platform: Pick<Platform, 'db'>, actor: Actor, eventId: string) {
  const e = await managedEvent(platform, actor, eventId);
  const speakers = await platform.db.selectFrom('event_speakers').select(['id', 'name', 'affiliation', 'bio', 'photoType']).where('eventId', '=', eventId).orderBy('position').execute();
  const sessions = await platform.db.selectFrom('event_sessions').select(['id', 'kind', 'startsAt', 'endsAt', 'title', 'speakerIds']).where('eventId', '=', eventId).orderBy('startsAt').execute();
  return {
    id: e.id,
    slug: e.slug,
    organisationId: e.organisationId,
    status: e.status,
    erased: Boolean(e.erasedAt),
    form: {
      format: e.format,
      timezone: e.timezone,
      startsAt: utcToZonedLocal(e.startsAt, e.timezone),
      endsAt: utcToZonedLocal(e.endsAt, e.timezone),
      title: JSON.parse(e.title) as Record<string, string>,
      summary: JSON.parse(e.summary) as Record<string, string>,
      description: JSON.parse(e.description) as Record<string, string>,
      spokenLanguages: JSON.parse(e.spokenLanguages) as string[],
      subtitleLanguages: JSON.parse(e.subtitleLanguages) as string[],
      signLanguage: e.signLanguage ? (JSON.parse(e.signLanguage) as Record<string, string>) : {},
      venue: e.venue ?? '',
      joinUrl: e.joinUrl ?? '',
      joinRevealMinutes: e.joinRevealMinutes,
      capacity: e.capacity,
      offerHours: e.offerHours,
      erasureDays: e.erasureDays,
      consentText: JSON.parse(e.consentText) as Record<string, string>,
      consentVersion: e.consentVersion,
      recordingUrl: e.recordingUrl ?? '',
      slidesUrl: e.slidesUrl ?? '',
      questions: JSON.parse(e.questions) as EventQuestion[],
    },
    speakers: speakers.map((s) => ({ id: s.id, name: s.name, affiliation: s.affiliation, bio: JSON.parse(s.bio) as Record<string, string>, hasPhoto: Boolean(s.photoType) })),
    sessions: sessions.map((s) => ({ id: s.id, kind: s.kind, startsAt: utcToZonedLocal(s.startsAt, e.timezone), endsAt: utcToZonedLocal(s.endsAt, e.timezone), title: JSON.parse(s.title) as Record<string, string>, speakerIds: JSON.parse(s.speakerIds) as string[] })),
  };
}

export interface RegistrationRow {
  id: string;
  name: string | null;
  email: string | null;
  organisationName: string | null;
  sector: string | null;
  country: string | null;
  accessibilityNeeds: string | null;
  status: RegistrationStatus;
  waitlistPosition: number | null;
  createdAt: string;
  confirmedAt: string | null;
  attendedAt: string | null;
  attendanceSource: string | null;
  consentVersion: number;
  consentText: string | null;
  consentedAt: string;
  certificateRequestedAt: string | null;
  answers: Record<string, string>;
}

/** Registrations in order of arrival, with who consented to which text and when. */
export async function eventRegistrations(platform: Pick<Platform, 'db'>, actor: Actor, eventId: string): Promise<{ questions: EventQuestion[]; rows: RegistrationRow[] }> {
  const event = await managedEvent(platform, actor, eventId);
  const rows = await platform.db
    .selectFrom('event_registrations')
    .select([
      'id',
      'name',
      'email',
      'organisationName',
      'sector',
      'country',
      'accessibilityNeeds',
      'status',
      'waitlistPosition',
      'createdAt',
      'confirmedAt',
      'attendedAt',
      'attendanceSource',
      'consentVersion',
      'consentText',
      'consentedAt',
      'certificateRequestedAt',
      'answers',
    ])
    .where('eventId', '=', eventId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  return {
    questions: JSON.parse(event.questions) as EventQuestion[],
    rows: rows.map((r) => ({ ...r, status: r.status as RegistrationStatus, answers: r.answers ? (JSON.parse(r.answers) as Record<string, string>) : {} })),
  };
}

/** The registrations as a table for CSV and XLSX: fixed columns, then one per question of the event. */
export async function registrationsTable(platform: Pick<Platform, 'db' | 'audit'>, actor: Actor, eventId: string, t: Translate, locale: Locale, requestId?: string): Promise<Table> {
  const { questions, rows } = await eventRegistrations(platform, actor, eventId);
  const event = await managedEvent(platform, actor, eventId);
  await platform.audit.record({ event: 'event.registrations_exported', actorUserId: actor.userId, organisationId: event.organisationId, subjectType: 'event', subjectId: eventId, requestId: requestId ?? null });
  const label = (q: EventQuestion) => pickLocale(q.label, locale, 'en').text;
  const answer = (q: EventQuestion, value: string | undefined) => {
    if (value === undefined) return '';
    if (q.type === 'yesno') return t(`eventExport:${value === 'yes' ? 'yes' : 'no'}`);
    if (q.type === 'choice') return pickLocale(q.options[Number(value)] ?? {}, locale, 'en').text;
    return value;
  };
  const columns = ['name', 'email', 'organisation', 'sector', 'country', 'accessibility', 'status', 'waitlistPosition', 'registered', 'confirmed', 'attended', 'attendance', 'consentVersion', 'consentedAt', 'consentText', 'certificateRequested'] as const;
  return {
    name: t('eventExport:sheet'),
    header: [...columns.map((c) => t(`eventExport:columns.${c}`)), ...questions.map(label)],
    rows: rows.map((r) => [
      r.name,
      r.email,
      r.organisationName,
      r.sector ? t(`domain:sector.${r.sector}`) : null,
      r.country,
      r.accessibilityNeeds,
      t(`eventExport:status.${r.status}`),
      r.waitlistPosition,
      r.createdAt,
      r.confirmedAt,
      r.attendedAt,
      r.attendanceSource ? t(`eventExport:source.${r.attendanceSource}`) : null,
      r.consentVersion,
      r.consentedAt,
      r.consentText,
      r.certificateRequestedAt,
      ...questions.map((q) => answer(q, r.answers[q.key])),
    ]),
  };
}

/** Survey results of an event: averages and comments (comments are blanked at erasure). */
export async function surveySummary(platform: Pick<Platform, 'db'>, actor: Actor, eventId: string) {
  await managedEvent(platform, actor, eventId);
  const rows = await platform.db.selectFrom('event_survey_responses').select(['rating', 'usefulness', 'comments']).where('eventId', '=', eventId).orderBy('createdAt').execute();
  const average = (values: number[]) => (values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : 0);
  return {
    count: rows.length,
    rating: average(rows.map((r) => r.rating)),
    usefulness: average(rows.map((r) => r.usefulness)),
    comments: rows.map((r) => r.comments).filter((c): c is string => Boolean(c)),
  };
}
