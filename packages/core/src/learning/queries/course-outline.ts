import type { Actor } from '../../accounts/actor.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Platform } from '../../platform.ts';
import { completionState, inBranch } from '../completion.ts';
import { requireSeat } from '../enrolment-access.ts';
import { pickLocale } from '../localize.ts';
import type { Audience } from '../schema.ts';

export interface OutlineView {
  cohortId: string;
  /** The course whose certificate this one earns (a refresher: its main course). */
  certificateCourseId: string;
  cohortTitle: string;
  courseTitle: string;
  status: 'seated' | 'completed';
  audience: string;
  percent: number;
  complete: boolean;
  nextLessonKey: string | null;
  resumeLessonKey: string | null;
  fallback: boolean;
  modules: Array<{
    key: string;
    title: string;
    lessons: Array<{ key: string; title: string; required: boolean; done: boolean }>;
    quiz: { key: string; title: string; passed: boolean; bestScore: number | null; attemptsLeft: number } | null;
  }>;
  finalQuiz: { key: string; title: string; passed: boolean; bestScore: number | null; attemptsLeft: number } | null;
}

/** The course as one learner sees it: their branch, their progress, their next step. */
export async function courseOutline(platform: Pick<Platform, 'db'>, actor: Actor, cohortId: string, locale: Locale): Promise<OutlineView> {
  const seat = await requireSeat(platform, actor, cohortId);
  const modules = await platform.db.selectFrom('course_modules').select(['id', 'key', 'audience', 'title']).where('versionId', '=', seat.versionId).orderBy('position').execute();
  // Lesson positions count within a module: the course's order is module first, then lesson.
  const moduleOrder = new Map(modules.map((m, i) => [m.id, i]));
  const lessons = (await platform.db.selectFrom('course_lessons').select(['id', 'moduleId', 'key', 'audience', 'required', 'title']).where('versionId', '=', seat.versionId).orderBy('position').execute()).sort(
    (a, b) => (moduleOrder.get(a.moduleId) ?? 0) - (moduleOrder.get(b.moduleId) ?? 0),
  );
  const quizzes = await platform.db.selectFrom('quizzes').select(['id', 'moduleId', 'key', 'title', 'attemptLimit']).where('versionId', '=', seat.versionId).execute();
  const completed = new Set((await platform.db.selectFrom('lesson_completions').select('lessonId').where('enrolmentId', '=', seat.enrolmentId).execute()).map((r) => r.lessonId));
  const attempts = await platform.db.selectFrom('quiz_attempts').select(['quizId', 'score', 'passed']).where('enrolmentId', '=', seat.enrolmentId).execute();
  let fallback = false;
  const text = (json: string) => {
    const picked = pickLocale(json, locale, seat.defaultLocale);
    fallback ||= picked.fallback;
    return picked.text;
  };
  const moduleAudience = new Map(modules.map((m) => [m.id, m.audience as Audience]));
  const quizView = (q: (typeof quizzes)[number]) => {
    const own = attempts.filter((a) => a.quizId === q.id);
    return {
      key: q.key,
      title: text(q.title),
      passed: own.some((a) => a.passed === 1),
      bestScore: own.length ? Math.max(...own.map((a) => a.score)) : null,
      attemptsLeft: Math.max(0, q.attemptLimit - own.length),
    };
  };
  const state = completionState({
    audience: seat.audience,
    lessons: lessons.map((l) => ({ id: l.id, moduleAudience: moduleAudience.get(l.moduleId) ?? 'all', audience: l.audience as Audience, required: l.required === 1 })),
    completed,
    quizzes: quizzes.map((q) => ({ id: q.id, passed: attempts.some((a) => a.quizId === q.id && a.passed === 1), moduleAudience: q.moduleId ? (moduleAudience.get(q.moduleId) ?? 'all') : null })),
  });
  const keyOf = (id: string | null) => lessons.find((l) => l.id === id)?.key ?? null;
  const visibleModules = modules.filter((m) => inBranch(m.audience as Audience, seat.audience));
  const finalQuiz = quizzes.find((q) => q.moduleId === null);
  return {
    cohortId,
    certificateCourseId: seat.certificateCourseId,
    cohortTitle: seat.cohortTitle,
    courseTitle: text(seat.courseTitle),
    status: seat.status,
    audience: seat.audience,
    percent: state.percent,
    complete: state.complete,
    nextLessonKey: keyOf(state.nextLessonId),
    resumeLessonKey: keyOf(seat.lastLessonId),
    modules: visibleModules.map((m) => {
      const quiz = quizzes.find((q) => q.moduleId === m.id);
      return {
        key: m.key,
        title: text(m.title),
        lessons: lessons
          .filter((l) => l.moduleId === m.id && inBranch(l.audience as Audience, seat.audience))
          .map((l) => ({ key: l.key, title: text(l.title), required: l.required === 1, done: completed.has(l.id) })),
        quiz: quiz ? quizView(quiz) : null,
      };
    }),
    finalQuiz: finalQuiz ? quizView(finalQuiz) : null,
    fallback,
  };
}
