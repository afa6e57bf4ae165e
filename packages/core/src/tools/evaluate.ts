import type { Condition, FlagLevel, ToolAnswers } from './schema.ts';

/**
 * Pure functions over a tool's structure and a set of answers. They run in the browser (the
 * interactive mode computes its summary there, so answers never leave the page) and on the server
 * (the no-JavaScript fallback and practice mode) — no Node or DOM imports here.
 */
export interface EvaluableTool {
  sections: Array<{ key: string; questions: Array<{ key: string; type: string; options?: string[] | undefined }> }>;
  flags: Array<{ key: string; level: FlagLevel; when: Condition; steps: string[] }>;
}

const LEVEL_ORDER: Record<FlagLevel, number> = { urgent: 0, attention: 1, note: 2 };

function valuesOf(answers: ToolAnswers, key: string): string[] {
  const value = answers[key];
  if (value === undefined || value === '') return [];
  return Array.isArray(value) ? value : [value];
}

export function holds(c: Condition, answers: ToolAnswers): boolean {
  if ('any' in c) return c.any.some((x) => holds(x, answers));
  if ('all' in c) return c.all.every((x) => holds(x, answers));
  if ('not' in c) return !holds(c.not, answers);
  return valuesOf(answers, c.q).some((v) => c.in.includes(v));
}

export interface ToolResult {
  /** Raised flags, most urgent first (then in the tool's order). */
  flags: Array<{ key: string; level: FlagLevel }>;
  /** Recommended next steps of the raised flags, each once, in flag order. */
  steps: string[];
  answered: number;
  total: number;
}

export function evaluateTool(tool: EvaluableTool, answers: ToolAnswers): ToolResult {
  const raised = tool.flags
    .map((flag, index) => ({ flag, index }))
    .filter(({ flag }) => holds(flag.when, answers))
    .sort((a, b) => LEVEL_ORDER[a.flag.level] - LEVEL_ORDER[b.flag.level] || a.index - b.index)
    .map(({ flag }) => flag);
  const steps = [...new Set(raised.flatMap((f) => f.steps))];
  const questions = tool.sections.flatMap((s) => s.questions);
  return {
    flags: raised.map((f) => ({ key: f.key, level: f.level })),
    steps,
    answered: questions.filter((q) => valuesOf(answers, q.key).length > 0).length,
    total: questions.length,
  };
}

/**
 * Keeps only what a form may hold: known questions, known options, one value for single questions.
 * Anything else (a tampered form, a stale tab after a tool upgrade) is dropped, not trusted.
 */
export function cleanAnswers(tool: EvaluableTool, raw: Record<string, string | string[] | undefined>, options: { keepText: boolean }): ToolAnswers {
  const out: ToolAnswers = {};
  for (const q of tool.sections.flatMap((s) => s.questions)) {
    const value = raw[q.key];
    if (value === undefined) continue;
    const list = (Array.isArray(value) ? value : [value]).map((v) => v.trim()).filter(Boolean);
    if (!list.length) continue;
    if (q.type === 'text') {
      if (options.keepText) out[q.key] = list.join('\n').slice(0, 4000);
      continue;
    }
    const allowed = q.type === 'yesno' ? ['yes', 'no', 'unsure'] : (q.options ?? []);
    const valid = [...new Set(list.filter((v) => allowed.includes(v)))];
    if (!valid.length) continue;
    out[q.key] = q.type === 'multi' ? valid : valid[0]!;
  }
  return out;
}

export interface PracticeComparison {
  passed: boolean;
  /** Flags the case raises that the answers missed. */
  missed: string[];
  /** Flags the answers raise that the case does not. */
  extra: string[];
  matched: string[];
  /** Structured questions answered differently from the case. */
  differentAnswers: string[];
}

/**
 * Practice: the learner reads a fictional case and fills in the tool. They pass when their answers
 * raise exactly the flags the case raises — the point of the exercise is to spot the same risks,
 * not to tick the same boxes; differing answers are listed as feedback.
 */
export function comparePractice(tool: EvaluableTool, caseAnswers: ToolAnswers, answers: ToolAnswers): PracticeComparison {
  const expected = evaluateTool(tool, caseAnswers).flags.map((f) => f.key);
  const got = evaluateTool(tool, answers).flags.map((f) => f.key);
  const differentAnswers = tool.sections
    .flatMap((s) => s.questions)
    .filter((q) => q.type !== 'text')
    .filter((q) => valuesOf(caseAnswers, q.key).slice().sort().join('|') !== valuesOf(answers, q.key).slice().sort().join('|'))
    .map((q) => q.key);
  const missed = expected.filter((k) => !got.includes(k));
  const extra = got.filter((k) => !expected.includes(k));
  return { passed: !missed.length && !extra.length, missed, extra, matched: expected.filter((k) => got.includes(k)), differentAnswers };
}
