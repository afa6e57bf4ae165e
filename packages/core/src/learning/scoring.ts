import type { Item, Question } from './schema.ts';

/** Scenario items count as their questions; other items are one question each. */
export function questionsOf(items: Item[]): Question[] {
  return items.flatMap((item) => (item.type === 'scenario' ? item.questions : [item as Question]));
}

export interface QuestionResult {
  key: string;
  chosen: string[];
  correctKeys: string[];
  correct: boolean;
}

export interface ScoredAttempt {
  results: QuestionResult[];
  /** Percentage of questions answered correctly, rounded down. */
  score: number;
  passed: boolean;
}

/**
 * Scores answers against the items: a question is right when exactly the correct options were
 * chosen (multiple choice included — no partial credit, so guessing every option does not pay).
 */
export function scoreAttempt(items: Item[], answers: Record<string, string[]>, passMark: number): ScoredAttempt {
  const questions = questionsOf(items);
  const results = questions.map((q) => {
    const correctKeys = q.options.filter((o) => o.correct).map((o) => o.key).sort();
    const chosen = [...new Set(answers[q.key] ?? [])].filter((k) => q.options.some((o) => o.key === k)).sort();
    return { key: q.key, chosen, correctKeys, correct: chosen.length === correctKeys.length && chosen.every((k, i) => k === correctKeys[i]) };
  });
  const score = questions.length ? Math.floor((results.filter((r) => r.correct).length * 100) / questions.length) : 0;
  return { results, score, passed: score >= passMark };
}

/**
 * Questions left without a valid answer (none chosen, or a single-choice question with several),
 * so a form submitted half-done is returned to the learner instead of being scored.
 */
export function unanswered(items: Item[], answers: Record<string, string[]>): string[] {
  return questionsOf(items)
    .filter((q) => {
      const chosen = [...new Set(answers[q.key] ?? [])].filter((k) => q.options.some((o) => o.key === k));
      return chosen.length === 0 || (q.type !== 'multiple' && chosen.length > 1);
    })
    .map((q) => q.key);
}

/** A stable shuffle (same seed, same order) so a learner's attempt keeps its order on reload. */
export function shuffled<T>(values: readonly T[], seed: string): T[] {
  let state = 2166136261;
  for (const c of seed) state = Math.imul(state ^ c.charCodeAt(0), 16777619) >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
