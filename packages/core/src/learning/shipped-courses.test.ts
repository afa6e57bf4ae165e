import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../i18n/locales.ts';
import { shippedCourses } from '../seed/demo-courses.ts';
import type { CoursePackage } from './schema.ts';

// The courses the platform ships (content/courses/<slug>/), read and validated like any package.
const root = fileURLToPath(new URL('../../../../content/courses/', import.meta.url));
const citations = (text: string) => [...new Set(text.match(/\[\d+\]/g) ?? [])].sort();

/** Every translatable text of a package, with where it sits. */
function texts(value: unknown, path: string[] = []): Array<{ path: string; map: Record<string, string> }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, [...path, String(i)]));
  if (value && typeof value === 'object' && !(value instanceof Uint8Array)) {
    const record = value as Record<string, unknown>;
    if (typeof record.en === 'string' && Object.keys(record).every((k) => /^[a-z]{2}$/.test(k))) return [{ path: path.join('.'), map: record as Record<string, string> }];
    return Object.entries(record).flatMap(([k, v]) => texts(v, [...path, k]));
  }
  return [];
}

describe('the shipped courses', async () => {
  const packages: CoursePackage[] = await shippedCourses(root);

  it('are the main course and its refresher, in every language', () => {
    expect(packages.map((p) => [p.slug, p.refresherOf, p.certificateValidityMonths])).toEqual([
      ['cyberviolence-essentials', null, 12],
      ['cyberviolence-refresher', 'cyberviolence-essentials', 12],
    ]);
    for (const pkg of packages) expect(pkg.locales).toEqual([...SUPPORTED_LOCALES]);
  });

  it('have a graded final quiz with scenario cases, and feedback on every option', () => {
    for (const pkg of packages) {
      const finalItems = pkg.items.filter((i) => pkg.finalQuiz?.items.includes(i.key));
      expect(finalItems.filter((i) => i.type === 'scenario').length).toBeGreaterThanOrEqual(2);
      const options = pkg.items.flatMap((i) => (i.type === 'scenario' ? i.questions : [i]).flatMap((q) => q.options));
      expect(options.every((o) => o.feedback !== undefined)).toBe(true);
    }
  });

  it('grade with at least 60 items, a third of them scenario cases, and a quiz in every module of the main course', () => {
    const main = packages.find((p) => p.slug === 'cyberviolence-essentials')!;
    const gradedKeys = new Set([...(main.finalQuiz?.items ?? []), ...main.modules.flatMap((m) => m.quiz?.items ?? [])]);
    const graded = main.items.filter((i) => gradedKeys.has(i.key));
    expect(graded.length).toBeGreaterThanOrEqual(60);
    expect(graded.filter((i) => i.type === 'scenario').length * 3).toBeGreaterThanOrEqual(graded.length);
    expect(main.modules.filter((m) => !m.quiz).map((m) => m.key)).toEqual([]);
    // Test-wise learners pick the longest option: it must rarely be the right one.
    const questions = main.items.flatMap((i) => (i.type === 'scenario' ? i.questions : [i])).filter((q) => q.type !== 'true_false');
    const longestIsRight = questions.filter((q) => {
      const lengths = q.options.map((o) => o.text.en!.length);
      return q.options.some((o, k) => o.correct && lengths[k] === Math.max(...lengths));
    });
    expect(longestIsRight.length * 4).toBeLessThanOrEqual(questions.length);
    // A single-answer question has exactly one right option; a multiple-answer one at least one.
    for (const q of graded.flatMap((i) => (i.type === 'scenario' ? i.questions : [i]))) {
      const right = q.options.filter((o) => o.correct).length;
      if (q.type === 'single' || q.type === 'true_false') expect(right, q.key).toBe(1);
      else expect(right, q.key).toBeGreaterThanOrEqual(1);
    }
  });

  it('give the refresher its own set of at least five scenario cases', () => {
    const [main, refresher] = packages as [CoursePackage, CoursePackage];
    const cases = refresher.items.filter((i) => i.type === 'scenario' && refresher.finalQuiz?.items.includes(i.key));
    expect(cases.length).toBeGreaterThanOrEqual(5);
    const mainVignettes = new Set(main.items.flatMap((i) => (i.type === 'scenario' ? [i.vignette.en] : [])));
    expect(cases.filter((c) => c.type === 'scenario' && mainVignettes.has(c.vignette.en))).toEqual([]);
  });

  it('ship a glossary in every language with the same terms, linked from the first lesson', () => {
    const main = packages.find((p) => p.slug === 'cyberviolence-essentials')!;
    const entries = (locale: string) => {
      const file = main.assets.find((a) => a.name === `glossary.${locale}.txt`);
      expect(file, `glossary.${locale}.txt`).toBeDefined();
      return new TextDecoder().decode(file!.bytes).split('\n').slice(2).filter((line) => line.includes(': '));
    };
    const english = entries('en');
    expect(english.length).toBeGreaterThanOrEqual(15);
    for (const locale of SUPPORTED_LOCALES) {
      expect(entries(locale).length, locale).toBe(english.length);
      if (locale !== 'en') expect(entries(locale).every((line) => line.includes('(English: ')), locale).toBe(true);
      expect(main.modules[0]!.lessons[0]!.body[locale], locale).toContain(`(assets/glossary.${locale}.txt)`);
    }
  });

  it('have every text in every language', () => {
    for (const pkg of packages) {
      for (const { path, map } of texts(pkg)) {
        for (const locale of SUPPORTED_LOCALES) expect(map[locale]?.trim(), `${pkg.slug} ${path} ${locale}`).toBeTruthy();
      }
    }
  });

  it('leave nothing in English: no text, and no paragraph of a lesson outside its sources, identical to the English', () => {
    // Short labels, names and addresses may rightly be the same in every language.
    const mayMatch = (text: string) => text.length <= 12 || /^https?:\/\//.test(text) || /^[\p{Lu}][\p{L}.'’ -]+$/u.test(text) && text.split(' ').length <= 3;
    const paragraphs = (body: string) =>
      body
        .slice(0, body.lastIndexOf('\n## ') > 0 && /\n## (Sources|Fonti|Fuentes|Quellen|Sources et références|Références)/.test(body) ? body.search(/\n## (Sources|Fonti|Fuentes|Quellen|Sources et références|Références)/) : body.length)
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter((p) => p.length > 40 && !/^!?\[[^\]]*\]\([^)]+\)$/.test(p) && !/^\|/.test(p));
    const same: string[] = [];
    let compared = 0;
    for (const pkg of packages) {
      for (const { path, map } of texts(pkg)) {
        for (const locale of SUPPORTED_LOCALES.filter((l) => l !== 'en')) {
          if (path.endsWith('body')) {
            const english = new Set(paragraphs(map.en!));
            for (const p of paragraphs(map[locale]!)) {
              compared += 1;
              if (english.has(p)) same.push(`${pkg.slug} ${path} ${locale}: ${p.slice(0, 60)}`);
            }
          } else {
            compared += 1;
            if (map[locale] === map.en && !mayMatch(map.en!)) same.push(`${pkg.slug} ${path} ${locale}: ${map.en!.slice(0, 60)}`);
          }
        }
      }
    }
    expect(same).toEqual([]);
    // The check reads the whole package: every text and lesson paragraph in four languages.
    expect(compared).toBeGreaterThan(4000);
  });

  it('end every lesson with its sources, cite each one, and keep the citations in translation', () => {
    for (const pkg of packages) {
      for (const lesson of pkg.modules.flatMap((m) => m.lessons)) {
        const english = lesson.body.en!;
        const sources = english.slice(english.lastIndexOf('\n## Sources')).match(/^\d+\. .+https?:\/\/\S+$/gm) ?? [];
        expect(sources.length, `${lesson.key} sources`).toBeGreaterThan(0);
        sources.forEach((_s, i) => expect(english, `${lesson.key} cites [${i + 1}]`).toContain(`[${i + 1}]`));
        for (const locale of SUPPORTED_LOCALES) {
          const text = lesson.body[locale]!;
          expect(citations(text), `${lesson.key}.${locale} citations`).toEqual(citations(english));
          expect(text.match(/^#{2,3} /gm)?.length, `${lesson.key}.${locale} headings`).toBe(english.match(/^#{2,3} /gm)?.length);
        }
      }
    }
  });
});
