import { testDialects } from '@destalk/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../clock.ts';
import { createOrganisation, elevatedActor } from '../testing/factories.ts';
import { createTestPlatform, type TestPlatform } from '../testing/test-platform.ts';
import { enrolInCohort } from './commands/enrolment.ts';
import { checkKnowledge, completeLesson } from './commands/progress.ts';
import { attemptReview, quizView, submitQuizAttempt } from './commands/quiz-attempt.ts';
import { courseOutline } from './queries/course-outline.ts';
import { learnerCourses } from './queries/learner-courses.ts';
import { lessonView } from './queries/lesson.ts';
import { bulkLearners, openCohort } from './testing/learning-factories.ts';
import { errorOf } from '../testing/app-error.ts';

describe.each(testDialects())('learning progress on %s', (dialect) => {
  let platform: TestPlatform;
  beforeEach(async () => {
    platform = await createTestPlatform(dialect, { clock: new ManualClock(new Date()) });
  });
  afterEach(async () => {
    await platform.destroy();
  });

  async function seated(sector: 'womens_support_service' | 'perpetrator_programme' = 'womens_support_service') {
    const organisation = await createOrganisation(platform, { sector });
    const admin = (await elevatedActor(platform, { admin: true })).actor;
    const cohort = await openCohort(platform, admin, { organisationId: organisation.id, seatCap: 5 });
    const [learner, outsider] = await bulkLearners(platform, organisation, 2);
    await enrolInCohort(platform, learner!, cohort.id);
    return { cohort, learner: learner!, outsider: outsider!, organisation };
  }

  it('shows each learner their branch, and completes after the required lessons and passed quizzes', async () => {
    const { cohort, learner } = await seated();
    const outline = await courseOutline(platform, learner, cohort.id, 'it');
    expect(outline.courseTitle).toBe('Riconoscere la violenza facilitata dalla tecnologia');
    expect(outline.modules.map((m) => [m.key, m.lessons.map((l) => l.key)])).toEqual([
      ['forms', ['overview', 'support-intake', 'optional-reading']],
      ['responding', ['safety-first']],
    ]);
    expect(outline.fallback).toBe(true); // some titles exist only in English
    expect(outline).toMatchObject({ percent: 0, complete: false, nextLessonKey: 'overview' });

    const lesson = await lessonView(platform, learner, cohort.id, 'overview', 'it');
    expect(lesson).toMatchObject({ title: 'Panoramica', lang: 'it', fallback: false, previousKey: null, nextKey: 'support-intake' });
    expect(lesson.html).toContain('<h2>Panoramica</h2>');
    expect(lesson.knowledgeCheck[0]?.questions[0]?.options.map((o) => o.key)).toEqual(['t', 'f']);
    expect(JSON.stringify(lesson.knowledgeCheck)).not.toContain('correct');
    expect((await errorOf(lessonView(platform, learner, cohort.id, 'perp-naming', 'en'))).code).toBe('not_found');

    const feedback = await checkKnowledge(platform, learner, cohort.id, 'overview', { 'kc-1': ['t'] }, 'en');
    expect(feedback[0]).toMatchObject({ correct: false, options: [{ key: 't', chosen: true, correct: false }, { key: 'f', chosen: false, correct: true, feedback: 'Stalkerware hides itself.' }] });

    // The next step follows the course's order: modules first, then lessons within them.
    await completeLesson(platform, learner, cohort.id, 'overview');
    expect((await courseOutline(platform, learner, cohort.id, 'en')).nextLessonKey).toBe('support-intake');
    for (const key of ['support-intake', 'safety-first']) await completeLesson(platform, learner, cohort.id, key);
    expect((await courseOutline(platform, learner, cohort.id, 'en')).resumeLessonKey).toBe('overview');
    expect((await courseOutline(platform, learner, cohort.id, 'en'))).toMatchObject({ percent: 60, complete: false, nextLessonKey: null });

    // Module quiz (no shuffle): fail, then pass; the final quiz completes the course.
    const quiz = await quizView(platform, learner, cohort.id, 'quiz-forms', 'en');
    expect(quiz).toMatchObject({ attemptNumber: 1, attemptsLeft: 2, passMark: 60 });
    expect(quiz.items.map((i) => i.key)).toEqual(['q-single', 'q-multiple', 'q-scenario']);
    const failed = await submitQuizAttempt(platform, learner, cohort.id, 'quiz-forms', { 'q-single': ['a'], 'q-multiple': ['a'], 'q-scenario-1': ['a'] }, 1);
    expect(failed).toMatchObject({ score: 33, passed: false, courseComplete: false });
    expect((await errorOf(submitQuizAttempt(platform, learner, cohort.id, 'quiz-forms', {}, 1))).code).toBe('conflict');
    const review = await attemptReview(platform, learner, cohort.id, failed.attemptId, 'en');
    expect(review.items[2]).toMatchObject({ vignette: 'Ana says her partner knows where she has been.', questions: [{ key: 'q-scenario-1', correct: true }] });
    expect(review.items[0]!.questions[0]!.options[0]).toMatchObject({ chosen: true, correct: false, feedback: 'This may alert the abuser.' });
    const passed = await submitQuizAttempt(platform, learner, cohort.id, 'quiz-forms', { 'q-single': ['b'], 'q-multiple': ['a', 'b'], 'q-scenario-1': ['a'] }, 2);
    expect(passed).toMatchObject({ score: 100, passed: true, courseComplete: false });
    expect((await errorOf(submitQuizAttempt(platform, learner, cohort.id, 'quiz-forms', {}, 3))).fields).toEqual({ _form: [{ key: 'validation:quizAlreadyPassed' }] });
    const final = await submitQuizAttempt(platform, learner, cohort.id, 'final', { 'q-true-false': ['f'] }, 1);
    expect(final).toMatchObject({ passed: true, courseComplete: true });
    const done = await courseOutline(platform, learner, cohort.id, 'en');
    expect(done).toMatchObject({ status: 'completed', complete: true, percent: 100 });
    expect((await learnerCourses(platform, learner, 'en')).mine.map((c) => c.status)).toEqual(['completed']);
  });

  it('stops at the attempt limit', async () => {
    const { cohort, learner } = await seated();
    const wrong = { 'q-single': ['a'], 'q-multiple': ['a'], 'q-scenario-1': ['b'] };
    // A half-answered form is returned, not scored: it does not use an attempt.
    expect((await errorOf(submitQuizAttempt(platform, learner, cohort.id, 'quiz-forms', { 'q-single': ['a', 'b'], 'q-multiple': ['a'] }, 1))).fields).toEqual({
      'answer-q-single': [{ key: 'validation:answerRequired' }],
      'answer-q-scenario-1': [{ key: 'validation:answerRequired' }],
    });
    await submitQuizAttempt(platform, learner, cohort.id, 'quiz-forms', wrong, 1);
    await submitQuizAttempt(platform, learner, cohort.id, 'quiz-forms', wrong, 2);
    expect((await quizView(platform, learner, cohort.id, 'quiz-forms', 'en')).attemptsLeft).toBe(0);
    expect((await errorOf(submitQuizAttempt(platform, learner, cohort.id, 'quiz-forms', {}, 3))).fields).toEqual({ _form: [{ key: 'validation:noAttemptsLeft' }] });
  });

  it('should not open a cohort’s content to someone who is not seated in it', async () => {
    const { cohort, outsider } = await seated();
    expect((await errorOf(courseOutline(platform, outsider, cohort.id, 'en'))).code).toBe('not_found');
    expect((await errorOf(lessonView(platform, outsider, cohort.id, 'overview', 'en'))).code).toBe('not_found');
    const other = await createOrganisation(platform);
    const [stranger] = await bulkLearners(platform, other, 1);
    expect((await learnerCourses(platform, stranger!, 'en')).open).toEqual([]);
    expect((await learnerCourses(platform, outsider, 'en')).open.map((c) => c.cohortId)).toEqual([cohort.id]);
  });

  it('gives perpetrator-programme learners their own branch', async () => {
    const { cohort, learner } = await seated('perpetrator_programme');
    const outline = await courseOutline(platform, learner, cohort.id, 'en');
    expect(outline.modules[0]!.lessons.map((l) => l.key)).toEqual(['overview', 'perp-naming', 'optional-reading']);
  });
});
