import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../i18n/locales.ts';
import { loadPrivacyNotices } from './privacy-notice.ts';

// The privacy notice the platform ships (content/privacy/<language>.md); installers adapt it.
const root = new URL('../../../../content/privacy/', import.meta.url);
const files = Object.fromEntries(readdirSync(root).filter((f) => f.endsWith('.md')).map((f) => [f, readFileSync(new URL(f, root), 'utf8')]));

describe('the shipped privacy notice', () => {
  const notices = loadPrivacyNotices(files);

  it('exists in every language with the same version', () => {
    expect(notices.locales).toEqual([...SUPPORTED_LOCALES].sort());
    for (const locale of SUPPORTED_LOCALES) expect(notices.get(locale)).toMatchObject({ fallback: false, notice: { version: notices.version } });
  });

  it.each(SUPPORTED_LOCALES)('in %s names the controller, cites the GDPR and states every retention period', (locale) => {
    const text = files[`${locale}.md`]!;
    expect(text).toContain('https://eur-lex.europa.eu/eli/reg/2016/679/oj');
    for (const article of ['15', '16', '17', '18', '20', '21', '77']) expect(text, `Art. ${article}`).toMatch(new RegExp(`(Art\\.|Artikel|Article|Artículo|Articolo)\\s*${article}\\b`));
    // The configurable periods are named by their setting, so installers find what to adapt.
    for (const setting of ['TOOL_COPY_RETENTION_DAYS', 'IOC_REPORT_RETENTION_DAYS', 'AUDIT_RETENTION_DAYS', 'OUTBOX_RETENTION_DAYS']) expect(text, setting).toContain(setting);
    const html = notices.get(locale).notice.html;
    expect(html.match(/<h2>/g)?.length ?? 0).toBeGreaterThan(5);
    // The note to installers is a comment in the file, never part of the page.
    expect(text).toMatch(/<!--[\s\S]*`version`[\s\S]*-->/);
    expect(html).not.toContain('`version`');
    expect(html).not.toContain('<!--');
  });
});
