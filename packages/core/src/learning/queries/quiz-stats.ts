import type { Actor } from '../../accounts/actor.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Platform } from '../../platform.ts';
import { facilitatedCohort } from '../cohort-access.ts';
import { itemsByKey } from '../item-store.ts';
import { pickLocale } from '../localize.ts';
import type { Localized } from '../schema.ts';
import { questionsOf } from '../scoring.ts';

/** Below this share of right first answers, a question is flagged for the trainer to review. */
export const HARD_QUESTION_THRESHOLD = 40;
const BANDS = [0, 20, 40, 60, 80] as const;

export interface QuizStats {
  key: string;
  title: string;
  passMark: number;
  learners: number;
  attempts: number;
  passedLearners: number;
  /** Learners' best scores in bands 0–19, 20–39, 40–59, 60–79, 80–100. */
  scoreBands: number[];
  questions: Array<{ key: string; stem: string; answered: number; rightPercent: number | null; flagged: boolean; mostChosenWrong: string | null }>;
}

/**
 * Per quiz: how the cohort scored (best score per learner, in bands) and, per question, the share
 * of right answers at the first attempt — where a question most learners miss, or one wrong option
 * most pick, shows an item to rewrite rather than learners to blame.
 */
export async function cohortQuizStats(platform: Pick<Platform, 'db'>, actor: Actor, cohortId: string, locale: Locale): Promise<QuizStats[]> {
  const cohort = await facilitatedCohort(platform, actor, cohortId);
  const quizzes = await platform.db.selectFrom('quizzes').select(['id', 'key', 'title', 'passMark', 'itemKeys', 'moduleId']).where('versionId', '=', cohort.versionId).execute();
  const modulePositions = new Map((await platform.db.selectFrom('course_modules').select(['id', 'position']).where('versionId', '=', cohort.versionId).execute()).map((m) => [m.id, m.position]));
  quizzes.sort((a, b) => (a.moduleId ? (modulePositions.get(a.moduleId) ?? 0) : 1e6) - (b.moduleId ? (modulePositions.get(b.moduleId) ?? 0) : 1e6));
  const attempts = await platform.db
    .selectFrom('quiz_attempts')
    .innerJoin('enrolments', 'enrolments.id', 'quiz_attempts.enrolmentId')
    .select(['quiz_attempts.quizId', 'quiz_attempts.enrolmentId', 'quiz_attempts.number', 'quiz_attempts.score', 'quiz_attempts.passed', 'quiz_attempts.answers'])
    .where('enrolments.cohortId', '=', cohortId)
    .execute();
  const text = (map: Localized) => pickLocale(map as Record<string, string>, locale, cohort.defaultLocale).text;
  const stats: QuizStats[] = [];
  for (const quiz of quizzes) {
    const own = attempts.filter((a) => a.quizId === quiz.id);
    const best = new Map<string, number>();
    for (const a of own) best.set(a.enrolmentId, Math.max(best.get(a.enrolmentId) ?? 0, a.score));
    const scoreBands = BANDS.map((low, i) => [...best.values()].filter((s) => s >= low && (i === BANDS.length - 1 ? s <= 100 : s < BANDS[i + 1]!)).length);
    const firsts = own.filter((a) => a.number === 1).map((a) => JSON.parse(a.answers) as Record<string, string[]>);
    const questions = questionsOf(await itemsByKey(platform, cohort.versionId, JSON.parse(quiz.itemKeys) as string[])).map((q) => {
      const correct = q.options.filter((o) => o.correct).map((o) => o.key).sort().join(',');
      const answered = firsts.filter((f) => f[q.key]?.length);
      const right = answered.filter((f) => [...f[q.key]!].sort().join(',') === correct).length;
      const wrongCounts = new Map<string, number>();
      for (const f of answered) for (const k of f[q.key]!) if (!q.options.find((o) => o.key === k)?.correct) wrongCounts.set(k, (wrongCounts.get(k) ?? 0) + 1);
      const [topWrong] = [...wrongCounts.entries()].sort((a, b) => b[1] - a[1]);
      const rightPercent = answered.length ? Math.round((right * 100) / answered.length) : null;
      return {
        key: q.key,
        stem: text(q.stem),
        answered: answered.length,
        rightPercent,
        flagged: rightPercent !== null && answered.length >= 3 && rightPercent < HARD_QUESTION_THRESHOLD,
        mostChosenWrong: topWrong && answered.length ? text(q.options.find((o) => o.key === topWrong[0])!.text) : null,
      };
    });
    stats.push({
      key: quiz.key,
      title: text(JSON.parse(quiz.title) as Localized),
      passMark: quiz.passMark,
      learners: best.size,
      attempts: own.length,
      passedLearners: new Set(own.filter((a) => a.passed === 1).map((a) => a.enrolmentId)).size,
      scoreBands,
      questions,
    });
  }
  return stats;
}
