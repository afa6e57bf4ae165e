import { z } from 'zod';
import { SUPPORTED_LOCALES } from '../i18n/locales.ts';
import { TOOL_AUDIENCES, toolKey } from '../tools/schema.ts';

/**
 * A training pathway: ordered steps a practitioner goes through — courses, tool practice, live
 * sessions, readings and reflections — ending in a pathway certificate.
 */
export const STEP_KINDS = ['course', 'tool_practice', 'live_session', 'reading', 'reflection'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const PATHWAY_AUDIENCES = TOOL_AUDIENCES;
export type PathwayAudience = (typeof PATHWAY_AUDIENCES)[number];

export const PATHWAY_STATUSES = ['draft', 'published', 'archived'] as const;
export type PathwayStatus = (typeof PATHWAY_STATUSES)[number];

/** A text in several languages; English is always there (it is the fallback). */
export const localized = (max: number) =>
  z.object(Object.fromEntries(SUPPORTED_LOCALES.map((l) => [l, l === 'en' ? z.string().trim().min(1).max(max) : z.string().trim().max(max).optional()])) as Record<string, z.ZodTypeAny>).transform(
    (v) => Object.fromEntries(Object.entries(v).filter(([, text]) => typeof text === 'string' && text.length > 0)) as Record<string, string>,
  );
export type Localized = Record<string, string>;

const fileStep = z.strictObject({
  kind: z.enum(STEP_KINDS),
  /** For `course` steps: the course slug. */
  course: z.string().optional(),
  /** For `tool_practice` steps: the tool slug. */
  tool: toolKey.optional(),
  title: localized(200),
  /** Instructions (Markdown); for a reading, the reading itself; for a reflection, the question. */
  body: localized(20000),
});

/** A pathway shipped as a file under `content/pathways/<slug>.yaml` (imported by the demo seed, then edited in the browser). */
export const pathwayFile = z
  .strictObject({
    slug: toolKey,
    audience: z.enum(PATHWAY_AUDIENCES),
    certificateValidityMonths: z.number().int().min(1).max(120),
    title: localized(200),
    summary: localized(1000),
    steps: z.array(fileStep).min(1),
  })
  .superRefine((p, ctx) => {
    p.steps.forEach((s, i) => {
      if (s.kind === 'course' && !s.course) ctx.addIssue({ code: 'custom', path: ['steps', i, 'course'], message: 'a course step names its course' });
      if (s.kind === 'tool_practice' && !s.tool) ctx.addIssue({ code: 'custom', path: ['steps', i, 'tool'], message: 'a tool-practice step names its tool' });
      if (s.kind !== 'course' && s.course) ctx.addIssue({ code: 'custom', path: ['steps', i, 'course'], message: 'only course steps name a course' });
      if (s.kind !== 'tool_practice' && s.tool) ctx.addIssue({ code: 'custom', path: ['steps', i, 'tool'], message: 'only tool-practice steps name a tool' });
    });
  });
export type PathwayFile = z.output<typeof pathwayFile>;

// ---- inputs from the browser ----------------------------------------------------------------

const formText = (max: number) => z.string().trim().max(max, 'validation:tooLong');
/** Per-language fields from a form: `title.en`, `title.it` … (English required). */
const formLocalized = (max: number) =>
  z
    .object(Object.fromEntries(SUPPORTED_LOCALES.map((l) => [l, l === 'en' ? formText(max).min(1, 'validation:required') : formText(max).optional()])) as Record<string, z.ZodTypeAny>)
    .transform((v) => Object.fromEntries(Object.entries(v).filter(([, text]) => typeof text === 'string' && text.length > 0)) as Record<string, string>);

export const pathwayInput = z.object({
  slug: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{1,60}$/, 'validation:slug'),
  audience: z.enum(PATHWAY_AUDIENCES, { error: 'validation:invalidInput' }),
  certificateValidityMonths: z.coerce.number({ error: 'validation:invalidInput' }).int('validation:invalidInput').min(1, 'validation:invalidInput').max(120, 'validation:invalidInput'),
  title: formLocalized(200),
  summary: formLocalized(1000),
});
export type PathwayInput = z.input<typeof pathwayInput>;

export const pathwayUpdateInput = pathwayInput.omit({ slug: true });

export const stepInput = z
  .object({
    kind: z.enum(STEP_KINDS, { error: 'validation:invalidInput' }),
    courseSlug: z.string().trim().optional(),
    toolSlug: z.string().trim().optional(),
    /** Live sessions: the slug of an event whose attendance completes the step (optional). */
    eventSlug: z.string().trim().optional(),
    title: formLocalized(200),
    body: formLocalized(20000),
  })
  .superRefine((s, ctx) => {
    if (s.kind === 'course' && !s.courseSlug) ctx.addIssue({ code: 'custom', path: ['courseSlug'], message: 'validation:required' });
    if (s.kind === 'tool_practice' && !s.toolSlug) ctx.addIssue({ code: 'custom', path: ['toolSlug'], message: 'validation:required' });
  });
export type StepInput = z.input<typeof stepInput>;

export const reflectionInput = z.object({
  answer: z.string().trim().min(80, 'validation:reflectionTooShort').max(5000, 'validation:tooLong'),
});

export const reviewInput = z
  .object({
    decision: z.enum(['accept', 'return'], { error: 'validation:invalidInput' }),
    feedback: z.string().trim().max(2000, 'validation:tooLong').default(''),
  })
  .refine((r) => r.decision === 'accept' || r.feedback.length > 0, { path: ['feedback'], message: 'validation:feedbackRequired' });
