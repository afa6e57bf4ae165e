import { addMonths } from '../../clock.ts';
import { newCertificateCode } from '../../certificates/code.ts';
import { newId } from '../../ids.ts';
import type { Platform } from '../../platform.ts';

type Db = Pick<Platform, 'db' | 'clock'>;

/**
 * Brings one pathway enrolment up to date: course steps are done once the learner has completed
 * any cohort of the course, tool-practice steps once they have passed any practice case of the
 * tool (before or after enrolling — practice counts whenever it happened). Readings, reflections
 * and live sessions are recorded by their own commands. When every step is done the enrolment is
 * completed and the pathway certificate issued — by exactly one caller, whoever gets there first.
 */
export async function syncPathwayEnrolment(platform: Db, enrolmentId: string): Promise<{ completed: boolean; certificateId?: string }> {
  const enrolment = await platform.db.selectFrom('pathway_enrolments').select(['id', 'pathwayId', 'userId', 'organisationId', 'completedAt']).where('id', '=', enrolmentId).executeTakeFirstOrThrow();
  const steps = await platform.db.selectFrom('pathway_steps').select(['id', 'kind', 'courseId', 'toolSlug', 'eventId']).where('pathwayId', '=', enrolment.pathwayId).execute();
  const records = new Set((await platform.db.selectFrom('pathway_step_records').select('stepId').where('enrolmentId', '=', enrolmentId).execute()).map((r) => r.stepId));
  const now = platform.clock.now().toISOString();

  const courseSteps = steps.filter((s) => s.kind === 'course' && s.courseId && !records.has(s.id));
  if (courseSteps.length) {
    const completed = new Set(
      (
        await platform.db
          .selectFrom('enrolments')
          .innerJoin('cohorts', 'cohorts.id', 'enrolments.cohortId')
          .select('cohorts.courseId')
          .where('enrolments.userId', '=', enrolment.userId)
          .where('enrolments.status', '=', 'completed')
          .where('cohorts.courseId', 'in', courseSteps.map((s) => s.courseId!))
          .execute()
      ).map((r) => r.courseId),
    );
    for (const step of courseSteps.filter((s) => completed.has(s.courseId!))) await recordStep(platform, enrolmentId, step.id, 'course', null, now);
  }
  const toolSteps = steps.filter((s) => s.kind === 'tool_practice' && s.toolSlug && !records.has(s.id));
  if (toolSteps.length) {
    const practised = new Set(
      (await platform.db.selectFrom('tool_practice_results').select('toolSlug').where('userId', '=', enrolment.userId).where('toolSlug', 'in', toolSteps.map((s) => s.toolSlug!)).execute()).map((r) => r.toolSlug),
    );
    for (const step of toolSteps.filter((s) => practised.has(s.toolSlug!))) await recordStep(platform, enrolmentId, step.id, 'practice', null, now);
  }

  const eventSteps = steps.filter((s) => s.kind === 'live_session' && s.eventId && !records.has(s.id));
  if (eventSteps.length) {
    const user = await platform.db.selectFrom('users').select('email').where('id', '=', enrolment.userId).executeTakeFirstOrThrow();
    const attended = new Set(
      (
        await platform.db
          .selectFrom('event_registrations')
          .select('eventId')
          .where('email', '=', user.email.toLowerCase())
          .where('attendedAt', 'is not', null)
          .where('eventId', 'in', eventSteps.map((s) => s.eventId!))
          .execute()
      ).map((r) => r.eventId),
    );
    for (const step of eventSteps.filter((s) => attended.has(s.eventId!))) await recordStep(platform, enrolmentId, step.id, 'event', null, now);
  }

  if (enrolment.completedAt) return { completed: true };
  const done = await platform.db.selectFrom('pathway_step_records').select(({ fn }) => fn.countAll<number>().as('n')).where('enrolmentId', '=', enrolmentId).executeTakeFirstOrThrow();
  if (!steps.length || Number(done.n) < steps.length) return { completed: false };
  return platform.db.transaction().execute(async (trx) => {
    const moved = await trx.updateTable('pathway_enrolments').set({ completedAt: now }).where('id', '=', enrolmentId).where('completedAt', 'is', null).executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) return { completed: true };
    const pathway = await trx.selectFrom('pathways').select('certificateValidityMonths').where('id', '=', enrolment.pathwayId).executeTakeFirstOrThrow();
    const user = await trx.selectFrom('users').select(['name', 'locale']).where('id', '=', enrolment.userId).executeTakeFirstOrThrow();
    const certificateId = newId();
    await trx
      .insertInto('pathway_certificates')
      .values({
        id: certificateId,
        code: newCertificateCode(),
        userId: enrolment.userId,
        pathwayId: enrolment.pathwayId,
        enrolmentId,
        organisationId: enrolment.organisationId,
        holderName: user.name,
        locale: user.locale ?? 'en',
        issuedAt: now,
        expiresAt: addMonths(now, pathway.certificateValidityMonths).toISOString(),
        revokedAt: null,
      })
      .execute();
    return { completed: true, certificateId };
  });
}

/** Records a step as done (idempotent: the first record stands). */
export async function recordStep(platform: Pick<Platform, 'db'>, enrolmentId: string, stepId: string, source: string, confirmedByUserId: string | null, at: string): Promise<void> {
  await platform.db
    .insertInto('pathway_step_records')
    .values({ enrolmentId, stepId, completedAt: at, source, confirmedByUserId })
    .onConflict((oc) => oc.columns(['enrolmentId', 'stepId']).doNothing())
    .execute();
}

/** Attendance recorded at an event: the pathways of the account with that e-mail address, if any. */
export async function syncPathwaysOfEmail(platform: Db, email: string | null): Promise<void> {
  if (!email) return;
  const user = await platform.db.selectFrom('users').select('id').where('email', '=', email.toLowerCase()).executeTakeFirst();
  if (user) await syncPathwaysOfUser(platform, user.id);
}

/** After a course completion or a passed practice case: every open pathway enrolment of the person. */
export async function syncPathwaysOfUser(platform: Db, userId: string): Promise<void> {
  const open = await platform.db.selectFrom('pathway_enrolments').select('id').where('userId', '=', userId).where('completedAt', 'is', null).execute();
  for (const { id } of open) await syncPathwayEnrolment(platform, id);
}
