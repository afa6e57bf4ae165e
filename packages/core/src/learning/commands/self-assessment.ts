import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { addMonths } from '../../clock.ts';
import { AppError, type FieldErrors } from '../../errors.ts';
import type { Locale } from '../../i18n/locales.ts';
import { newId } from '../../ids.ts';
import type { Platform } from '../../platform.ts';
import { requireSeat } from '../enrolment-access.ts';
import { pickLocale } from '../localize.ts';
import { selfAssessmentSchema } from '../schema.ts';

/** When a learner rates themselves: before the course, on completion, and a year after. */
export const ASSESSMENT_MOMENTS = ['pre', 'post', 'follow_up'] as const;
export type AssessmentMoment = (typeof ASSESSMENT_MOMENTS)[number];
export const LIKERT = [1, 2, 3, 4, 5] as const;
const FOLLOW_UP_MONTHS = 12;

export interface SelfAssessmentView {
  /** The moment now due, or null when nothing is asked of the learner. */
  due: AssessmentMoment | null;
  statements: Array<{ key: string; dimension: 'knowledge' | 'confidence'; text: string }>;
}

async function statementsOf(platform: Pick<Platform, 'db'>, versionId: string) {
  const row = await platform.db.selectFrom('course_versions').select('selfAssessment').where('id', '=', versionId).executeTakeFirstOrThrow();
  return selfAssessmentSchema.parse(JSON.parse(row.selfAssessment)).statements;
}

/**
 * Which self-assessment is due: `pre` until the course is complete (a learner who skipped it at the
 * start is not asked afterwards), `post` once complete, `follow_up` from twelve months after completion (a missed `post` is then
 * not asked any more).
 */
export function dueMoment(input: { completedAt: string | null; done: ReadonlySet<string>; now: Date }): AssessmentMoment | null {
  if (!input.completedAt) return input.done.has('pre') ? null : 'pre';
  if (addMonths(input.completedAt, FOLLOW_UP_MONTHS) <= input.now) return input.done.has('follow_up') ? null : 'follow_up';
  return input.done.has('post') ? null : 'post';
}

export async function selfAssessmentView(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor, cohortId: string, locale: Locale): Promise<SelfAssessmentView> {
  const seat = await requireSeat(platform, actor, cohortId);
  const statements = await statementsOf(platform, seat.versionId);
  if (statements.length === 0) return { due: null, statements: [] };
  const done = new Set((await platform.db.selectFrom('self_assessments').select('moment').where('enrolmentId', '=', seat.enrolmentId).execute()).map((r) => r.moment));
  return {
    due: dueMoment({ completedAt: seat.completedAt, done, now: platform.clock.now() }),
    statements: statements.map((s) => ({ key: s.key, dimension: s.dimension, text: pickLocale(s.text as Record<string, string>, locale, seat.defaultLocale).text })),
  };
}

const rating = z.coerce.number().int().min(1).max(5);

/**
 * Stores one self-assessment: every statement rated 1–5, once per moment (a second submission is
 * a conflict, not an overwrite, so the before/after comparison stays honest).
 */
export async function submitSelfAssessment(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor, cohortId: string, moment: string, ratings: Record<string, unknown>): Promise<void> {
  const seat = await requireSeat(platform, actor, cohortId);
  const statements = await statementsOf(platform, seat.versionId);
  const done = new Set((await platform.db.selectFrom('self_assessments').select('moment').where('enrolmentId', '=', seat.enrolmentId).execute()).map((r) => r.moment));
  const due = dueMoment({ completedAt: seat.completedAt, done, now: platform.clock.now() });
  if (due === null || due !== moment) throw new AppError('conflict', 'this self-assessment is not due');
  const answers: Record<string, number> = {};
  const fields: FieldErrors = {};
  for (const s of statements) {
    const parsed = rating.safeParse(ratings[s.key]);
    if (parsed.success) answers[s.key] = parsed.data;
    else fields[`rating-${s.key}`] = [{ key: 'validation:answerRequired' }];
  }
  if (Object.keys(fields).length) throw new AppError('validation_failed', 'unrated statements', { fields });
  const mean = (dimension: 'knowledge' | 'confidence') => {
    const values = statements.filter((s) => s.dimension === dimension).map((s) => answers[s.key]!);
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
  };
  try {
    await platform.db
      .insertInto('self_assessments')
      .values({ id: newId(), enrolmentId: seat.enrolmentId, moment, answers: JSON.stringify(answers), submittedAt: platform.clock.now().toISOString(), knowledgeScore: mean('knowledge'), confidenceScore: mean('confidence') })
      .execute();
  } catch (error) {
    throw new AppError('conflict', 'this self-assessment was already submitted', { cause: error });
  }
}
