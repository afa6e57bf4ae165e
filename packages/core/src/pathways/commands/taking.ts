import { type Actor, roleIn } from '../../accounts/actor.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { Platform } from '../../platform.ts';
import { fieldError, parseInput } from '../../validation.ts';
import { authorizePathway } from '../policies.ts';
import { reflectionInput, reviewInput } from '../schema.ts';
import { recordStep, syncPathwayEnrolment } from './progress.ts';

type Db = Pick<Platform, 'db' | 'clock' | 'audit'>;

/**
 * Enrols the actor in a published pathway, with one of their organisations (whose trainers then
 * review and confirm their steps). Enrolling twice returns the first enrolment.
 */
export async function enrolInPathway(platform: Db, actor: Actor, pathwayId: string, organisationId?: string): Promise<{ enrolmentId: string }> {
  authorizePathway(actor, 'pathway.take');
  const pathway = await platform.db.selectFrom('pathways').select(['id', 'status']).where('id', '=', pathwayId).executeTakeFirst();
  if (!pathway || pathway.status !== 'published') throw new AppError('not_found');
  const orgId = organisationId ?? actor.memberships[0]?.organisationId ?? null;
  if (orgId && !roleIn(actor, orgId)) throw fieldError('organisationId', 'validation:invalidInput');
  const id = newId();
  await platform.db
    .insertInto('pathway_enrolments')
    .values({ id, pathwayId, userId: actor.userId, organisationId: orgId, enrolledAt: platform.clock.now().toISOString(), completedAt: null })
    .onConflict((oc) => oc.columns(['pathwayId', 'userId']).doNothing())
    .execute();
  const row = await platform.db.selectFrom('pathway_enrolments').select('id').where('pathwayId', '=', pathwayId).where('userId', '=', actor.userId).executeTakeFirstOrThrow();
  await syncPathwayEnrolment(platform, row.id);
  return { enrolmentId: row.id };
}

/** The actor's own enrolment in the pathway of a step, and the step (anyone else's: `not_found`). */
async function ownStep(platform: Pick<Platform, 'db'>, actor: Actor, stepId: string, kind: string) {
  const row = await platform.db
    .selectFrom('pathway_steps')
    .innerJoin('pathway_enrolments', 'pathway_enrolments.pathwayId', 'pathway_steps.pathwayId')
    .select(['pathway_steps.id as stepId', 'pathway_steps.kind', 'pathway_enrolments.id as enrolmentId', 'pathway_enrolments.organisationId'])
    .where('pathway_steps.id', '=', stepId)
    .where('pathway_enrolments.userId', '=', actor.userId)
    .executeTakeFirst();
  if (!row || row.kind !== kind) throw new AppError('not_found');
  return row;
}

export async function markReadingDone(platform: Db, actor: Actor, stepId: string): Promise<void> {
  authorizePathway(actor, 'pathway.take');
  const row = await ownStep(platform, actor, stepId, 'reading');
  await recordStep(platform, row.enrolmentId, stepId, 'learner', actor.userId, platform.clock.now().toISOString());
  await syncPathwayEnrolment(platform, row.enrolmentId);
}

/**
 * Submits (or, after it was returned, resubmits) a reflection for review. An accepted reflection
 * is final; a pending one can be revised until a trainer reviews it.
 */
export async function submitReflection(platform: Db, actor: Actor, stepId: string, input: unknown): Promise<void> {
  authorizePathway(actor, 'pathway.take');
  const data = parseInput(reflectionInput, input);
  const row = await ownStep(platform, actor, stepId, 'reflection');
  const now = platform.clock.now().toISOString();
  await platform.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('pathway_reflections').select(['id', 'status']).where('enrolmentId', '=', row.enrolmentId).where('stepId', '=', stepId).executeTakeFirst();
    if (existing?.status === 'accepted') throw new AppError('conflict', 'this reflection was accepted');
    if (existing) {
      await trx.updateTable('pathway_reflections').set({ answer: data.answer, status: 'submitted', submittedAt: now }).where('id', '=', existing.id).execute();
    } else {
      await trx
        .insertInto('pathway_reflections')
        .values({ id: newId(), enrolmentId: row.enrolmentId, stepId, answer: data.answer, status: 'submitted', feedback: null, submittedAt: now, reviewedAt: null, reviewerUserId: null })
        .execute();
    }
  });
}

/** A reflection as its reviewer may see it — only trainers and coordinators of the learner's organisation. */
export async function reflectionForReviewer(platform: Pick<Platform, 'db'>, actor: Actor, reflectionId: string) {
  const row = await platform.db
    .selectFrom('pathway_reflections')
    .innerJoin('pathway_enrolments', 'pathway_enrolments.id', 'pathway_reflections.enrolmentId')
    .select(['pathway_reflections.id', 'pathway_reflections.status', 'pathway_reflections.enrolmentId', 'pathway_reflections.stepId', 'pathway_enrolments.organisationId', 'pathway_enrolments.userId'])
    .where('pathway_reflections.id', '=', reflectionId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  authorizePathway(actor, 'pathway.facilitate', { organisationId: row.organisationId });
  return row;
}

/** Accepts a reflection (the step is done) or returns it with feedback. */
export async function reviewReflection(platform: Db, actor: Actor, reflectionId: string, input: unknown, requestId?: string): Promise<{ completed: boolean }> {
  const row = await reflectionForReviewer(platform, actor, reflectionId);
  if (row.userId === actor.userId) throw new AppError('forbidden', 'nobody reviews their own reflection');
  const data = parseInput(reviewInput, input);
  if (row.status !== 'submitted') throw new AppError('conflict', 'this reflection is not waiting for review');
  const now = platform.clock.now().toISOString();
  await platform.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('pathway_reflections')
      .set({ status: data.decision === 'accept' ? 'accepted' : 'returned', feedback: data.feedback || null, reviewedAt: now, reviewerUserId: actor.userId })
      .where('id', '=', reflectionId)
      .where('status', '=', 'submitted')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new AppError('conflict', 'reviewed meanwhile');
    if (data.decision === 'accept') await recordStep({ db: trx }, row.enrolmentId, row.stepId, 'reviewer', actor.userId, now);
    await platform.audit.record({ event: `pathway.reflection_${data.decision === 'accept' ? 'accepted' : 'returned'}`, actorUserId: actor.userId, organisationId: row.organisationId, subjectType: 'reflection', subjectId: reflectionId, requestId: requestId ?? null }, trx);
  });
  return syncPathwayEnrolment(platform, row.enrolmentId);
}

/**
 * Confirms that a participant attended a live session (by a facilitator of their organisation).
 * The events capability will call `recordStep` with source `event` for registered attendance.
 */
export async function confirmLiveSession(platform: Db, actor: Actor, enrolmentId: string, stepId: string, requestId?: string): Promise<{ completed: boolean }> {
  const row = await platform.db
    .selectFrom('pathway_enrolments')
    .innerJoin('pathway_steps', 'pathway_steps.pathwayId', 'pathway_enrolments.pathwayId')
    .select(['pathway_enrolments.organisationId', 'pathway_enrolments.userId', 'pathway_steps.kind'])
    .where('pathway_enrolments.id', '=', enrolmentId)
    .where('pathway_steps.id', '=', stepId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  authorizePathway(actor, 'pathway.facilitate', { organisationId: row.organisationId });
  if (row.kind !== 'live_session') throw new AppError('not_found');
  if (row.userId === actor.userId) throw new AppError('forbidden', 'nobody confirms their own attendance');
  await recordStep(platform, enrolmentId, stepId, 'facilitator', actor.userId, platform.clock.now().toISOString());
  await platform.audit.record({ event: 'pathway.attendance_confirmed', actorUserId: actor.userId, organisationId: row.organisationId, subjectType: 'pathway_enrolment', subjectId: enrolmentId, requestId: requestId ?? null });
  return syncPathwayEnrolment(platform, enrolmentId);
}
