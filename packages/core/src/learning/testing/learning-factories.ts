import type { Actor } from '../../accounts/actor.ts';
import { newId } from '../../ids.ts';
import type { MemberRole } from '../../organisations/schema.ts';
import type { Platform } from '../../platform.ts';
import { createCohort } from '../commands/create-cohort.ts';
import { importCoursePackage } from '../commands/import-course-package.ts';
import { completeLesson } from '../commands/progress.ts';
import { submitQuizAttempt } from '../commands/quiz-attempt.ts';
import type { CohortInput } from '../cohort-schema.ts';
import { samplePackage } from './sample-package.ts';

const DAY = 86_400_000;

/** A published sample course and a cohort of it, open for enrolment now. */
export async function openCohort(platform: Platform, admin: Actor, overrides: Partial<CohortInput> = {}) {
  const slug = overrides.courseSlug ?? 'sample-course';
  const exists = await platform.db.selectFrom('courses').select('id').where('slug', '=', slug).executeTakeFirst();
  if (!exists) await importCoursePackage(platform, samplePackage({ slug }), { publish: true });
  const now = platform.clock.now().getTime();
  const iso = (offsetDays: number) => new Date(now + offsetDays * DAY).toISOString();
  return createCohort(platform, admin, {
    courseSlug: slug,
    title: 'Spring cohort',
    startsAt: iso(1),
    endsAt: iso(60),
    enrolmentOpensAt: iso(-1),
    enrolmentClosesAt: iso(30),
    seatCap: 20,
    ...overrides,
  });
}

/**
 * Many learners at once, written directly (no password hashing) for load tests; returns actors
 * as `loadActor` would build them.
 */
export async function bulkLearners(platform: Platform, organisation: { id: string; name: string; regionId: string }, count: number, role: MemberRole = 'learner'): Promise<Actor[]> {
  const now = platform.clock.now().toISOString();
  const authNow = platform.dialect === 'postgres' ? new Date(now) : now;
  const bool = (v: boolean) => (platform.dialect === 'postgres' ? v : Number(v));
  const actors: Actor[] = [];
  for (let i = 0; i < count; i++) {
    const userId = newId();
    const email = `learner-${userId}@example.org`;
    await platform.db.insertInto('users').values({ id: userId, name: `Learner ${i}`, email, emailVerified: bool(true), twoFactorEnabled: bool(false), isPlatformAdmin: bool(false), locale: null, createdAt: authNow, updatedAt: authNow }).execute();
    const membershipId = newId();
    await platform.db.insertInto('memberships').values({ id: membershipId, userId, organisationId: organisation.id, role, createdAt: now, updatedAt: now }).execute();
    actors.push({
      userId,
      sessionId: `session-${userId}`,
      name: `Learner ${i}`,
      email,
      locale: null,
      isPlatformAdmin: false,
      twoFactorEnabled: false,
      memberships: [{ membershipId, organisationId: organisation.id, organisationName: organisation.name, regionId: organisation.regionId, role }],
    });
  }
  return actors;
}

/** Takes a seated victim-support learner of the sample course through every required step. */
export async function completeSampleCourse(platform: Platform, learner: Actor, cohortId: string): Promise<void> {
  for (const key of ['overview', 'support-intake', 'safety-first']) await completeLesson(platform, learner, cohortId, key);
  await submitQuizAttempt(platform, learner, cohortId, 'quiz-forms', { 'q-single': ['b'], 'q-multiple': ['a', 'b'], 'q-scenario-1': ['a'] }, 1);
  const final = await submitQuizAttempt(platform, learner, cohortId, 'final', { 'q-true-false': ['f'] }, 1);
  if (!final.courseComplete) throw new Error('the sample course should be complete');
}
