import { sql } from '@destalk/db';
import type { Actor } from '../../accounts/actor.ts';
import { AppError } from '../../errors.ts';
import type { Sector } from '../../organisations/schema.ts';
import type { Platform } from '../../platform.ts';
import { fieldError } from '../../validation.ts';
import { authorizeCohort } from '../policies.ts';
import { audienceOfSector } from '../schema.ts';
import { seatNewcomerInOneCall } from '../seat-newcomer-pg.ts';
import { eligibleAmong, lockCohort, notifyPromoted, promote, seatOrWaitlist } from '../seating.ts';

export interface EnrolmentResult {
  status: 'seated' | 'waitlisted' | 'completed';
  waitlistPosition: number | null;
}


/**
 * Joins a cohort: a seat while there is one, otherwise the end of the waitlist. Asking again
 * returns the current place; someone who withdrew may join again (at the back of the queue).
 */
export async function enrolInCohort(platform: Platform, actor: Actor, cohortId: string): Promise<EnrolmentResult> {
  // One round trip: the cohort, the person's enrolment in it (if any) and their organisations
  // (one row each), which decide eligibility.
  const ids = actor.memberships.map((m) => m.organisationId);
  const rows = await platform.db
    .selectFrom('cohorts')
    .leftJoin('enrolments', (join) => join.onRef('enrolments.cohortId', '=', 'cohorts.id').on('enrolments.userId', '=', actor.userId))
    .leftJoin('organisations', (join) => (ids.length ? join.on('organisations.id', 'in', ids) : join.on(sql<boolean>`false`)))
    .select([
      'cohorts.organisationId',
      'cohorts.regionId',
      'cohorts.eligibility',
      'cohorts.enrolmentMode',
      'cohorts.enrolmentOpensAt',
      'cohorts.enrolmentClosesAt',
      'enrolments.status',
      'enrolments.waitlistPosition',
      'organisations.id as candidateId',
      'organisations.sector as candidateSector',
      'organisations.countryCode as candidateCountry',
      'organisations.regionId as candidateRegionId',
    ])
    .where('cohorts.id', '=', cohortId)
    .execute();
  const cohort = rows[0];
  if (!cohort) throw new AppError('not_found');
  const candidates = rows.flatMap((r) => (r.candidateId && r.candidateSector && r.candidateCountry ? [{ id: r.candidateId, sector: r.candidateSector, countryCode: r.candidateCountry, regionId: r.candidateRegionId }] : []));
  const membership = eligibleAmong(candidates, cohort);
  if (!membership) throw cohort.organisationId && !actor.memberships.some((m) => m.organisationId === cohort.organisationId) ? new AppError('not_found') : fieldError('_form', 'validation:notEligible');
  if (cohort.enrolmentMode !== 'self') throw fieldError('_form', 'validation:invitationOnly');
  const now = platform.clock.now().toISOString();
  if (now < cohort.enrolmentOpensAt || now > cohort.enrolmentClosesAt) throw fieldError('_form', 'validation:enrolmentClosed');
  const audience = audienceOfSector(membership.sector as Sector);
  // Asking again answers from the enrolment itself, without waiting for the cohort's lock.
  const existing = cohort.status === null ? undefined : { status: cohort.status, waitlistPosition: cohort.waitlistPosition };
  if (existing && ['seated', 'waitlisted', 'completed'].includes(existing.status)) return { status: existing.status as EnrolmentResult['status'], waitlistPosition: existing.waitlistPosition };

  try {
    // PostgreSQL, first enrolment: decided inside the database in one call (migration 0009).
    if (platform.dialect === 'postgres' && !existing) return await seatNewcomerInOneCall(platform, cohortId, actor.userId, audience, now);
    return await platform.db.transaction().execute(async (trx) => {
      const locked = await lockCohort(trx, platform.dialect, cohortId);
      const { status, waitlistPosition } = await seatOrWaitlist(trx, locked, actor.userId, audience, now);
      return { status, waitlistPosition };
    });
  } catch (error) {
    // The same person's two requests raced (a double click): the unique constraint kept one row.
    const kept = await platform.db.selectFrom('enrolments').select(['status', 'waitlistPosition']).where('cohortId', '=', cohortId).where('userId', '=', actor.userId).executeTakeFirst();
    if (kept && ['seated', 'waitlisted', 'completed'].includes(kept.status)) return { status: kept.status as EnrolmentResult['status'], waitlistPosition: kept.waitlistPosition };
    throw error;
  }
}

/** Leaves a cohort or its waitlist; a freed seat goes to the first person waiting, who is e-mailed. */
export async function withdrawFromCohort(platform: Platform, actor: Actor, cohortId: string): Promise<void> {
  const promoted = await platform.db.transaction().execute(async (trx) => {
    const cohort = await lockCohort(trx, platform.dialect, cohortId);
    const enrolment = await trx.selectFrom('enrolments').select(['id', 'status']).where('cohortId', '=', cohortId).where('userId', '=', actor.userId).executeTakeFirst();
    if (!enrolment || !['seated', 'waitlisted'].includes(enrolment.status)) throw new AppError('not_found');
    const now = platform.clock.now().toISOString();
    await trx.updateTable('enrolments').set({ status: 'withdrawn', leftAt: now, waitlistPosition: null }).where('id', '=', enrolment.id).execute();
    return enrolment.status === 'seated' ? promote(trx, cohortId, cohort.seatCap, now) : [];
  });
  await notifyPromoted(platform, cohortId, promoted);
}

/** A new seat cap; raising it seats people from the waitlist at once. */
export async function setSeatCap(platform: Platform, actor: Actor, cohortId: string, seatCap: number): Promise<{ promoted: number }> {
  if (!Number.isInteger(seatCap) || seatCap < 1) throw fieldError('seatCap', 'validation:invalidInput');
  const promoted = await platform.db.transaction().execute(async (trx) => {
    const cohort = await lockCohort(trx, platform.dialect, cohortId);
    authorizeCohort(actor, 'cohort.manage', { organisationId: cohort.organisationId });
    await trx.updateTable('cohorts').set({ seatCap, updatedAt: platform.clock.now().toISOString() }).where('id', '=', cohortId).execute();
    return promote(trx, cohortId, seatCap, platform.clock.now().toISOString());
  });
  await notifyPromoted(platform, cohortId, promoted);
  return { promoted: promoted.length };
}
