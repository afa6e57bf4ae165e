import type { Actor } from '../../accounts/actor.ts';
import { AppError, type FieldErrors } from '../../errors.ts';
import type { Locale } from '../../i18n/locales.ts';
import { newId } from '../../ids.ts';
import type { Platform } from '../../platform.ts';
import { fieldError } from '../../validation.ts';
import { requireSeat } from '../enrolment-access.ts';
import { itemsByKey } from '../item-store.ts';
import { pickLocale } from '../localize.ts';
import { type FeedbackView, feedbackFor, type ItemView, presentItem } from '../present-item.ts';
import { questionsOf, scoreAttempt, shuffled, unanswered } from '../scoring.ts';
import { settleCompletion } from './progress.ts';

async function quizOf(platform: Pick<Platform, 'db'>, versionId: string, quizKey: string) {
  const quiz = await platform.db.selectFrom('quizzes').selectAll().where('versionId', '=', versionId).where('key', '=', quizKey).executeTakeFirst();
  if (!quiz) throw new AppError('not_found');
  return quiz;
}

export interface QuizView {
  cohortId: string;
  key: string;
  title: string;
  passMark: number;
  attemptNumber: number;
  attemptsLeft: number;
  passed: boolean;
  items: ItemView[];
  attempts: Array<{ id: string; number: number; score: number; passed: boolean; submittedAt: string }>;
}

/** The quiz for the learner's next attempt: items in this attempt's (stable) shuffled order. */
export async function quizView(platform: Pick<Platform, 'db'>, actor: Actor, cohortId: string, quizKey: string, locale: Locale): Promise<QuizView> {
  const seat = await requireSeat(platform, actor, cohortId);
  const quiz = await quizOf(platform, seat.versionId, quizKey);
  const attempts = await platform.db.selectFrom('quiz_attempts').select(['id', 'number', 'score', 'passed', 'submittedAt']).where('enrolmentId', '=', seat.enrolmentId).where('quizId', '=', quiz.id).orderBy('number').execute();
  const attemptNumber = attempts.length + 1;
  const keys = JSON.parse(quiz.itemKeys) as string[];
  const order = quiz.shuffle === 1 ? shuffled(keys, `${seat.enrolmentId}:${quiz.id}:${attemptNumber}`) : keys;
  const items = await itemsByKey(platform, seat.versionId, order);
  return {
    cohortId,
    key: quiz.key,
    title: pickLocale(quiz.title, locale, seat.defaultLocale).text,
    passMark: quiz.passMark,
    attemptNumber,
    attemptsLeft: Math.max(0, quiz.attemptLimit - attempts.length),
    passed: attempts.some((a) => a.passed === 1),
    items: items.map((i) => presentItem(i, locale, seat.defaultLocale)),
    attempts: attempts.map((a) => ({ ...a, passed: a.passed === 1 })),
  };
}

/**
 * Records and scores one attempt. Refused once the attempt limit is used up, and after a pass (the
 * learner keeps the passing result). The attempt number is unique per learner and quiz, so a double
 * submission cannot use two attempts.
 */
export async function submitQuizAttempt(
  platform: Pick<Platform, 'db' | 'clock'>,
  actor: Actor,
  cohortId: string,
  quizKey: string,
  answers: Record<string, string[]>,
  expectedAttempt: number,
): Promise<{ attemptId: string; score: number; passed: boolean; courseComplete: boolean }> {
  const seat = await requireSeat(platform, actor, cohortId);
  const quiz = await quizOf(platform, seat.versionId, quizKey);
  const previous = await platform.db.selectFrom('quiz_attempts').select(['number', 'passed']).where('enrolmentId', '=', seat.enrolmentId).where('quizId', '=', quiz.id).execute();
  if (previous.some((a) => a.passed === 1)) throw fieldError('_form', 'validation:quizAlreadyPassed');
  if (previous.length >= quiz.attemptLimit) throw fieldError('_form', 'validation:noAttemptsLeft');
  if (expectedAttempt !== previous.length + 1) throw new AppError('conflict', 'this attempt was already submitted');
  const keys = JSON.parse(quiz.itemKeys) as string[];
  const order = quiz.shuffle === 1 ? shuffled(keys, `${seat.enrolmentId}:${quiz.id}:${expectedAttempt}`) : keys;
  const items = await itemsByKey(platform, seat.versionId, order);
  const missing = unanswered(items, answers);
  if (missing.length) {
    const fields: FieldErrors = Object.fromEntries(missing.map((key) => [`answer-${key}`, [{ key: 'validation:answerRequired' }]]));
    throw new AppError('validation_failed', 'unanswered questions', { fields });
  }
  const scored = scoreAttempt(items, answers, quiz.passMark);
  const attemptId = newId();
  try {
    await platform.db
      .insertInto('quiz_attempts')
      .values({
        id: attemptId,
        enrolmentId: seat.enrolmentId,
        quizId: quiz.id,
        number: expectedAttempt,
        itemOrder: JSON.stringify(order),
        answers: JSON.stringify(Object.fromEntries(scored.results.map((r) => [r.key, r.chosen]))),
        score: scored.score,
        passed: scored.passed ? 1 : 0,
        submittedAt: platform.clock.now().toISOString(),
      })
      .execute();
  } catch (error) {
    // The unique (enrolment, quiz, number) constraint: the same attempt sent twice.
    throw new AppError('conflict', 'this attempt was already submitted', { cause: error });
  }
  await platform.db.updateTable('enrolments').set({ lastActiveAt: platform.clock.now().toISOString() }).where('id', '=', seat.enrolmentId).execute();
  const courseComplete = scored.passed ? await settleCompletion(platform, actor, cohortId) : false;
  return { attemptId, score: scored.score, passed: scored.passed, courseComplete };
}

export interface AttemptReview {
  quizKey: string;
  title: string;
  number: number;
  score: number;
  passed: boolean;
  passMark: number;
  items: Array<{ key: string; vignette: string | null; questions: Array<FeedbackView & { stem: string }> }>;
}

/** The review page of one attempt: every question, the learner's choice, the right one, and why. */
export async function attemptReview(platform: Pick<Platform, 'db'>, actor: Actor, cohortId: string, attemptId: string, locale: Locale): Promise<AttemptReview> {
  const seat = await requireSeat(platform, actor, cohortId);
  const attempt = await platform.db
    .selectFrom('quiz_attempts')
    .innerJoin('quizzes', 'quizzes.id', 'quiz_attempts.quizId')
    .select(['quiz_attempts.number', 'quiz_attempts.score', 'quiz_attempts.passed', 'quiz_attempts.itemOrder', 'quiz_attempts.answers', 'quizzes.key', 'quizzes.title', 'quizzes.passMark'])
    .where('quiz_attempts.id', '=', attemptId)
    .where('quiz_attempts.enrolmentId', '=', seat.enrolmentId)
    .executeTakeFirst();
  if (!attempt) throw new AppError('not_found');
  const answers = JSON.parse(attempt.answers) as Record<string, string[]>;
  const items = await itemsByKey(platform, seat.versionId, JSON.parse(attempt.itemOrder) as string[]);
  const text = (map: Record<string, string | undefined>) => pickLocale(map as Record<string, string>, locale, seat.defaultLocale).text;
  return {
    quizKey: attempt.key,
    title: text(JSON.parse(attempt.title)),
    number: attempt.number,
    score: attempt.score,
    passed: attempt.passed === 1,
    passMark: attempt.passMark,
    items: items.map((item) => ({
      key: item.key,
      vignette: item.type === 'scenario' ? text(item.vignette) : null,
      questions: questionsOf([item]).map((q) => ({ ...feedbackFor(q, answers[q.key] ?? [], locale, seat.defaultLocale), stem: text(q.stem) })),
    })),
  };
}
