import type { Actor } from '../accounts/actor.ts';
import { AppError } from '../errors.ts';
import type { Platform } from '../platform.ts';
import type { LearnerAudience } from './schema.ts';

export interface LearnerContext {
  enrolmentId: string;
  status: 'seated' | 'completed';
  audience: LearnerAudience;
  cohortId: string;
  cohortTitle: string;
  versionId: string;
  courseId: string;
  /** The course whose certificate completing this one earns or renews. */
  certificateCourseId: string;
  defaultLocale: string;
  locales: string[];
  courseTitle: string;
  lastLessonId: string | null;
  lastActiveAt: string | null;
  completedAt: string | null;
}

/**
 * The actor's seat in a cohort, which opens its content. Someone without an enrolment gets
 * `not_found` (the cohort's content is not public); someone still waiting gets `forbidden`.
 */
export async function requireSeat(platform: Pick<Platform, 'db'>, actor: Actor, cohortId: string): Promise<LearnerContext> {
  const row = await platform.db
    .selectFrom('enrolments')
    .innerJoin('cohorts', 'cohorts.id', 'enrolments.cohortId')
    .innerJoin('course_versions', 'course_versions.id', 'cohorts.versionId')
    .innerJoin('courses', 'courses.id', 'cohorts.courseId')
    .select([
      'enrolments.id as enrolmentId',
      'enrolments.status',
      'enrolments.audience',
      'enrolments.lastLessonId',
      'enrolments.lastActiveAt',
      'enrolments.completedAt',
      'cohorts.id as cohortId',
      'cohorts.title as cohortTitle',
      'cohorts.versionId',
      'cohorts.courseId',
      'courses.defaultLocale',
      'courses.refresherOfCourseId',
      'course_versions.locales',
      'course_versions.title as courseTitle',
    ])
    .where('enrolments.cohortId', '=', cohortId)
    .where('enrolments.userId', '=', actor.userId)
    .executeTakeFirst();
  if (!row || row.status === 'withdrawn' || row.status === 'removed') throw new AppError('not_found');
  if (row.status === 'waitlisted') throw new AppError('forbidden', 'waiting for a seat');
  const { refresherOfCourseId, ...rest } = row;
  return { ...rest, certificateCourseId: refresherOfCourseId ?? row.courseId, status: row.status as LearnerContext['status'], audience: row.audience as LearnerAudience, locales: JSON.parse(row.locales) as string[] };
}
