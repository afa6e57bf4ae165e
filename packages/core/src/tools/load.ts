import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { renderMarkdown } from '../content/markdown.ts';
import { DEFAULT_LOCALE, isLocale, type Locale, SUPPORTED_LOCALES } from '../i18n/locales.ts';
import { type Condition, type ToolStructure, type ToolTexts, toolStructure, toolTexts, YESNO_OPTIONS } from './schema.ts';

export interface ToolLanguage {
  texts: ToolTexts;
  /** The how-to, rendered and sanitised. */
  howToHtml: string;
}

export interface Tool {
  structure: ToolStructure;
  languages: Partial<Record<Locale, ToolLanguage>> & { en: ToolLanguage };
}

export class ToolFileError extends Error {
  constructor(
    readonly slug: string,
    readonly problems: string[],
  ) {
    super(`tool ${slug}: ${problems.join('; ')}`);
  }
}

const issues = (error: z.ZodError, file: string) => error.issues.map((i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`);

/** The options a question accepts. */
export function optionsOf(q: { type: string; options?: string[] | undefined }): readonly string[] {
  return q.type === 'yesno' ? YESNO_OPTIONS : (q.options ?? []);
}

function conditionProblems(c: Condition, questions: Map<string, { type: string; options?: string[] | undefined }>, where: string): string[] {
  if ('any' in c) return c.any.flatMap((x) => conditionProblems(x, questions, where));
  if ('all' in c) return c.all.flatMap((x) => conditionProblems(x, questions, where));
  if ('not' in c) return conditionProblems(c.not, questions, where);
  const q = questions.get(c.q);
  if (!q) return [`${where}: unknown question "${c.q}"`];
  if (q.type === 'text') return [`${where}: question "${c.q}" is free text; rules only read structured answers`];
  const allowed = optionsOf(q);
  return c.in.filter((v) => !allowed.includes(v)).map((v) => `${where}: "${v}" is not an option of "${c.q}"`);
}

/** Cross-checks a tool's structure: keys unique, options where needed, rules and cases that refer to real questions. */
export function structureProblems(s: ToolStructure): string[] {
  const problems: string[] = [];
  const questions = new Map<string, { type: string; options?: string[] | undefined }>();
  for (const section of s.sections) {
    for (const q of section.questions) {
      if (questions.has(q.key)) problems.push(`question "${q.key}" appears twice`);
      questions.set(q.key, q);
      const needsOptions = q.type === 'choice' || q.type === 'multi';
      if (needsOptions && !q.options) problems.push(`question "${q.key}" (${q.type}) needs options`);
      if (!needsOptions && q.options) problems.push(`question "${q.key}" (${q.type}) takes no options`);
    }
  }
  if (s.mode === 'form' && !s.sections.length) problems.push('a form tool needs sections');
  if (s.mode === 'link' && !s.href) problems.push('a link tool needs href');
  if (s.mode === 'form' && !s.practice.length) problems.push('a form tool needs at least one practice case');
  const flagKeys = new Set<string>();
  for (const flag of s.flags) {
    if (flagKeys.has(flag.key)) problems.push(`flag "${flag.key}" appears twice`);
    flagKeys.add(flag.key);
    problems.push(...conditionProblems(flag.when, questions, `flag "${flag.key}"`));
  }
  for (const practice of s.practice) {
    for (const [key, value] of Object.entries(practice.answers)) {
      const q = questions.get(key);
      if (!q) {
        problems.push(`practice "${practice.key}": unknown question "${key}"`);
        continue;
      }
      if (q.type === 'text') continue;
      const values = Array.isArray(value) ? value : [value];
      if (q.type !== 'multi' && Array.isArray(value)) problems.push(`practice "${practice.key}": "${key}" takes one answer`);
      for (const v of values) if (!optionsOf(q).includes(v)) problems.push(`practice "${practice.key}": "${v}" is not an option of "${key}"`);
    }
  }
  return problems;
}

/** Every text the structure needs, present in one language's file (and nothing it does not know). */
export function textProblems(s: ToolStructure, t: ToolTexts, file: string): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${file}: missing ${what}`);
  };
  const questionKeys = new Set<string>();
  for (const section of s.sections) {
    need(Boolean(t.sections[section.key]), `sections.${section.key}`);
    for (const q of section.questions) {
      questionKeys.add(q.key);
      const text = t.questions[q.key];
      need(Boolean(text), `questions.${q.key}`);
      for (const option of q.options ?? []) need(Boolean(text?.options?.[option]), `questions.${q.key}.options.${option}`);
    }
  }
  for (const flag of s.flags) {
    need(Boolean(t.flags[flag.key]), `flags.${flag.key}`);
    for (const step of flag.steps) need(Boolean(t.steps[step]), `steps.${step}`);
  }
  for (const practice of s.practice) need(Boolean(t.practice[practice.key]), `practice.${practice.key}`);
  const usedSteps = new Set(s.flags.flatMap((f) => f.steps));
  for (const key of Object.keys(t.questions)) if (!questionKeys.has(key)) problems.push(`${file}: questions.${key} is not in tool.yaml`);
  for (const key of Object.keys(t.steps)) if (!usedSteps.has(key)) problems.push(`${file}: steps.${key} is not used by any flag`);
  return problems;
}

/** Builds a tool from its files (name → text), throwing one error that lists every problem. */
export function parseTool(slug: string, files: Record<string, string>): Tool {
  const problems: string[] = [];
  const structureText = files['tool.yaml'];
  if (!structureText) throw new ToolFileError(slug, ['tool.yaml is missing']);
  const parsed = toolStructure.safeParse(parseYaml(structureText));
  if (!parsed.success) throw new ToolFileError(slug, issues(parsed.error, 'tool.yaml'));
  const structure = parsed.data;
  if (structure.slug !== slug) problems.push(`tool.yaml: slug "${structure.slug}" differs from the folder name`);
  problems.push(...structureProblems(structure).map((p) => `tool.yaml: ${p}`));
  const languages: Partial<Record<Locale, ToolLanguage>> = {};
  for (const locale of SUPPORTED_LOCALES) {
    const yamlText = files[`${locale}.yaml`];
    const md = files[`${locale}.md`];
    if (yamlText === undefined && md === undefined) continue;
    if (yamlText === undefined || md === undefined) {
      problems.push(`${locale}: both ${locale}.yaml and ${locale}.md are needed`);
      continue;
    }
    const texts = toolTexts.safeParse(parseYaml(yamlText));
    if (!texts.success) {
      problems.push(...issues(texts.error, `${locale}.yaml`));
      continue;
    }
    problems.push(...textProblems(structure, texts.data, `${locale}.yaml`));
    if (!md.trim()) problems.push(`${locale}.md is empty`);
    languages[locale] = { texts: texts.data, howToHtml: renderMarkdown(md) };
  }
  for (const name of Object.keys(files)) {
    const [base, ext] = name.split('.');
    if (name !== 'tool.yaml' && !(isLocale(base) && (ext === 'yaml' || ext === 'md'))) problems.push(`${name}: not a tool file (tool.yaml, <language>.yaml, <language>.md)`);
  }
  if (!languages[DEFAULT_LOCALE]) problems.push('English (en.yaml and en.md) is required');
  if (problems.length) throw new ToolFileError(slug, problems);
  return { structure, languages: languages as Tool['languages'] };
}

/** Reads every `<dir>/<slug>/` folder. */
export function readToolFiles(dir: string): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const slug of readdirSync(dir).sort()) {
    const folder = join(dir, slug);
    if (!statSync(folder).isDirectory()) continue;
    out[slug] = Object.fromEntries(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), 'utf8')]));
  }
  return out;
}

export interface ToolLibrary {
  list(): Tool[];
  get(slug: string): Tool | undefined;
}

/** All tools of a folder, validated; sorted by `order`, then slug. */
export function loadToolLibrary(dir: string): ToolLibrary {
  const tools = Object.entries(readToolFiles(dir)).map(([slug, files]) => parseTool(slug, files));
  tools.sort((a, b) => a.structure.order - b.structure.order || a.structure.slug.localeCompare(b.structure.slug));
  const bySlug = new Map(tools.map((t) => [t.structure.slug, t]));
  return { list: () => tools, get: (slug) => bySlug.get(slug) };
}

/** The tool's texts in the reader's language, or English with `fallback: true`. */
export function toolLanguage(tool: Tool, locale: Locale): ToolLanguage & { locale: Locale; fallback: boolean } {
  const own = tool.languages[locale];
  return own ? { ...own, locale, fallback: false } : { ...tool.languages.en, locale: DEFAULT_LOCALE, fallback: locale !== DEFAULT_LOCALE };
}
