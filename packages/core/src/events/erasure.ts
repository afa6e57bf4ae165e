import type { DB, DialectName, Kysely } from '@destalk/db';
import type { RegistrationStatus } from './schema.ts';
import { lockEvent, offerFreeSeats } from './seats.ts';

/**
 * What erasing a registration blanks: name, e-mail, organisation, accessibility needs, answers,
 * consent text and the personal link. What stays (status, sector, country, the times of
 * registration and attendance) is what the impact figures count, and identifies nobody.
 */
export function erasedRegistrationColumns(at: string) {
  return { email: null, name: null, organisationName: null, accessibilityNeeds: null, answers: null, consentText: null, tokenHash: null, erasedAt: at } as const;
}

/** A survey answer keeps its scores; its comment and the link to the registration go. */
export const ERASED_SURVEY_COLUMNS = { comments: null, registrationId: null } as const;

/** A registration in one of these states still holds (or waits for) a place. */
const LIVE: RegistrationStatus[] = ['pending', 'waitlisted', 'offered', 'confirmed'];

/**
 * Erases every registration made with an e-mail address (a person deleting their account). A
 * registration still live for an event that has not ended is cancelled first and its seat offered
 * to the waitlist, under the event's lock as every seat decision is; without its address the
 * person could never receive the join link anyway. Runs in the caller's transaction; returns the
 * registrations offered a seat, to notify after the commit.
 */
export async function eraseRegistrationsOfEmail(trx: Kysely<DB>, dialect: DialectName, email: string, now: Date): Promise<{ erased: number; offered: string[] }> {
  const at = now.toISOString();
  const rows = await trx
    .selectFrom('event_registrations')
    .innerJoin('events', 'events.id', 'event_registrations.eventId')
    .select(['event_registrations.id', 'event_registrations.status', 'events.id as eventId', 'events.endsAt', 'events.status as eventStatus', 'events.capacity', 'events.offerHours'])
    .where('event_registrations.email', '=', email.toLowerCase())
    .where('event_registrations.erasedAt', 'is', null)
    .execute();
  const offered: string[] = [];
  for (const row of rows) {
    if (row.endsAt <= at || !LIVE.includes(row.status as RegistrationStatus)) continue;
    await lockEvent(trx, dialect, row.eventId);
    await trx.updateTable('event_registrations').set({ status: 'cancelled', cancelledAt: at, offerExpiresAt: null, waitlistPosition: null }).where('id', '=', row.id).execute();
    if (row.eventStatus === 'published') offered.push(...(await offerFreeSeats(trx, { id: row.eventId, capacity: row.capacity, offerHours: row.offerHours }, now)));
  }
  const ids = rows.map((r) => r.id);
  if (ids.length) {
    await trx.updateTable('event_registrations').set(erasedRegistrationColumns(at)).where('id', 'in', ids).execute();
    await trx.updateTable('event_survey_responses').set(ERASED_SURVEY_COLUMNS).where('registrationId', 'in', ids).execute();
  }
  return { erased: ids.length, offered };
}
