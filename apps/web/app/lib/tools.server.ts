import type { Locale } from '@destalk/core/i18n/locales';
import type { Platform } from '@destalk/core/platform';
import { AppError } from '@destalk/core/errors';
import type { EvaluableTool } from '@destalk/core/tools/evaluate';
import { loadToolLibrary, type Tool, type ToolLibrary, toolLanguage } from '@destalk/core/tools/load';
import type { FlagLevel, QuestionType, ToolAudience } from '@destalk/core/tools/schema';

// Tools are content files read once per process from TOOLS_DIR (validated at first use; a broken
// file fails loudly instead of showing half a tool). Restart the process after adding or upgrading one.
let library: { dir: string; tools: ToolLibrary } | undefined;

export function toolLibrary(platform: Pick<Platform, 'config'>): ToolLibrary {
  if (!library || library.dir !== platform.config.toolsDir) library = { dir: platform.config.toolsDir, tools: loadToolLibrary(platform.config.toolsDir) };
  return library.tools;
}

export function requireTool(platform: Pick<Platform, 'config'>, slug: string): Tool {
  const tool = toolLibrary(platform).get(slug);
  if (!tool) throw new AppError('not_found');
  return tool;
}

export interface QuestionView {
  key: string;
  type: QuestionType;
  label: string;
  hint: string | null;
  options: Array<{ value: string; label: string }>;
}

export interface ToolView {
  slug: string;
  version: string;
  updated: string;
  audiences: ToolAudience[];
  mode: 'form' | 'link';
  href: string;
  languages: Locale[];
  lang: Locale;
  fallback: boolean;
  title: string;
  summary: string;
  purpose: string;
  howToHtml: string;
  sources: Array<{ title: string; publisher: string; year: string; url: string }>;
  sections: Array<{ key: string; title: string; intro: string | null; questions: QuestionView[] }>;
  flags: Record<string, { level: FlagLevel; title: string; explanation: string }>;
  steps: Record<string, string>;
  practice: Array<{ key: string; title: string; story: string }>;
  /** What the browser needs to compute a summary itself. */
  evaluable: EvaluableTool;
}

/** A tool in the reader's language, ready for a page (yes/no labels from the UI catalogue). */
export function presentTool(tool: Tool, locale: Locale, yesno: Record<'yes' | 'no' | 'unsure', string>): ToolView {
  const lang = toolLanguage(tool, locale);
  const t = lang.texts;
  const s = tool.structure;
  return {
    slug: s.slug,
    version: s.version,
    updated: s.updated,
    audiences: s.audiences,
    mode: s.mode,
    href: s.mode === 'link' ? s.href! : `/tools/${s.slug}`,
    languages: Object.keys(tool.languages) as Locale[],
    lang: lang.locale,
    fallback: lang.fallback,
    title: t.title,
    summary: t.summary,
    purpose: t.purpose,
    howToHtml: lang.howToHtml,
    sources: t.sources,
    sections: s.sections.map((section) => ({
      key: section.key,
      title: t.sections[section.key]!.title,
      intro: t.sections[section.key]!.intro ?? null,
      questions: section.questions.map((q) => {
        const text = t.questions[q.key]!;
        const options =
          q.type === 'yesno'
            ? (['yes', 'no', 'unsure'] as const).map((value) => ({ value, label: yesno[value] }))
            : (q.options ?? []).map((value) => ({ value, label: text.options?.[value] ?? value }));
        return { key: q.key, type: q.type, label: text.label, hint: text.hint ?? null, options };
      }),
    })),
    flags: Object.fromEntries(s.flags.map((f) => [f.key, { level: f.level, title: t.flags[f.key]!.title, explanation: t.flags[f.key]!.explanation }])),
    steps: t.steps,
    practice: s.practice.map((c) => ({ key: c.key, title: t.practice[c.key]!.title, story: t.practice[c.key]!.story })),
    evaluable: { sections: s.sections, flags: s.flags },
  };
}

/** Form fields as a tool reads them: `multi` questions repeat their name. */
export function toolAnswersFrom(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of form) {
    if (typeof value !== 'string' || key === 'intent') continue;
    const existing = out[key];
    out[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}
