import type { Actor } from '../../accounts/actor.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Platform } from '../../platform.ts';
import { pickLocale } from '../localize.ts';

export interface LearnerCohort {
  cohortId: string;
  courseId: string;
  /** Set on a refresher: the main course whose certificate it renews. */
  refresherOfCourseId: string | null;
  cohortTitle: string;
  courseTitle: string;
  courseSummary: string;
  startsAt: string;
  endsAt: string;
  enrolmentClosesAt: string;
  seatsLeft: number;
  status: 'seated' | 'waitlisted' | 'completed' | null;
  waitlistPosition: number | null;
}

/**
 * The /learn page: cohorts the actor is in (any state but left), and cohorts of their
 * organisations and regions open for self-enrolment now.
 */
export async function learnerCourses(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor, locale: Locale): Promise<{ mine: LearnerCohort[]; open: LearnerCohort[] }> {
  const now = platform.clock.now().toISOString();
  const organisationIds = actor.memberships.map((m) => m.organisationId);
  const regionIds = [...new Set(actor.memberships.map((m) => m.regionId))];
  const rows = await platform.db
    .selectFrom('cohorts')
    .innerJoin('course_versions', 'course_versions.id', 'cohorts.versionId')
    .innerJoin('courses', 'courses.id', 'cohorts.courseId')
    .leftJoin('enrolments', (join) => join.onRef('enrolments.cohortId', '=', 'cohorts.id').on('enrolments.userId', '=', actor.userId))
    .select([
      'cohorts.id as cohortId',
      'cohorts.title as cohortTitle',
      'cohorts.organisationId',
      'cohorts.regionId',
      'cohorts.startsAt',
      'cohorts.endsAt',
      'cohorts.enrolmentOpensAt',
      'cohorts.enrolmentClosesAt',
      'cohorts.enrolmentMode',
      'cohorts.seatCap',
      'course_versions.title as courseTitle',
      'course_versions.summary as courseSummary',
      'courses.defaultLocale',
      'courses.id as courseId',
      'courses.refresherOfCourseId',
      'enrolments.status',
      'enrolments.waitlistPosition',
    ])
    .where((eb) =>
      eb.or([
        eb('enrolments.status', 'in', ['seated', 'waitlisted', 'completed']),
        eb.and([
          eb('cohorts.enrolmentMode', '=', 'self'),
          eb('cohorts.enrolmentOpensAt', '<=', now),
          eb('cohorts.enrolmentClosesAt', '>=', now),
          organisationIds.length ? eb.or([eb('cohorts.organisationId', 'in', organisationIds), eb.and([eb('cohorts.organisationId', 'is', null), regionIds.length ? eb('cohorts.regionId', 'in', regionIds) : eb.val(false), ])]) : eb.val(false),
        ]),
      ]),
    )
    .orderBy('cohorts.startsAt')
    .execute();
  const seated = rows.length
    ? await platform.db
        .selectFrom('enrolments')
        .select(['cohortId', (eb) => eb.fn.countAll<number>().as('n')])
        .where('cohortId', 'in', rows.map((r) => r.cohortId))
        .where('status', 'in', ['seated', 'completed'])
        .groupBy('cohortId')
        .execute()
    : [];
  const taken = new Map(seated.map((s) => [s.cohortId, Number(s.n)]));
  const view = (r: (typeof rows)[number]): LearnerCohort => ({
    cohortId: r.cohortId,
    courseId: r.courseId,
    refresherOfCourseId: r.refresherOfCourseId,
    cohortTitle: r.cohortTitle,
    courseTitle: pickLocale(r.courseTitle, locale, r.defaultLocale).text,
    courseSummary: pickLocale(r.courseSummary, locale, r.defaultLocale).text,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    enrolmentClosesAt: r.enrolmentClosesAt,
    seatsLeft: Math.max(0, r.seatCap - (taken.get(r.cohortId) ?? 0)),
    status: (r.status as LearnerCohort['status']) && ['seated', 'waitlisted', 'completed'].includes(r.status!) ? (r.status as LearnerCohort['status']) : null,
    waitlistPosition: r.waitlistPosition,
  });
  const all = rows.map(view);
  return { mine: all.filter((c) => c.status !== null), open: all.filter((c) => c.status === null) };
}
