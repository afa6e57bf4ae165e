import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../i18n/locales.ts';
import { comparePractice, evaluateTool } from './evaluate.ts';
import { loadToolLibrary, readToolFiles } from './load.ts';
import type { ToolTexts } from './schema.ts';

// The tools the platform ships (content/tools/<slug>/), validated as any organisation's tool would be.
const root = fileURLToPath(new URL('../../../../content/tools/', import.meta.url));
const library = loadToolLibrary(root);
const files = readToolFiles(root);

/** Every short text of a language file, keyed by where it sits, to compare languages. */
function flatTexts(t: ToolTexts): Map<string, string> {
  const out = new Map<string, string>([
    ['title', t.title],
    ['summary', t.summary],
    ['purpose', t.purpose],
  ]);
  for (const [k, v] of Object.entries(t.sections)) out.set(`sections.${k}`, v.title);
  for (const [k, v] of Object.entries(t.questions)) {
    out.set(`questions.${k}`, v.label);
    for (const [o, label] of Object.entries(v.options ?? {})) out.set(`questions.${k}.${o}`, label);
  }
  for (const [k, v] of Object.entries(t.flags)) out.set(`flags.${k}`, v.explanation);
  for (const [k, v] of Object.entries(t.steps)) out.set(`steps.${k}`, v);
  for (const [k, v] of Object.entries(t.practice)) out.set(`practice.${k}`, v.story);
  return out;
}

describe('the shipped tools', () => {
  it('are the five the practitioners were promised', () => {
    expect(library.list().map((t) => t.structure.slug).sort()).toEqual([
      'digital-control-inventory',
      'digital-safety-plan',
      'multi-agency-referral',
      'stalkerware-check',
      'tech-abuse-screening',
    ]);
    expect(library.get('stalkerware-check')!.structure).toMatchObject({ mode: 'link', href: '/tools/stalkerware-check' });
  });

  it.each(SUPPORTED_LOCALES)('are complete in %s: every text present, a how-to, sources', (locale) => {
    for (const tool of library.list()) {
      const language = tool.languages[locale];
      expect(language, `${tool.structure.slug} in ${locale}`).toBeDefined();
      expect(language!.howToHtml.match(/<h2>/g)?.length ?? 0, `${tool.structure.slug}/${locale}.md has sections`).toBeGreaterThanOrEqual(2);
      expect(language!.texts.sources.length).toBeGreaterThanOrEqual(2);
      // Sources are cited in the how-to as [1], [2] …
      const md = files[tool.structure.slug]![`${locale}.md`]!;
      language!.texts.sources.forEach((_s, i) => expect(md, `${tool.structure.slug}/${locale}.md cites [${i + 1}]`).toContain(`[${i + 1}]`));
    }
  });

  it.each(SUPPORTED_LOCALES.filter((l) => l !== 'en'))('are translated into %s, not left in English', (locale) => {
    for (const tool of library.list()) {
      const english = flatTexts(tool.languages.en.texts);
      const other = flatTexts(tool.languages[locale]!.texts);
      const same = [...english].filter(([k, v]) => v.length > 12 && other.get(k) === v).map(([k]) => k);
      expect(same, `${tool.structure.slug}/${locale}.yaml texts identical to English`).toEqual([]);
    }
  });

  it('give every form tool two practice cases or more, each raising at least one flag, and a flag for each audience need', () => {
    for (const tool of library.list().filter((t) => t.structure.mode === 'form')) {
      expect(tool.structure.practice.length, tool.structure.slug).toBeGreaterThanOrEqual(2);
      expect(tool.structure.flags.length, tool.structure.slug).toBeGreaterThanOrEqual(4);
      for (const c of tool.structure.practice) {
        expect(evaluateTool(tool.structure, c.answers).flags.length, `${tool.structure.slug}/${c.key}`).toBeGreaterThan(0);
        expect(comparePractice(tool.structure, c.answers, c.answers).passed).toBe(true);
        expect(comparePractice(tool.structure, c.answers, {}).passed, `${tool.structure.slug}/${c.key}: an empty form must not pass`).toBe(false);
      }
    }
  });
});
