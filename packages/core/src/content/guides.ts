import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { renderMarkdown } from './markdown.ts';

const frontMatter = z.object({
  title: z.string().min(1),
  summary: z.string().min(1),
  updated: z.union([z.string(), z.date()]).transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)),
  sources: z.array(z.object({ title: z.string(), publisher: z.string(), year: z.union([z.number(), z.string()]), url: z.url() })).min(1),
});

export interface Guide {
  slug: string;
  locale: string;
  title: string;
  summary: string;
  updated: string;
  sources: Array<{ title: string; publisher: string; year: string; url: string }>;
  html: string;
}

/** Splits `---` front matter from the Markdown body and validates it. */
export function parseGuide(slug: string, locale: string, text: string): Guide {
  const match = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
  if (!match) throw new Error(`guide ${locale}/${slug}: no front matter`);
  const meta = frontMatter.parse(parseYaml(match[1]!));
  return { slug, locale, ...meta, sources: meta.sources.map((s) => ({ ...s, year: String(s.year) })), html: renderMarkdown(match[2]!) };
}

export interface GuideLibrary {
  slugs: string[];
  /** The guide in the reader's language, or in English with `fallback: true`. */
  get(slug: string, locale: Locale): { guide: Guide; fallback: boolean } | undefined;
  list(locale: Locale): Array<{ guide: Guide; fallback: boolean }>;
}

/** Builds the guide library from `<locale>/<slug>.md` texts (parsed and rendered once). */
export function loadGuides(files: Record<string, string>): GuideLibrary {
  const byKey = new Map<string, Guide>();
  for (const [path, text] of Object.entries(files)) {
    const [locale, file] = path.split('/');
    if (!locale || !file?.endsWith('.md')) continue;
    const slug = file.slice(0, -3);
    byKey.set(`${locale}/${slug}`, parseGuide(slug, locale, text));
  }
  const slugs = [...new Set([...byKey.values()].filter((g) => g.locale === DEFAULT_LOCALE).map((g) => g.slug))].sort();
  const get = (slug: string, locale: Locale) => {
    const own = byKey.get(`${locale}/${slug}`);
    if (own) return { guide: own, fallback: false };
    const english = byKey.get(`${DEFAULT_LOCALE}/${slug}`);
    return english ? { guide: english, fallback: locale !== DEFAULT_LOCALE } : undefined;
  };
  return { slugs, get, list: (locale) => slugs.map((slug) => get(slug, locale)!).filter(Boolean) };
}
