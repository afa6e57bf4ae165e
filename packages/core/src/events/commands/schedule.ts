import { DAY, HOUR } from '../../clock.ts';
import type { Platform } from '../../platform.ts';
import { ERASED_SURVEY_COLUMNS, erasedRegistrationColumns } from '../erasure.ts';
import { notifyRegistrations } from '../notify.ts';
import { expireOffers } from './registration.ts';

type Deps = Pick<Platform, 'db' | 'dialect' | 'clock' | 'jobs' | 'config' | 'rateLimiter' | 'audit'>;

const REMINDERS = [
  { kind: '24h', before: 24 * HOUR, notice: 'reminder24h' },
  { kind: '1h', before: HOUR, notice: 'reminder1h' },
] as const;

/**
 * Reminders 24 h and 1 h before the start to everyone with a seat. Each reminder of an event is
 * claimed by one guarded update (the kind added to `remindersSent`), so two instances never both
 * send it. A reminder whose moment has passed with the event already started is skipped.
 */
export async function sendEventReminders(platform: Deps): Promise<number> {
  const now = platform.clock.now();
  const soon = new Date(now.getTime() + 24 * HOUR).toISOString();
  const events = await platform.db
    .selectFrom('events')
    .select(['id', 'startsAt', 'remindersSent'])
    .where('status', '=', 'published')
    .where('startsAt', '>', now.toISOString())
    .where('startsAt', '<=', soon)
    .execute();
  let sent = 0;
  for (const event of events) {
    for (const reminder of REMINDERS) {
      if (Date.parse(event.startsAt) - reminder.before > now.getTime()) continue;
      const already = JSON.parse(event.remindersSent) as string[];
      if (already.includes(reminder.kind)) continue;
      // The 24 h reminder is not sent when the 1 h one is due too (a late registration, a restart).
      const skip = reminder.kind === '24h' && Date.parse(event.startsAt) - HOUR <= now.getTime();
      const next = JSON.stringify([...already, reminder.kind]);
      const claimed = await platform.db.updateTable('events').set({ remindersSent: next }).where('id', '=', event.id).where('remindersSent', '=', event.remindersSent).executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) continue;
      event.remindersSent = next;
      if (skip) continue;
      const seated = await platform.db.selectFrom('event_registrations').select('id').where('eventId', '=', event.id).where('status', '=', 'confirmed').execute();
      sent += await notifyRegistrations(platform, seated.map((r) => r.id), reminder.notice);
    }
  }
  return sent;
}

/** After the event: thanks with the recording, slides and the survey, once, to everyone who had a seat. */
export async function sendThankYous(platform: Deps): Promise<number> {
  const now = platform.clock.now().toISOString();
  const ended = await platform.db.selectFrom('events').select('id').where('status', '=', 'published').where('endsAt', '<=', now).where('thankYouSentAt', 'is', null).where('erasedAt', 'is', null).execute();
  let sent = 0;
  for (const { id } of ended) {
    const claimed = await platform.db.updateTable('events').set({ thankYouSentAt: now }).where('id', '=', id).where('thankYouSentAt', 'is', null).executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) continue;
    const seated = await platform.db.selectFrom('event_registrations').select('id').where('eventId', '=', id).where('status', '=', 'confirmed').execute();
    sent += await notifyRegistrations(platform, seated.map((r) => r.id), 'thankYou');
  }
  return sent;
}

/**
 * Data protection: `erasureDays` after an event its registrants' personal data is blanked — name,
 * e-mail, organisation, accessibility needs, answers, consent text, the personal link. What stays
 * (status, sector, country, the times of registration and attendance, survey scores) is what the
 * impact figures count, and identifies nobody.
 */
export async function eraseEndedEvents(platform: Deps): Promise<{ events: number; registrations: number }> {
  const now = platform.clock.now();
  const candidates = await platform.db.selectFrom('events').select(['id', 'organisationId', 'endsAt', 'erasureDays']).where('erasedAt', 'is', null).where('endsAt', '<=', now.toISOString()).execute();
  let events = 0;
  let registrations = 0;
  for (const event of candidates) {
    if (Date.parse(event.endsAt) + event.erasureDays * DAY > now.getTime()) continue;
    await platform.db.transaction().execute(async (trx) => {
      const claimed = await trx.updateTable('events').set({ erasedAt: now.toISOString() }).where('id', '=', event.id).where('erasedAt', 'is', null).executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) return;
      const blanked = await trx
        .updateTable('event_registrations')
        .set(erasedRegistrationColumns(now.toISOString()))
        .where('eventId', '=', event.id)
        .where('erasedAt', 'is', null)
        .executeTakeFirst();
      await trx.updateTable('event_survey_responses').set(ERASED_SURVEY_COLUMNS).where('eventId', '=', event.id).execute();
      await platform.audit.record({ event: 'event.data_erased', actorUserId: null, organisationId: event.organisationId, subjectType: 'event', subjectId: event.id, requestId: null }, trx);
      events += 1;
      registrations += Number(blanked.numUpdatedRows);
    });
  }
  return { events, registrations };
}

/** Everything time-driven about events, run every minute by each instance (each step is idempotent). */
export async function runEventSchedule(platform: Deps) {
  const offers = await expireOffers(platform);
  const reminders = await sendEventReminders(platform);
  const thankYous = await sendThankYous(platform);
  const erased = await eraseEndedEvents(platform);
  return { offers, reminders, thankYous, erased };
}
