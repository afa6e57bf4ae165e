import { sql } from 'kysely';
import type { Platform } from '../../platform.ts';
import { periodOf, type ReportFilters } from '../schema.ts';
import { type OrgFilter, organisationConditions, personCovered } from './scope-filter.ts';

type Db = Pick<Platform, 'db'>;
type Filter = OrgFilter & Pick<ReportFilters, 'from' | 'to'>;

/**
 * Cohorts of the covered organisations running in the period: seats, seats taken (seated or
 * completed) and the waitlist now. Regional cohorts (no organisation) count in a region's report.
 */
export async function cohortFill(platform: Db, f: Filter) {
  const { start, end } = periodOf(f);
  return platform.db
    .selectFrom('cohorts as c')
    .leftJoin('organisations as o', 'o.id', 'c.organisationId')
    .leftJoin('enrolments as e', 'e.cohortId', 'c.id')
    .select([
      'c.id',
      'c.title',
      'c.seatCap',
      sql<number>`count(case when e.status in ('seated', 'completed') then 1 end)`.as('taken'),
      sql<number>`count(case when e.status = 'waitlisted' then 1 end)`.as('waitlist'),
    ])
    .where('c.startsAt', '<=', end)
    .where('c.endsAt', '>=', start)
    .where((eb) =>
      f.scope.kind === 'region' && !f.organisationId && !f.sector && !f.country
        ? eb.or([eb('c.regionId', '=', f.scope.id), organisationConditions(eb, f)])
        : eb.and([eb('c.organisationId', 'is not', null), organisationConditions(eb, f)]),
    )
    .groupBy(['c.id', 'c.title', 'c.seatCap', 'c.startsAt'])
    .orderBy('c.startsAt')
    .execute()
    .then((rows) => rows.map((r) => ({ ...r, taken: Number(r.taken), waitlist: Number(r.waitlist) })));
}

/**
 * Per course, the practitioners of the covered organisations who took a seat in the period, how
 * many of them completed, and their graded quiz attempts and passes.
 */
export async function courseOutcomes(platform: Db, f: Filter) {
  const { start, end } = periodOf(f);
  const [enrolled, attempts] = await Promise.all([
    platform.db
      .selectFrom('enrolments as e')
      .innerJoin('cohorts as c', 'c.id', 'e.cohortId')
      .where('e.seatedAt', '>=', start)
      .where('e.seatedAt', '<=', end)
      .where((eb) => personCovered(eb, f, 'e.userId'))
      .select(['c.courseId', sql<number>`count(*)`.as('began'), sql<number>`count(e."completedAt")`.as('completed')])
      .groupBy('c.courseId')
      .execute(),
    platform.db
      .selectFrom('quiz_attempts as qa')
      .innerJoin('enrolments as e', 'e.id', 'qa.enrolmentId')
      .innerJoin('cohorts as c', 'c.id', 'e.cohortId')
      .where('e.seatedAt', '>=', start)
      .where('e.seatedAt', '<=', end)
      .where((eb) => personCovered(eb, f, 'e.userId'))
      .select(['c.courseId', sql<number>`count(*)`.as('attempts'), sql<number>`sum(qa.passed)`.as('passed')])
      .groupBy('c.courseId')
      .execute(),
  ]);
  const courseIds = enrolled.map((r) => r.courseId);
  // The newest version's title names the course.
  const versions = courseIds.length
    ? await platform.db.selectFrom('course_versions as v').innerJoin('courses', 'courses.id', 'v.courseId').select(['courses.id', 'v.title', 'courses.defaultLocale']).where('courses.id', 'in', courseIds).orderBy('v.number', 'desc').execute()
    : [];
  return enrolled.map((r) => {
    const t = versions.find((x) => x.id === r.courseId);
    const a = attempts.find((x) => x.courseId === r.courseId);
    return {
      courseId: r.courseId,
      title: t ? (JSON.parse(t.title) as Record<string, string>) : {},
      defaultLocale: t?.defaultLocale ?? 'en',
      began: Number(r.began),
      completed: Number(r.completed),
      attempts: Number(a?.attempts ?? 0),
      passed: Number(a?.passed ?? 0),
    };
  });
}

/** Mean self-rated knowledge and confidence (1–5) at enrolment, completion and after a year, with how many self-ratings were given. */
export async function selfAssessmentMeans(platform: Db, f: Filter) {
  const { start, end } = periodOf(f);
  const rows = await platform.db
    .selectFrom('self_assessments as sa')
    .innerJoin('enrolments as e', 'e.id', 'sa.enrolmentId')
    .where('sa.submittedAt', '>=', start)
    .where('sa.submittedAt', '<=', end)
    .where((eb) => personCovered(eb, f, 'e.userId'))
    .select(['sa.moment', sql<number>`avg(sa."knowledgeScore")`.as('knowledge'), sql<number>`avg(sa."confidenceScore")`.as('confidence'), sql<number>`count(*)`.as('n')])
    .groupBy('sa.moment')
    .execute();
  return rows.map((r) => ({ moment: r.moment, knowledge: r.knowledge === null ? null : Number(r.knowledge), confidence: r.confidence === null ? null : Number(r.confidence), n: Number(r.n) }));
}

/**
 * Refresher compliance on the period's last day: certificates of practitioners of the covered
 * organisations that are valid, valid but expiring within 60 days, or expired (never revoked ones).
 */
export async function certificateStates(platform: Db, f: Filter) {
  const { end } = periodOf(f);
  const soon = new Date(new Date(end).getTime() + 60 * 86_400_000).toISOString();
  // Each practitioner counts once, by their best certificate: the latest expiry.
  const best = platform.db
    .selectFrom('certificates as ce')
    .where('ce.revokedAt', 'is', null)
    .where('ce.issuedAt', '<=', end)
    .where((eb) => personCovered(eb, f, 'ce.userId'))
    .select(['ce.userId', sql<string>`max(ce."expiresAt")`.as('expiresAt')])
    .groupBy('ce.userId');
  const row = await platform.db
    .selectFrom(best.as('b'))
    .select([
      sql<number>`count(case when b."expiresAt" > ${soon} then 1 end)`.as('valid'),
      sql<number>`count(case when b."expiresAt" > ${end} and b."expiresAt" <= ${soon} then 1 end)`.as('expiring'),
      sql<number>`count(case when b."expiresAt" <= ${end} then 1 end)`.as('expired'),
    ])
    .executeTakeFirst();
  return { valid: Number(row?.valid ?? 0), expiring: Number(row?.expiring ?? 0), expired: Number(row?.expired ?? 0) };
}
