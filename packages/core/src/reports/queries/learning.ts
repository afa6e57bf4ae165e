import { sql } from 'kysely';
import type { Platform } from '../../platform.ts';
import { periodOf, type ReportFilters } from '../schema.ts';
import { type OrgFilter, organisationConditions } from './scope-filter.ts';

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
  const people = platform.db
    .selectFrom('enrolments as e')
    .innerJoin('cohorts as c', 'c.id', 'e.cohortId')
    .innerJoin('memberships as m', 'm.userId', 'e.userId')
    .innerJoin('organisations as o', 'o.id', 'm.organisationId')
    .where('e.seatedAt', '>=', start)
    .where('e.seatedAt', '<=', end)
    .where((eb) => organisationConditions(eb, f));
  const [enrolled, attempts] = await Promise.all([
    people
      .select(['c.courseId', sql<number>`count(distinct e.id)`.as('began'), sql<number>`count(distinct case when e."completedAt" is not null then e.id end)`.as('completed')])
      .groupBy('c.courseId')
      .execute(),
    people
      .innerJoin('quiz_attempts as qa', 'qa.enrolmentId', 'e.id')
      .select(['c.courseId', sql<number>`count(distinct qa.id)`.as('attempts'), sql<number>`count(distinct case when qa.passed = 1 then qa.id end)`.as('passed')])
      .groupBy('c.courseId')
      .execute(),
  ]);
  const courseIds = enrolled.map((r) => r.courseId);
  // The newest version's title names the course.
  const versions = courseIds.length
    ? await platform.db.selectFrom('course_versions as v').innerJoin('courses', 'courses.id', 'v.courseId').select(['courses.id', 'v.title', 'courses.defaultLocale']).where('courses.id', 'in', courseIds).orderBy('v.number', 'desc').execute()
    : [];
  const titles = versions.filter((v, i) => versions.findIndex((x) => x.id === v.id) === i);
  const byCourse = new Map(attempts.map((a) => [a.courseId, a]));
  return enrolled.map((r) => {
    const t = titles.find((x) => x.id === r.courseId);
    return {
      courseId: r.courseId,
      title: t ? (JSON.parse(t.title) as Record<string, string>) : {},
      defaultLocale: t?.defaultLocale ?? 'en',
      began: Number(r.began),
      completed: Number(r.completed),
      attempts: Number(byCourse.get(r.courseId)?.attempts ?? 0),
      passed: Number(byCourse.get(r.courseId)?.passed ?? 0),
    };
  });
}

/** Mean self-rated knowledge and confidence (1–5) at enrolment, completion and after a year, with how many rated. */
export async function selfAssessmentMeans(platform: Db, f: Filter) {
  const { start, end } = periodOf(f);
  const rows = await platform.db
    .selectFrom('self_assessments as sa')
    .innerJoin('enrolments as e', 'e.id', 'sa.enrolmentId')
    .where('sa.submittedAt', '>=', start)
    .where('sa.submittedAt', '<=', end)
    .where((eb) => eb.exists(eb.selectFrom('memberships as m').innerJoin('organisations as o', 'o.id', 'm.organisationId').select('m.id').whereRef('m.userId', '=', 'e.userId').where((eb2) => organisationConditions(eb2, f))))
    .select(['sa.moment', sql<number>`avg(sa."knowledgeScore")`.as('knowledge'), sql<number>`avg(sa."confidenceScore")`.as('confidence'), sql<number>`count(distinct e."userId")`.as('n')])
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
  const row = await platform.db
    .selectFrom('certificates as ce')
    .where('ce.revokedAt', 'is', null)
    .where('ce.issuedAt', '<=', end)
    .where((eb) => eb.exists(eb.selectFrom('memberships as m').innerJoin('organisations as o', 'o.id', 'm.organisationId').select('m.id').whereRef('m.userId', '=', 'ce.userId').where((eb2) => organisationConditions(eb2, f))))
    .select([
      sql<number>`count(distinct case when ce."expiresAt" > ${soon} then ce."userId" end)`.as('valid'),
      sql<number>`count(distinct case when ce."expiresAt" > ${end} and ce."expiresAt" <= ${soon} then ce."userId" end)`.as('expiring'),
      sql<number>`count(distinct case when ce."expiresAt" <= ${end} then ce."userId" end)`.as('expired'),
    ])
    .executeTakeFirst();
  return { valid: Number(row?.valid ?? 0), expiring: Number(row?.expiring ?? 0), expired: Number(row?.expired ?? 0) };
}
