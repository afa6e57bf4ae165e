import type { Audience, LearnerAudience } from './schema.ts';

export interface OutlineLesson {
  id: string;
  moduleAudience: Audience;
  audience: Audience;
  required: boolean;
}

export interface OutlineQuiz {
  id: string;
  passed: boolean;
  /** Quizzes of modules outside the learner's branch do not count. */
  moduleAudience: Audience | null;
}

/** Whether a module or lesson is part of a learner's branch. */
export function inBranch(audience: Audience, learner: LearnerAudience): boolean {
  return audience === 'all' || audience === learner;
}

/**
 * The completion rule: every required lesson of the learner's branch is done, and every graded
 * quiz of the branch (module quizzes and the final quiz) is passed.
 */
export function completionState(input: { audience: LearnerAudience; lessons: OutlineLesson[]; completed: ReadonlySet<string>; quizzes: OutlineQuiz[] }) {
  const lessons = input.lessons.filter((l) => inBranch(l.moduleAudience, input.audience) && inBranch(l.audience, input.audience));
  const required = lessons.filter((l) => l.required);
  const quizzes = input.quizzes.filter((q) => q.moduleAudience === null || inBranch(q.moduleAudience, input.audience));
  const doneLessons = required.filter((l) => input.completed.has(l.id)).length;
  const passedQuizzes = quizzes.filter((q) => q.passed).length;
  const total = required.length + quizzes.length;
  return {
    complete: doneLessons === required.length && passedQuizzes === quizzes.length,
    /** Share of required steps done, 0–100. */
    percent: total === 0 ? 100 : Math.floor(((doneLessons + passedQuizzes) * 100) / total),
    nextLessonId: required.find((l) => !input.completed.has(l.id))?.id ?? null,
  };
}
