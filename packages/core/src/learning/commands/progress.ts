import type { Actor } from '../../accounts/actor.ts';
import { awardOnCompletion } from '../../certificates/commands/award.ts';
import { syncPathwaysOfUser } from '../../pathways/commands/progress.ts';
import { AppError } from '../../errors.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Platform } from '../../platform.ts';
import { inBranch } from '../completion.ts';
import { requireSeat } from '../enrolment-access.ts';
import { itemsByKey } from '../item-store.ts';
import { type FeedbackView, feedbackFor } from '../present-item.ts';
import { courseOutline } from '../queries/course-outline.ts';
import { questionsOf } from '../scoring.ts';
import { AUDIENCES, type Audience, type LearnerAudience } from '../schema.ts';
import { fieldError } from '../../validation.ts';
import { z } from 'zod';

/**
 * Marks the enrolment complete once the completion rule holds (all required lessons of the branch,
 * every graded quiz passed). Idempotent; returns whether the course is now complete.
 */
export async function settleCompletion(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor, cohortId: string): Promise<boolean> {
  const outline = await courseOutline(platform, actor, cohortId, 'en');
  if (!outline.complete || outline.status === 'completed') return outline.complete;
  const enrolment = await platform.db.selectFrom('enrolments').select('id').where('cohortId', '=', cohortId).where('userId', '=', actor.userId).executeTakeFirstOrThrow();
  // Only the request that moves the enrolment to completed awards the certificate.
  const moved = await platform.db
    .updateTable('enrolments')
    .set({ status: 'completed', completedAt: platform.clock.now().toISOString() })
    .where('id', '=', enrolment.id)
    .where('status', '=', 'seated')
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) === 1) {
    await awardOnCompletion(platform, enrolment.id);
    // A completed course may be a step of the learner's pathways.
    await syncPathwaysOfUser(platform, actor.userId);
  }
  return true;
}

export async function completeLesson(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor, cohortId: string, lessonKey: string): Promise<{ courseComplete: boolean }> {
  const seat = await requireSeat(platform, actor, cohortId);
  const lesson = await platform.db
    .selectFrom('course_lessons')
    .innerJoin('course_modules', 'course_modules.id', 'course_lessons.moduleId')
    .select(['course_lessons.id', 'course_lessons.audience', 'course_modules.audience as moduleAudience'])
    .where('course_lessons.versionId', '=', seat.versionId)
    .where('course_lessons.key', '=', lessonKey)
    .executeTakeFirst();
  if (!lesson || !inBranch(lesson.moduleAudience as Audience, seat.audience) || !inBranch(lesson.audience as Audience, seat.audience)) throw new AppError('not_found');
  await platform.db
    .insertInto('lesson_completions')
    .values({ enrolmentId: seat.enrolmentId, lessonId: lesson.id, completedAt: platform.clock.now().toISOString() })
    .onConflict((oc) => oc.columns(['enrolmentId', 'lessonId']).doNothing())
    .execute();
  await platform.db.updateTable('enrolments').set({ lastActiveAt: platform.clock.now().toISOString() }).where('id', '=', seat.enrolmentId).execute();
  return { courseComplete: await settleCompletion(platform, actor, cohortId) };
}

/** A knowledge check inside a lesson: ungraded, nothing stored, feedback on every option. */
export async function checkKnowledge(platform: Pick<Platform, 'db'>, actor: Actor, cohortId: string, lessonKey: string, answers: Record<string, string[]>, locale: Locale): Promise<FeedbackView[]> {
  const seat = await requireSeat(platform, actor, cohortId);
  const lesson = await platform.db.selectFrom('course_lessons').select('knowledgeCheck').where('versionId', '=', seat.versionId).where('key', '=', lessonKey).executeTakeFirst();
  if (!lesson) throw new AppError('not_found');
  const items = await itemsByKey(platform, seat.versionId, JSON.parse(lesson.knowledgeCheck) as string[]);
  return questionsOf(items).map((q) => feedbackFor(q, answers[q.key] ?? [], locale, seat.defaultLocale));
}

const learnerAudience = z.enum(AUDIENCES.filter((a): a is LearnerAudience => a !== 'all') as [LearnerAudience, ...LearnerAudience[]]);

/**
 * The learner picks another track (their organisation's sector gave the first). Lessons done stay
 * done; the completion rule is checked again for the new track.
 */
export async function setLearnerAudience(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor, cohortId: string, audience: unknown): Promise<{ courseComplete: boolean }> {
  const seat = await requireSeat(platform, actor, cohortId);
  const parsed = learnerAudience.safeParse(audience);
  if (!parsed.success) throw fieldError('audience', 'validation:invalidInput');
  await platform.db.updateTable('enrolments').set({ audience: parsed.data }).where('id', '=', seat.enrolmentId).execute();
  return { courseComplete: await settleCompletion(platform, actor, cohortId) };
}
