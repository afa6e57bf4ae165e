import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../i18n/locales.ts';
import { checkColours } from './contrast.ts';
import { loadCampaignContent } from './themes.ts';

const dir = fileURLToPath(new URL('../../../../content/campaigns', import.meta.url));
const content = loadCampaignContent(dir);

/** Every string of a YAML-like value with its path. */
function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}
const placeholders = (s: string) => [...s.matchAll(/\{[a-z]+\}/g)].map((m) => m[0]).sort();
// Text that may legitimately stay as in English: URLs, hashtags only, names of sources, keys.
const exempt = (path: string, value: string) => /^sources|\.key$|^messages\[\d+\]\.key$/.test(path) || /^https?:\/\//.test(value) || /^(#\w+\s*)+$/.test(value) || value.length < 4;

describe('shipped campaign themes', () => {
  it('has at least four themes, each with every asset, in five languages', () => {
    expect(content.themes.length).toBeGreaterThanOrEqual(4);
    for (const theme of content.themes) {
      expect(Object.keys(theme.texts).sort(), theme.structure.slug).toEqual([...SUPPORTED_LOCALES].sort());
      expect(theme.structure.assets.map((a) => a.key).sort()).toEqual(['flyer-a5', 'poster-a3', 'poster-a4', 'social-landscape', 'social-square', 'social-story']);
    }
    expect(Object.keys(content.common).sort()).toEqual([...SUPPORTED_LOCALES].sort());
  });

  it('has readable default colours', () => {
    for (const theme of content.themes) expect(checkColours(theme.structure.colours).failures, theme.structure.slug).toEqual([]);
  });

  it('translates every text, keeps the placeholders and the same structure', () => {
    const pairs = [
      ...content.themes.map((t) => ({ name: t.structure.slug, texts: t.texts as Record<string, unknown> })),
      { name: 'common', texts: content.common as Record<string, unknown> },
    ];
    const problems: string[] = [];
    for (const { name, texts } of pairs) {
      const english = new Map(strings(texts.en));
      for (const locale of SUPPORTED_LOCALES.filter((l) => l !== 'en')) {
        const own = new Map(strings(texts[locale]));
        if ([...own.keys()].join('|') !== [...english.keys()].join('|')) problems.push(`${name}/${locale}: structure differs from English`);
        for (const [path, value] of own) {
          const en = english.get(path);
          if (en === undefined) continue;
          if (value === en && !exempt(path, value)) problems.push(`${name}/${locale}: ${path} is identical to English`);
          if (placeholders(value).join() !== placeholders(en).join()) problems.push(`${name}/${locale}: ${path} placeholders ${placeholders(value)} ≠ ${placeholders(en)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('never calls a device safe and keeps source URLs identical across languages', () => {
    for (const [locale, common] of Object.entries(content.common)) {
      expect(common.sources.map((s) => s.url), locale).toEqual(content.common.en.sources.map((s) => s.url));
      for (const s of common.sources) expect(s.url.startsWith('https://')).toBe(true);
    }
    const english = [...content.themes.map((t) => t.texts.en), content.common.en].flatMap((t) => strings(t)).map(([, v]) => v);
    for (const text of english) expect(text).not.toMatch(/(phone|device) is (now )?safe/i);
  });

  it('keeps headlines short enough for a poster', () => {
    for (const theme of content.themes) for (const [locale, t] of Object.entries(theme.texts)) expect(t.headline.length, `${theme.structure.slug}/${locale}`).toBeLessThanOrEqual(70);
  });
});
