import { describe, expect, it } from 'vitest';
import { loadPrivacyNotices } from './privacy-notice.ts';

const notice = (version: string, title: string) => `---
version: "${version}"
updated: 2026-11-30
title: ${title}
---

## Who is responsible

The organisation that runs this installation.
`;

describe('loadPrivacyNotices', () => {
  it('serves the reader’s language and falls back to English, saying so', () => {
    const notices = loadPrivacyNotices({ 'en.md': notice('1', 'Privacy notice'), 'it.md': notice('1', 'Informativa sulla privacy') });
    expect(notices.version).toBe('1');
    expect(notices.locales).toEqual(['en', 'it']);
    expect(notices.get('it')).toMatchObject({ notice: { title: 'Informativa sulla privacy', locale: 'it', updated: '2026-11-30' }, fallback: false });
    expect(notices.get('de')).toMatchObject({ notice: { title: 'Privacy notice', locale: 'en' }, fallback: true });
    expect(notices.get('en').notice.html).toContain('<h2>Who is responsible</h2>');
  });

  it('refuses languages that disagree on the version, a missing English text and missing front matter', () => {
    expect(() => loadPrivacyNotices({ 'en.md': notice('2', 'A'), 'fr.md': notice('1', 'B') })).toThrow(/version 2; fr has 1/);
    expect(() => loadPrivacyNotices({ 'it.md': notice('1', 'A') })).toThrow(/no English text/);
    expect(() => loadPrivacyNotices({ 'en.md': '## No front matter' })).toThrow(/front matter/);
  });

  it('reads an unquoted number as the version text', () => {
    const notices = loadPrivacyNotices({ 'en.md': notice('1', 'A').replace('"1"', '3') });
    expect(notices.version).toBe('3');
  });
});
