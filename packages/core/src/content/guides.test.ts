import { describe, expect, it } from 'vitest';
import { loadGuides } from './guides.ts';
import { renderMarkdown } from './markdown.ts';

const guide = (title: string) => `---
title: ${title}
summary: A short summary.
updated: 2026-11-28
sources:
  - title: "A source"
    publisher: Someone
    year: 2025
    url: https://example.org/source
---

## Steps

1. Do this [1].
`;

describe('renderMarkdown', () => {
  it('keeps structure and drops anything that could run', () => {
    const html = renderMarkdown('## Title\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)> **bold**');
    expect(html).toContain('<h2>Title</h2>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).not.toMatch(/script|onerror|javascript:|<img/);
  });
});

describe('loadGuides', () => {
  const library = loadGuides({ 'en/alpha.md': guide('Alpha'), 'it/alpha.md': guide('Alfa'), 'en/beta.md': guide('Beta') });

  it('serves the reader’s language and falls back to English, saying so', () => {
    expect(library.slugs).toEqual(['alpha', 'beta']);
    expect(library.get('alpha', 'it')).toMatchObject({ guide: { title: 'Alfa' }, fallback: false });
    expect(library.get('beta', 'it')).toMatchObject({ guide: { title: 'Beta', locale: 'en' }, fallback: true });
    expect(library.get('beta', 'en')?.fallback).toBe(false);
    expect(library.get('gamma', 'en')).toBeUndefined();
  });

  it('parses front matter and renders the body', () => {
    const alpha = library.get('alpha', 'en')!.guide;
    expect(alpha).toMatchObject({ summary: 'A short summary.', updated: '2026-11-28', sources: [{ title: 'A source', publisher: 'Someone', year: '2025', url: 'https://example.org/source' }] });
    expect(alpha.html).toContain('<h2>Steps</h2>');
  });

  it('rejects a guide without valid front matter', () => {
    expect(() => loadGuides({ 'en/bad.md': '## No front matter' })).toThrow(/front matter/);
  });
});
