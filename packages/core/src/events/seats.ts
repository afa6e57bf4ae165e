import { type DB, type Kysely, sql, type Transaction } from '@destalk/db';
import type { DialectName } from '@destalk/db';
import { HOUR } from '../clock.ts';
import { SEAT_HOLDING } from './schema.ts';

type Trx = Transaction<DB> | Kysely<DB>;

/**
 * Serialises every seat decision of one event. PostgreSQL: a row lock on the event. SQLite: our
 * driver begins write transactions with BEGIN IMMEDIATE, which already serialises all writers.
 */
export async function lockEvent(trx: Trx, dialect: DialectName, eventId: string): Promise<void> {
  if (dialect === 'postgres') await sql`select id from events where id = ${eventId} for update`.execute(trx);
}

export async function seatsTaken(trx: Trx, eventId: string): Promise<number> {
  const row = await trx.selectFrom('event_registrations').select(({ fn }) => fn.countAll<number>().as('n')).where('eventId', '=', eventId).where('status', 'in', SEAT_HOLDING).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Offers free seats to the people at the head of the waitlist, in order, each offer expiring after
 * the event's offerHours. Returns the registrations offered (to e-mail after the commit).
 */
export async function offerFreeSeats(trx: Trx, event: { id: string; capacity: number; offerHours: number }, now: Date): Promise<string[]> {
  const free = event.capacity - (await seatsTaken(trx, event.id));
  if (free <= 0) return [];
  const next = await trx
    .selectFrom('event_registrations')
    .select('id')
    .where('eventId', '=', event.id)
    .where('status', '=', 'waitlisted')
    .orderBy('waitlistPosition')
    .limit(free)
    .execute();
  const offerExpiresAt = new Date(now.getTime() + event.offerHours * HOUR).toISOString();
  for (const { id } of next) await trx.updateTable('event_registrations').set({ status: 'offered', offerExpiresAt }).where('id', '=', id).where('status', '=', 'waitlisted').execute();
  return next.map((r) => r.id);
}
