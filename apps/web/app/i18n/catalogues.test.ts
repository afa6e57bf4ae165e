import { SUPPORTED_LOCALES } from '@destalk/core/i18n/locales';
import { coreMessages } from '@destalk/core/i18n/messages/index';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import de from './bundles/de.ts';
import en from './bundles/en.ts';
import es from './bundles/es.ts';
import fr from './bundles/fr.ts';
import itBundle from './bundles/it.ts';

type Tree = { [key: string]: string | Tree };
const bundles: Record<string, Tree> = { en, it: itBundle, es, de, fr } as unknown as Record<string, Tree>;

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else Object.assign(out, flatten(value, path));
  }
  return out;
}

/** The argument names a message uses ({name}, {count, plural, …}). */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (elements: unknown[]) => {
    for (const el of elements as Array<{ type: number; value?: string; options?: Record<string, { value: unknown[] }> }>) {
      if (el.type !== 0 && el.type !== 7 && el.value) names.add(el.value);
      for (const option of Object.values(el.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst() as unknown[]);
  return [...names].sort();
}

const catalogues = Object.fromEntries(
  SUPPORTED_LOCALES.map((l) => [l, { ...flatten(bundles[l]!), ...flatten({ email: coreMessages[l].email } as unknown as Tree) }]),
);
const english = catalogues.en!;

describe.each(SUPPORTED_LOCALES.filter((l) => l !== 'en'))('the %s catalogue', (locale) => {
  const catalogue = catalogues[locale]!;

  it('has exactly the English keys', () => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
  });

  it('parses as ICU MessageFormat with the same arguments as English', () => {
    const mismatched = Object.keys(english).filter((key) => argumentsOf(catalogue[key]!, locale).join() !== argumentsOf(english[key]!, 'en').join());
    expect(mismatched).toEqual([]);
  });

  it('is translated, not left in English', () => {
    // Short labels can coincide (e.g. "Audit", "Status"); sentences must not.
    const hasWords = (m: string) => /[A-Za-z]{3,}.*\s.*[A-Za-z]{3,}/.test(m.replace(/\{[^{}]*\}/g, ''));
    const untranslated = Object.keys(english).filter((key) => english[key]!.length > 25 && hasWords(english[key]!) && catalogue[key] === english[key]);
    expect(untranslated).toEqual([]);
  });

  it('uses no ASCII apostrophe, which ICU would read as a quote', () => {
    expect(Object.entries(catalogue).filter(([, m]) => m.includes("'")).map(([k]) => k)).toEqual([]);
  });
});

describe('the English catalogue', () => {
  it('parses as ICU MessageFormat and uses no ASCII apostrophe inside messages with arguments', () => {
    for (const message of Object.values(english)) expect(() => argumentsOf(message, 'en')).not.toThrow();
    const risky = Object.entries(english).filter(([, m]) => m.includes("'") && m.includes('{')).map(([k]) => k);
    expect(risky).toEqual([]);
  });
});
