import type { Actor } from '../accounts/actor.ts';
import { AppError } from '../errors.ts';
import type { Platform } from '../platform.ts';
import { authorizeCohort } from './policies.ts';

/**
 * The cohort a facilitator works on, after the check: its trainers and coordinators, its named
 * facilitators, platform admins. Outsiders get `not_found`.
 */
export async function facilitatedCohort(platform: Pick<Platform, 'db'>, actor: Actor, cohortId: string) {
  const cohort = await platform.db
    .selectFrom('cohorts')
    .innerJoin('course_versions', 'course_versions.id', 'cohorts.versionId')
    .innerJoin('courses', 'courses.id', 'cohorts.courseId')
    .select([
      'cohorts.id',
      'cohorts.title',
      'cohorts.organisationId',
      'cohorts.versionId',
      'cohorts.seatCap',
      'cohorts.startsAt',
      'cohorts.endsAt',
      'cohorts.enrolmentMode',
      'course_versions.title as courseTitle',
      'courses.defaultLocale',
    ])
    .where('cohorts.id', '=', cohortId)
    .executeTakeFirst();
  if (!cohort) throw new AppError('not_found');
  const facilitatorIds = (await platform.db.selectFrom('cohort_facilitators').select('userId').where('cohortId', '=', cohortId).execute()).map((f) => f.userId);
  authorizeCohort(actor, 'cohort.facilitate', { organisationId: cohort.organisationId, facilitatorIds });
  return cohort;
}
