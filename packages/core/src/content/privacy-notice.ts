import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales.ts';
import { renderMarkdown } from './markdown.ts';

const frontMatter = z.object({
  /** Recorded with every acceptance: change it whenever the notice changes in substance. */
  version: z.union([z.string(), z.number()]).transform(String).pipe(z.string().regex(/^[0-9A-Za-z.-]{1,20}$/)),
  updated: z.union([z.string(), z.date()]).transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)),
  title: z.string().min(1),
});

export interface PrivacyNotice {
  locale: Locale;
  version: string;
  updated: string;
  title: string;
  html: string;
}

export interface PrivacyNotices {
  /** The version every language carries (they must agree: one acceptance, one text). */
  version: string;
  locales: Locale[];
  /** The notice in the reader's language, or in English with `fallback: true`. */
  get(locale: Locale): { notice: PrivacyNotice; fallback: boolean };
}

/** Splits `---` front matter from the Markdown body and validates it. */
export function parsePrivacyNotice(locale: Locale, text: string): PrivacyNotice {
  const match = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
  if (!match) throw new Error(`privacy notice ${locale}: no front matter`);
  const meta = frontMatter.parse(parseYaml(match[1]!));
  return { locale, ...meta, html: renderMarkdown(match[2]!) };
}

/**
 * The privacy notice from `<locale>.md` texts (parsed and rendered once). English must exist, and
 * every language must carry the same version: a person accepts one version of the notice,
 * whichever language they read it in.
 */
export function loadPrivacyNotices(files: Record<string, string>): PrivacyNotices {
  const notices = new Map<Locale, PrivacyNotice>();
  for (const [file, text] of Object.entries(files)) {
    const locale = file.replace(/\.md$/, '');
    if (!file.endsWith('.md') || !isLocale(locale)) continue;
    notices.set(locale, parsePrivacyNotice(locale, text));
  }
  const english = notices.get(DEFAULT_LOCALE);
  if (!english) throw new Error('privacy notice: no English text (content/privacy/en.md)');
  const differing = [...notices.values()].filter((n) => n.version !== english.version).map((n) => `${n.locale} has ${n.version}`);
  if (differing.length) throw new Error(`privacy notice: every language must have version ${english.version}; ${differing.join(', ')}`);
  return {
    version: english.version,
    locales: [...notices.keys()].sort(),
    get: (locale) => {
      const own = notices.get(locale);
      return own ? { notice: own, fallback: false } : { notice: english, fallback: true };
    },
  };
}
