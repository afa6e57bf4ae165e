import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { type Locale, SUPPORTED_LOCALES } from '../i18n/locales.ts';
import { ASSET_KEYS, type CommonTexts, commonTexts, type ThemeStructure, type ThemeTexts, themeStructure, themeTexts } from './theme-schema.ts';

export interface CampaignTheme {
  structure: ThemeStructure;
  /** Texts per locale; English always exists (the fallback). */
  texts: Partial<Record<Locale, ThemeTexts>> & { en: ThemeTexts };
}

export interface CampaignContent {
  dir: string;
  themes: CampaignTheme[];
  common: Partial<Record<Locale, CommonTexts>> & { en: CommonTexts };
  theme(slug: string): CampaignTheme | undefined;
  /** The theme's texts in the locale, or English. */
  textsOf(theme: CampaignTheme, locale: Locale): ThemeTexts;
  commonOf(locale: Locale): CommonTexts;
}

export class CampaignContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`campaign content: ${problems.join('; ')}`);
  }
}

function readYaml<S extends z.ZodType>(file: string, schema: S, problems: string[]): z.output<S> | undefined {
  const result = schema.safeParse(parseYaml(readFileSync(file, 'utf8')));
  if (result.success) return result.data;
  problems.push(...result.error.issues.map((i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`));
  return undefined;
}

/** Cross-checks one theme: every asset once, print items carry a QR code and contacts, images no QR. */
export function themeProblems(theme: CampaignTheme): string[] {
  const s = theme.structure;
  const problems: string[] = [];
  const keys = s.assets.map((a) => a.key);
  for (const key of ASSET_KEYS) if (!keys.includes(key)) problems.push(`${s.slug}: asset "${key}" is missing`);
  if (new Set(keys).size !== keys.length) problems.push(`${s.slug}: an asset appears twice`);
  for (const a of s.assets) {
    const print = a.kind !== 'social';
    if (print !== (a.size.unit === 'mm')) problems.push(`${s.slug}/${a.key}: print items are sized in mm, images in px`);
    if (print && !a.slots.includes('qr')) problems.push(`${s.slug}/${a.key}: a print item needs the qr slot`);
    if (!print && a.slots.includes('qr')) problems.push(`${s.slug}/${a.key}: an image takes no QR code`);
    if (!a.slots.includes('contacts')) problems.push(`${s.slug}/${a.key}: every asset shows where to get help (contacts slot)`);
  }
  const english = theme.texts.en.messages.map((m) => m.key).join(',');
  for (const [locale, texts] of Object.entries(theme.texts)) {
    if (texts.messages.map((m) => m.key).join(',') !== english) problems.push(`${s.slug}/${locale}: message keys differ from English`);
  }
  return problems;
}

/**
 * Reads campaign themes and shared texts from `dir` (content/campaigns by default): a folder per
 * theme with theme.yaml and <locale>.yaml, and common/<locale>.yaml. Every problem is listed at once.
 */
export function loadCampaignContent(dir: string): CampaignContent {
  const problems: string[] = [];
  const themesDir = join(dir, 'themes');
  const themes: CampaignTheme[] = [];
  for (const slug of existsSync(themesDir) ? readdirSync(themesDir).sort() : []) {
    const folder = join(themesDir, slug);
    if (!statSync(folder).isDirectory()) continue;
    const structure = readYaml(join(folder, 'theme.yaml'), themeStructure, problems);
    const texts: Partial<Record<Locale, ThemeTexts>> = {};
    for (const locale of SUPPORTED_LOCALES) {
      const file = join(folder, `${locale}.yaml`);
      if (!existsSync(file)) continue;
      const t = readYaml(file, themeTexts, problems);
      if (t) texts[locale] = t;
    }
    if (!structure) continue;
    if (structure.slug !== slug) problems.push(`${folder}: slug "${structure.slug}" differs from the folder name`);
    if (!texts.en) {
      problems.push(`${folder}: en.yaml is missing`);
      continue;
    }
    const theme = { structure, texts: texts as CampaignTheme['texts'] };
    problems.push(...themeProblems(theme));
    themes.push(theme);
  }
  const common: Partial<Record<Locale, CommonTexts>> = {};
  for (const locale of SUPPORTED_LOCALES) {
    const file = join(dir, 'common', `${locale}.yaml`);
    if (!existsSync(file)) continue;
    const c = readYaml(file, commonTexts, problems);
    if (c) common[locale] = c;
  }
  if (!common.en) problems.push(`${join(dir, 'common')}: en.yaml is missing`);
  if (!themes.length) problems.push(`${themesDir}: no theme`);
  if (problems.length) throw new CampaignContentError(problems);
  themes.sort((a, b) => a.structure.order - b.structure.order || a.structure.slug.localeCompare(b.structure.slug));
  const commonEn = common.en!;
  return {
    dir,
    themes,
    common: common as CampaignContent['common'],
    theme: (slug) => themes.find((t) => t.structure.slug === slug),
    textsOf: (theme, locale) => theme.texts[locale] ?? theme.texts.en,
    commonOf: (locale) => common[locale] ?? commonEn,
  };
}

let cached: CampaignContent | undefined;
/** The content of `dir`, read once per process (an organisation edits files and restarts). */
export function campaignContent(dir: string): CampaignContent {
  if (!cached || cached.dir !== dir) cached = loadCampaignContent(dir);
  return cached;
}
