import type { Actor } from '../../accounts/actor.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { Platform } from '../../platform.ts';
import { fieldError, parseInput } from '../../validation.ts';
import { cohortInput } from '../cohort-schema.ts';
import { authorizeCohort } from '../policies.ts';

/** A run of the latest published version of a course, for one organisation (or, by admins, for all). */
export async function createCohort(platform: Platform, actor: Actor, input: unknown): Promise<{ id: string; versionId: string }> {
  const data = parseInput(cohortInput, input);
  authorizeCohort(actor, 'cohort.manage', { organisationId: data.organisationId });
  if (!data.organisationId && !actor.isPlatformAdmin) throw new AppError('forbidden');
  const course = await platform.db.selectFrom('courses').select('id').where('slug', '=', data.courseSlug).where('archivedAt', 'is', null).executeTakeFirst();
  if (!course) throw fieldError('courseSlug', 'validation:invalidInput');
  const version = await platform.db
    .selectFrom('course_versions')
    .select('id')
    .where('courseId', '=', course.id)
    .where('status', '=', 'published')
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!version) throw fieldError('courseSlug', 'validation:invalidInput');
  const regionId = data.organisationId
    ? ((await platform.db.selectFrom('organisations').select('regionId').where('id', '=', data.organisationId).executeTakeFirst())?.regionId ?? null)
    : null;
  const id = newId();
  const now = platform.clock.now().toISOString();
  await platform.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('cohorts')
      .values({
        id,
        courseId: course.id,
        versionId: version.id,
        organisationId: data.organisationId,
        regionId,
        title: data.title,
        startsAt: data.startsAt,
        endsAt: data.endsAt,
        enrolmentOpensAt: data.enrolmentOpensAt,
        enrolmentClosesAt: data.enrolmentClosesAt,
        seatCap: data.seatCap,
        enrolmentMode: data.enrolmentMode,
        eligibility: JSON.stringify(data.eligibility),
        nextWaitlistPosition: 1,
        createdByUserId: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    for (const userId of new Set(data.facilitatorIds)) await trx.insertInto('cohort_facilitators').values({ cohortId: id, userId }).execute();
  });
  return { id, versionId: version.id };
}
