import type { z } from 'zod';
import type { Locale } from '../i18n/locales.ts';
import type { AUDIENCES, coursePackageSchema, ITEM_TYPES } from '../learning/schema.ts';

type Text = Partial<Record<Locale, string>>;
type Audience = (typeof AUDIENCES)[number];

export interface DraftOption {
  key: string;
  text: Text;
  feedback?: Text;
  correct: boolean;
}
export interface DraftQuestion {
  key: string;
  type: 'single' | 'multiple' | 'true_false';
  stem: Text;
  options: DraftOption[];
}
export type DraftItem = (DraftQuestion & { type: Exclude<(typeof ITEM_TYPES)[number], 'scenario'> }) | { key: string; type: 'scenario'; vignette: Text; questions: DraftQuestion[] };
export interface DraftQuiz {
  key: string;
  title: Text;
  passMark: number;
  attemptLimit: number;
  shuffle: boolean;
  items: string[];
}
export interface DraftLesson {
  key: string;
  audience: Audience;
  required: boolean;
  title: Text;
  body: Text;
  knowledgeCheck: string[];
}
export interface DraftModule {
  key: string;
  audience: Audience;
  title: Text;
  lessons: DraftLesson[];
  quiz?: DraftQuiz;
}

/**
 * A course being written: the shape of a course package (see learning/schema.ts) but allowed to be
 * unfinished — a module without lessons, a lesson without text. The package schema checks it in
 * full when it is published.
 */
export interface DraftDocument {
  slug: string;
  defaultLocale: Locale;
  locales: Locale[];
  certificateValidityMonths: number;
  refresherOf: string | null;
  title: Text;
  summary: Text;
  selfAssessment: { statements: Array<{ key: string; dimension: 'knowledge' | 'confidence'; text: Text }> };
  modules: DraftModule[];
  finalQuiz?: DraftQuiz;
  items: DraftItem[];
}

export type PackageWithoutFiles = Omit<z.infer<typeof coursePackageSchema>, 'assets'>;

export function newDraft(slug: string, defaultLocale: Locale, title: string): DraftDocument {
  return {
    slug,
    defaultLocale,
    locales: [defaultLocale],
    certificateValidityMonths: 12,
    refresherOf: null,
    title: { [defaultLocale]: title },
    summary: {},
    selfAssessment: { statements: [] },
    modules: [],
    items: [],
  };
}

/** A published package as a draft to edit (files are kept apart). */
export function draftFromPackage(pkg: PackageWithoutFiles): DraftDocument {
  return structuredClone(pkg) as DraftDocument;
}
