import { z } from 'zod';

/**
 * A practitioner tool as files under `content/tools/<slug>/`:
 * - `tool.yaml` — the structure, the same in every language: questions, the rules that raise flags,
 *   the practice cases' answers;
 * - `<lang>.yaml` — every text of the tool in that language;
 * - `<lang>.md` — the how-to (and, for group tools, the session plan) in that language.
 * An organisation adds or upgrades a tool by adding or editing files; `loadTools` validates them.
 */
export const toolKey = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens');

export const TOOL_AUDIENCES = ['victim_support', 'perpetrator_programme', 'public_authority'] as const;
export type ToolAudience = (typeof TOOL_AUDIENCES)[number];

export const QUESTION_TYPES = ['yesno', 'choice', 'multi', 'text'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Implicit options of a yes/no question: "not sure" is a real answer at intake. */
export const YESNO_OPTIONS = ['yes', 'no', 'unsure'] as const;

export const FLAG_LEVELS = ['urgent', 'attention', 'note'] as const;
export type FlagLevel = (typeof FLAG_LEVELS)[number];

export type Condition = { q: string; in: string[] } | { any: Condition[] } | { all: Condition[] } | { not: Condition };

export const condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ q: toolKey, in: z.array(z.string().min(1)).min(1) }),
    z.strictObject({ any: z.array(condition).min(1) }),
    z.strictObject({ all: z.array(condition).min(1) }),
    z.strictObject({ not: condition }),
  ]),
);

const question = z.strictObject({
  key: toolKey,
  type: z.enum(QUESTION_TYPES),
  /** Only for `choice` and `multi`. */
  options: z.array(toolKey).min(2).optional(),
});

export const toolStructure = z.strictObject({
  slug: toolKey,
  /** Semantic version; shown to users and stored with saved copies and practice results. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version such as 1.0.0'),
  updated: z.union([z.string(), z.date()]).transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)),
  audiences: z.array(z.enum(TOOL_AUDIENCES)).min(1),
  /** `form`: an interactive questionnaire; `link`: an entry to a tool with its own pages. */
  mode: z.enum(['form', 'link']),
  /** For `link` tools: the path of the tool's own page. */
  href: z.string().startsWith('/').optional(),
  /** Shown first in the library. */
  order: z.number().int().default(100),
  sections: z.array(z.strictObject({ key: toolKey, questions: z.array(question).min(1) })).default([]),
  flags: z.array(z.strictObject({ key: toolKey, level: z.enum(FLAG_LEVELS), when: condition, steps: z.array(toolKey).min(1) })).default([]),
  practice: z.array(z.strictObject({ key: toolKey, answers: z.record(toolKey, z.union([z.string(), z.array(z.string())])) })).default([]),
});
export type ToolStructure = z.output<typeof toolStructure>;

const source = z.strictObject({ title: z.string().min(1), publisher: z.string().min(1), year: z.union([z.number(), z.string()]).transform(String), url: z.url() });

export const toolTexts = z.strictObject({
  title: z.string().min(1),
  /** One sentence for the library card. */
  summary: z.string().min(1),
  /** Why the tool exists and when to use it. */
  purpose: z.string().min(1),
  sections: z.record(toolKey, z.strictObject({ title: z.string().min(1), intro: z.string().min(1).optional() })).default({}),
  questions: z
    .record(toolKey, z.strictObject({ label: z.string().min(1), hint: z.string().min(1).optional(), options: z.record(toolKey, z.string().min(1)).optional() }))
    .default({}),
  flags: z.record(toolKey, z.strictObject({ title: z.string().min(1), explanation: z.string().min(1) })).default({}),
  steps: z.record(toolKey, z.string().min(1)).default({}),
  practice: z.record(toolKey, z.strictObject({ title: z.string().min(1), story: z.string().min(1) })).default({}),
  sources: z.array(source).min(1),
});
export type ToolTexts = z.output<typeof toolTexts>;

/** Answers as a form holds them: one value per single question, a list per `multi` question. */
export type ToolAnswers = Record<string, string | string[]>;
