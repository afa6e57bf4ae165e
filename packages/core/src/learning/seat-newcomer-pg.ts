import { sql } from '@destalk/db';
import { AppError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { Platform } from '../platform.ts';

/**
 * PostgreSQL: seats someone who never enrolled in this cohort, or puts them at the end of the
 * waitlist, in one call to `destalk_seat_newcomer` (migration 0009), which takes the cohort's
 * lock, counts and writes inside the database. One round trip, the lock held for microseconds.
 */
export async function seatNewcomerInOneCall(platform: Pick<Platform, 'db'>, cohortId: string, userId: string, audience: string, now: string): Promise<{ status: 'seated' | 'waitlisted'; waitlistPosition: number | null }> {
  const result = await sql<{ status: 'seated' | 'waitlisted'; waitlistPosition: number | null }>`
    select status, "waitlistPosition" from destalk_seat_newcomer(${newId()}, ${cohortId}, ${userId}, ${audience}, ${now})`.execute(platform.db);
  const row = result.rows[0];
  if (!row) throw new AppError('not_found');
  return { status: row.status, waitlistPosition: row.waitlistPosition === null ? null : Number(row.waitlistPosition) };
}
