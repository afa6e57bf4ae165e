import { toNumber } from '@destalk/db';
import type { Actor } from '../../accounts/actor.ts';
import { AppError } from '../../errors.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Platform } from '../../platform.ts';
import { pickLocale } from '../localize.ts';
import { authorizeCohort } from '../policies.ts';

export interface CohortListItem {
  id: string;
  title: string;
  courseTitle: string;
  startsAt: string;
  endsAt: string;
  enrolmentOpensAt: string;
  enrolmentClosesAt: string;
  seatCap: number;
  seated: number;
  waitlisted: number;
}

/** The cohorts of an organisation, for its trainers and coordinators. */
export async function listCohorts(
  platform: Pick<Platform, 'db'>,
  actor: Actor,
  organisationId: string,
  locale: Locale,
): Promise<{ organisation: { id: string; name: string }; cohorts: CohortListItem[] }> {
  authorizeCohort(actor, 'cohort.manage', { organisationId });
  const organisation = await platform.db.selectFrom('organisations').select(['id', 'name']).where('id', '=', organisationId).executeTakeFirst();
  if (!organisation) throw new AppError('not_found');
  const cohorts = await platform.db
    .selectFrom('cohorts')
    .innerJoin('course_versions', 'course_versions.id', 'cohorts.versionId')
    .innerJoin('courses', 'courses.id', 'cohorts.courseId')
    .select(['cohorts.id', 'cohorts.title', 'cohorts.startsAt', 'cohorts.endsAt', 'cohorts.enrolmentOpensAt', 'cohorts.enrolmentClosesAt', 'cohorts.seatCap', 'course_versions.title as courseTitle', 'courses.defaultLocale'])
    .where('cohorts.organisationId', '=', organisationId)
    .orderBy('cohorts.startsAt', 'desc')
    .execute();
  const counts = cohorts.length
    ? await platform.db
        .selectFrom('enrolments')
        .select(['cohortId', 'status', (eb) => eb.fn.countAll<number>().as('n')])
        .where('cohortId', 'in', cohorts.map((c) => c.id))
        .groupBy(['cohortId', 'status'])
        .execute()
    : [];
  const count = (id: string, statuses: string[]) => counts.filter((c) => c.cohortId === id && statuses.includes(c.status)).reduce((n, c) => n + toNumber(c.n), 0);
  const items = cohorts.map((c) => ({
    id: c.id,
    title: c.title,
    courseTitle: pickLocale(c.courseTitle, locale, c.defaultLocale).text,
    startsAt: c.startsAt,
    endsAt: c.endsAt,
    enrolmentOpensAt: c.enrolmentOpensAt,
    enrolmentClosesAt: c.enrolmentClosesAt,
    seatCap: c.seatCap,
    seated: count(c.id, ['seated', 'completed']),
    waitlisted: count(c.id, ['waitlisted']),
  }));
  return { organisation, cohorts: items };
}

/** Courses with a published version, to start a cohort from. */
export async function publishedCourses(platform: Pick<Platform, 'db'>, locale: Locale): Promise<Array<{ slug: string; title: string }>> {
  const rows = await platform.db
    .selectFrom('courses')
    .innerJoin('course_versions', 'course_versions.courseId', 'courses.id')
    .select(['courses.slug', 'courses.defaultLocale', 'course_versions.title', 'course_versions.number'])
    .where('course_versions.status', '=', 'published')
    .where('courses.archivedAt', 'is', null)
    .orderBy('course_versions.number', 'desc')
    .execute();
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) if (!latest.has(row.slug)) latest.set(row.slug, row);
  return [...latest.values()].map((r) => ({ slug: r.slug, title: pickLocale(r.title, locale, r.defaultLocale).text })).sort((a, b) => a.title.localeCompare(b.title));
}
