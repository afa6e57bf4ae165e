import type { Actor } from '../accounts/actor.ts';
import { enqueueEmail } from '../email/send-email.ts';
import { AppError } from '../errors.ts';
import { isLocale } from '../i18n/locales.ts';
import { newId } from '../ids.ts';
import type { Sector } from '../organisations/schema.ts';
import type { Platform } from '../platform.ts';
import type { Eligibility } from './cohort-schema.ts';

type Db = Platform['db'];

const HOLDS_A_SEAT = ['seated', 'completed'];

/**
 * Locks the cohort for the rest of the transaction. On PostgreSQL concurrent enrolments wait here
 * one after another; SQLite runs one write transaction at a time anyway. This is what makes the
 * seat cap hold under hundreds of simultaneous requests.
 */
export async function lockCohort(trx: Db, dialect: Platform['dialect'], cohortId: string) {
  const query = trx
    .selectFrom('cohorts')
    .select(['id', 'seatCap', 'nextWaitlistPosition', 'enrolmentMode', 'enrolmentOpensAt', 'enrolmentClosesAt', 'eligibility', 'organisationId', 'regionId', 'title', 'versionId'])
    .where('id', '=', cohortId);
  const cohort = await (dialect === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
  if (!cohort) throw new AppError('not_found');
  return cohort;
}

export async function seatsTaken(trx: Db, cohortId: string): Promise<number> {
  const row = await trx.selectFrom('enrolments').select((eb) => eb.fn.countAll<number>().as('n')).where('cohortId', '=', cohortId).where('status', 'in', HOLDS_A_SEAT).executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface CandidateOrganisation {
  id: string;
  sector: string;
  countryCode: string;
  regionId: string | null;
}

/** The actor's organisation through which they may join this cohort (its sector sets the audience). */
export async function eligibleMembership(platform: Pick<Platform, 'db'>, actor: Pick<Actor, 'memberships'> | { memberships: Array<{ organisationId: string }> }, cohort: { organisationId: string | null; regionId: string | null; eligibility: string }) {
  const ids = actor.memberships.map((m) => m.organisationId);
  if (ids.length === 0) return undefined;
  const organisations = await platform.db.selectFrom('organisations').select(['id', 'sector', 'countryCode', 'regionId']).where('id', 'in', ids).execute();
  return eligibleAmong(organisations, cohort);
}

/** The same decision over organisations already read (the enrolment reads them with the cohort). */
export function eligibleAmong<T extends CandidateOrganisation>(organisations: T[], cohort: { organisationId: string | null; regionId: string | null; eligibility: string }): T | undefined {
  const rules = JSON.parse(cohort.eligibility) as Eligibility;
  const inScope = (o: CandidateOrganisation) =>
    cohort.organisationId
      ? o.id === cohort.organisationId || rules.organisationIds.includes(o.id)
      : (!cohort.regionId || o.regionId === cohort.regionId) && (rules.organisationIds.length === 0 || rules.organisationIds.includes(o.id));
  return organisations.find(
    (o) =>
      inScope(o) &&
      (rules.sectors.length === 0 || rules.sectors.includes(o.sector as Sector)) &&
      (rules.countries.length === 0 || (rules.countries as string[]).includes(o.countryCode)),
  );
}

/**
 * Fills free seats from the head of the waitlist, inside the caller's transaction; returns who got
 * a seat so they can be told once the transaction has committed.
 */
export async function promote(trx: Db, cohortId: string, seatCap: number, now: string): Promise<string[]> {
  const free = seatCap - (await seatsTaken(trx, cohortId));
  if (free <= 0) return [];
  const next = await trx
    .selectFrom('enrolments')
    .select(['id', 'userId'])
    .where('cohortId', '=', cohortId)
    .where('status', '=', 'waitlisted')
    .orderBy('waitlistPosition')
    .limit(free)
    .execute();
  for (const e of next) await trx.updateTable('enrolments').set({ status: 'seated', seatedAt: now, waitlistPosition: null }).where('id', '=', e.id).execute();
  return next.map((e) => e.userId);
}

export async function notifyPromoted(platform: Platform, cohortId: string, userIds: string[]) {
  if (userIds.length === 0) return;
  const cohort = await platform.db
    .selectFrom('cohorts')
    .innerJoin('course_versions', 'course_versions.id', 'cohorts.versionId')
    .innerJoin('courses', 'courses.id', 'cohorts.courseId')
    .select(['cohorts.title', 'course_versions.title as courseTitle', 'courses.defaultLocale'])
    .where('cohorts.id', '=', cohortId)
    .executeTakeFirstOrThrow();
  const users = await platform.db.selectFrom('users').select(['email', 'locale']).where('id', 'in', userIds).execute();
  const titles = JSON.parse(cohort.courseTitle) as Record<string, string>;
  for (const user of users) {
    const locale = isLocale(user.locale) ? user.locale : 'en';
    await enqueueEmail(platform.jobs, {
      to: user.email,
      locale,
      template: 'seatConfirmed',
      params: { courseTitle: titles[locale] ?? titles[cohort.defaultLocale] ?? '', cohortTitle: cohort.title, url: `${platform.config.publicUrl}/learn/cohorts/${cohortId}` },
    });
  }
}


/**
 * Gives a person a seat while there is one, otherwise the next waitlist place; inside the caller's
 * transaction, after `lockCohort`. Someone already seated or waiting keeps their place.
 */
export async function seatOrWaitlist(
  trx: Db,
  cohort: { id: string; seatCap: number; nextWaitlistPosition: number },
  userId: string,
  audience: string,
  now: string,
): Promise<{ status: 'seated' | 'waitlisted' | 'completed'; waitlistPosition: number | null; changed: boolean }> {
  const existing = await trx.selectFrom('enrolments').select(['id', 'status', 'waitlistPosition']).where('cohortId', '=', cohort.id).where('userId', '=', userId).executeTakeFirst();
  if (existing && ['seated', 'waitlisted', 'completed'].includes(existing.status)) {
    return { status: existing.status as 'seated' | 'waitlisted' | 'completed', waitlistPosition: existing.waitlistPosition, changed: false };
  }
  const seated = (await seatsTaken(trx, cohort.id)) < cohort.seatCap;
  const waitlistPosition = seated ? null : cohort.nextWaitlistPosition;
  if (!seated) await trx.updateTable('cohorts').set({ nextWaitlistPosition: cohort.nextWaitlistPosition + 1 }).where('id', '=', cohort.id).execute();
  const values = { status: seated ? 'seated' : 'waitlisted', waitlistPosition, audience, requestedAt: now, seatedAt: seated ? now : null, leftAt: null, completedAt: null };
  if (existing) await trx.updateTable('enrolments').set(values).where('id', '=', existing.id).execute();
  else await trx.insertInto('enrolments').values({ id: newId(), cohortId: cohort.id, userId, ...values }).execute();
  return { status: seated ? 'seated' : 'waitlisted', waitlistPosition, changed: true };
}
