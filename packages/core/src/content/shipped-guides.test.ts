import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../i18n/locales.ts';
import { loadGuides } from './guides.ts';

// The guides the platform ships (content/guides/<language>/<slug>.md).
const root = new URL('../../../../content/guides/', import.meta.url);
const files: Record<string, string> = {};
for (const locale of readdirSync(root)) {
  for (const file of readdirSync(new URL(`${locale}/`, root))) files[`${locale}/${file}`] = readFileSync(new URL(`${locale}/${file}`, root), 'utf8');
}

describe('the shipped guides', () => {
  const library = loadGuides(files);

  it('include the three stalkerware-check guides', () => {
    expect(library.slugs).toEqual(['adb-package-list', 'androidqf-acquisition', 'hotspot-traffic-capture']);
  });

  it.each(SUPPORTED_LOCALES)('exist in %s with sources, a safety section and every source cited', (locale) => {
    for (const slug of library.slugs) {
      const { guide, fallback } = library.get(slug, locale)!;
      expect(fallback, `${locale}/${slug}`).toBe(false);
      expect(guide.sources.length).toBeGreaterThan(2);
      expect(guide.html.match(/<h2>/g)?.length ?? 0).toBeGreaterThan(2);
      const body = files[`${locale}/${slug}.md`]!;
      guide.sources.forEach((_s, i) => expect(body, `${locale}/${slug} cites [${i + 1}]`).toContain(`[${i + 1}]`));
    }
  });
});
