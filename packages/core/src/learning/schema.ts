import { z } from 'zod';
import { SUPPORTED_LOCALES } from '../i18n/locales.ts';
import type { Sector } from '../organisations/schema.ts';

/** Who a module or lesson is for. `all` is shown to everyone. */
export const AUDIENCES = ['all', 'victim_support', 'perpetrator_programme', 'public_authority'] as const;
export type Audience = (typeof AUDIENCES)[number];
export type LearnerAudience = Exclude<Audience, 'all'>;

/**
 * A learner's audience follows their organisation's sector (they can change it): women's
 * support services take the victim-support branch, perpetrator programmes theirs, and every
 * statutory or other service the public-authority branch.
 */
export function audienceOfSector(sector: Sector): LearnerAudience {
  if (sector === 'womens_support_service') return 'victim_support';
  if (sector === 'perpetrator_programme') return 'perpetrator_programme';
  return 'public_authority';
}

export const ITEM_TYPES = ['single', 'multiple', 'true_false', 'scenario'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

const locale = z.enum(SUPPORTED_LOCALES);
/** Text in one or more languages; the course's default language must be among them. */
export const localized = z.partialRecord(locale, z.string().min(1)).refine((v) => Object.keys(v).length > 0, 'at least one language');
export type Localized = Partial<Record<(typeof SUPPORTED_LOCALES)[number], string>>;

const key = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'keys are lower-case letters, digits and hyphens');

export const optionSchema = z.object({
  key: z.string().regex(/^[a-z0-9]{1,8}$/),
  text: localized,
  /** Why this option is right or wrong (shown after answering). */
  feedback: localized.optional(),
  correct: z.boolean().default(false),
});

const questionFields = {
  stem: localized,
  options: z.array(optionSchema).min(2).max(8),
};

export const itemSchema = z.discriminatedUnion('type', [
  z.object({ key, type: z.literal('single'), ...questionFields }),
  z.object({ key, type: z.literal('multiple'), ...questionFields }),
  z.object({ key, type: z.literal('true_false'), ...questionFields }),
  z.object({
    key,
    type: z.literal('scenario'),
    /** The case vignette the questions refer to. */
    vignette: localized,
    questions: z
      .array(z.object({ key, type: z.enum(['single', 'multiple', 'true_false']), ...questionFields }))
      .min(1)
      .max(10),
  }),
]);
export type Item = z.infer<typeof itemSchema>;
export type Question = { key: string; type: 'single' | 'multiple' | 'true_false'; stem: Localized; options: z.infer<typeof optionSchema>[] };

export const quizSchema = z.object({
  key,
  title: localized,
  passMark: z.number().int().min(0).max(100).default(70),
  attemptLimit: z.number().int().min(1).max(20).default(3),
  shuffle: z.boolean().default(true),
  items: z.array(key).min(1),
});

export const lessonSchema = z.object({
  key,
  audience: z.enum(AUDIENCES).default('all'),
  required: z.boolean().default(true),
  title: localized,
  /** Markdown per language (in a package: one file per language). */
  body: localized,
  knowledgeCheck: z.array(key).default([]),
});

export const moduleSchema = z.object({
  key,
  audience: z.enum(AUDIENCES).default('all'),
  title: localized,
  lessons: z.array(lessonSchema).min(1),
  quiz: quizSchema.optional(),
});

export const selfAssessmentSchema = z.object({
  statements: z
    .array(z.object({ key, dimension: z.enum(['knowledge', 'confidence']), text: localized }))
    .max(20)
    .default([]),
});

/**
 * Files a lesson can show or offer: images, captioned video (WebVTT captions, plain-text
 * transcripts) and documents to download. No SVG or HTML: they could carry script.
 */
export const ASSET_MEDIA_TYPES = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  mp4: 'video/mp4',
  webm: 'video/webm',
  mp3: 'audio/mpeg',
  vtt: 'text/vtt',
  txt: 'text/plain; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
} as const;
export const MAX_ASSET_BYTES = 25 * 1024 * 1024;
const assetExtension = Object.keys(ASSET_MEDIA_TYPES).join('|');
export const assetNamePattern = new RegExp(`^[a-z0-9][a-z0-9_-]{0,80}(\\.[a-z]{2})?\\.(${assetExtension})$`);

export function mediaTypeOf(name: string): string {
  const extension = name.slice(name.lastIndexOf('.') + 1) as keyof typeof ASSET_MEDIA_TYPES;
  return ASSET_MEDIA_TYPES[extension] ?? 'application/octet-stream';
}

export const assetSchema = z.object({
  name: z.string().regex(assetNamePattern, 'asset names are lower-case letters, digits, - and _, with a known extension'),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_ASSET_BYTES, 'asset larger than 25 MB'),
});
export type CourseAsset = z.infer<typeof assetSchema>;

/** `assets/<name>` references in a lesson's Markdown (images, videos, downloads). */
export function assetReferences(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(assets\/([^)\s]+)/g)].map((m) => m[1]!);
}

/** A whole course version, as a package describes it and as import/export exchange it. */
export const coursePackageSchema = z
  .object({
    slug: key,
    defaultLocale: locale,
    locales: z.array(locale).min(1),
    certificateValidityMonths: z.number().int().min(1).max(120).default(12),
    refresherOf: key.nullable().default(null),
    title: localized,
    summary: localized,
    selfAssessment: selfAssessmentSchema.default({ statements: [] }),
    modules: z.array(moduleSchema).min(1),
    finalQuiz: quizSchema.optional(),
    items: z.array(itemSchema).default([]),
    // Sorted by name: a package's files have no order, so equal packages compare equal.
    assets: z
      .array(assetSchema)
      .default([])
      .transform((assets) => [...assets].sort((a, b) => a.name.localeCompare(b.name))),
  })
  .superRefine((pkg, ctx) => {
    if (!pkg.locales.includes(pkg.defaultLocale)) ctx.addIssue({ code: 'custom', path: ['locales'], message: 'must include the default locale' });
    const itemKeys = new Set(pkg.items.map((i) => i.key));
    const assetNames = new Set(pkg.assets.map((a) => a.name));
    if (assetNames.size !== pkg.assets.length) ctx.addIssue({ code: 'custom', path: ['assets'], message: 'asset names must be unique' });
    if (itemKeys.size !== pkg.items.length) ctx.addIssue({ code: 'custom', path: ['items'], message: 'item keys must be unique' });
    const keys = [...pkg.modules.map((m) => m.key), ...pkg.modules.flatMap((m) => m.lessons.map((l) => l.key))];
    if (new Set(keys).size !== keys.length) ctx.addIssue({ code: 'custom', path: ['modules'], message: 'module and lesson keys must be unique' });
    const quizzes = [...pkg.modules.flatMap((m, i) => (m.quiz ? [{ quiz: m.quiz, path: ['modules', i, 'quiz'] }] : [])), ...(pkg.finalQuiz ? [{ quiz: pkg.finalQuiz, path: ['finalQuiz'] }] : [])];
    for (const { quiz, path } of quizzes) {
      for (const k of quiz.items) if (!itemKeys.has(k)) ctx.addIssue({ code: 'custom', path: [...path, 'items'], message: `unknown item ${k}` });
    }
    pkg.modules.forEach((m, mi) =>
      m.lessons.forEach((l, li) => {
        for (const k of l.knowledgeCheck) if (!itemKeys.has(k)) ctx.addIssue({ code: 'custom', path: ['modules', mi, 'lessons', li, 'knowledgeCheck'], message: `unknown item ${k}` });
        if (!l.body[pkg.defaultLocale]) ctx.addIssue({ code: 'custom', path: ['modules', mi, 'lessons', li, 'body'], message: `no text in ${pkg.defaultLocale}` });
        for (const [lang, text] of Object.entries(l.body)) {
          for (const name of assetReferences(text ?? '')) {
            if (!assetNames.has(name)) ctx.addIssue({ code: 'custom', path: ['modules', mi, 'lessons', li, 'body', lang], message: `unknown asset ${name}` });
          }
        }
      }),
    );
    for (const item of pkg.items) {
      const questions = item.type === 'scenario' ? item.questions : [item];
      for (const q of questions) {
        const correct = q.options.filter((o) => o.correct).length;
        if (q.type !== 'multiple' && correct !== 1) ctx.addIssue({ code: 'custom', path: ['items'], message: `${q.key}: exactly one correct option` });
        if (q.type === 'multiple' && correct < 1) ctx.addIssue({ code: 'custom', path: ['items'], message: `${q.key}: at least one correct option` });
        if (q.type === 'true_false' && q.options.length !== 2) ctx.addIssue({ code: 'custom', path: ['items'], message: `${q.key}: true/false has two options` });
      }
    }
  });
export type CoursePackage = z.infer<typeof coursePackageSchema>;
export type CoursePackageInput = z.input<typeof coursePackageSchema>;
