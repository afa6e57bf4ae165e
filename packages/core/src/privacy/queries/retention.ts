import { toNumber } from '@destalk/db';
import type { Platform } from '../../platform.ts';
import { type RetentionPeriod, retentionPeriods } from '../retention-periods.ts';

/**
 * The retention periods in force: the configured ones, and for event registrations the periods the
 * events whose registrations are not yet erased have set. Shown to everyone on their data page and
 * to admins beside the request log (no authorisation needed: it names no one).
 */
export async function retentionInForce(platform: Pick<Platform, 'db' | 'config'>): Promise<RetentionPeriod[]> {
  const row = await platform.db
    .selectFrom('events')
    .select((eb) => [eb.fn.min('erasureDays').as('min'), eb.fn.max('erasureDays').as('max'), eb.fn.countAll<number>().as('events')])
    .where('erasedAt', 'is', null)
    .executeTakeFirstOrThrow();
  const events = toNumber(row.events);
  return retentionPeriods(platform.config, events ? { min: toNumber(row.min), max: toNumber(row.max), events } : null);
}
