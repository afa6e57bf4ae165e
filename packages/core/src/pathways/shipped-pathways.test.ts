import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../i18n/locales.ts';
import { loadToolLibrary } from '../tools/load.ts';
import { pathwayFile, STEP_KINDS } from './schema.ts';

// The pathways the demo ships (content/pathways/<slug>.yaml), one per audience at least.
const root = fileURLToPath(new URL('../../../../content/pathways/', import.meta.url));
const tools = loadToolLibrary(fileURLToPath(new URL('../../../../content/tools/', import.meta.url)));
const courses = readdirSync(fileURLToPath(new URL('../../../../content/courses/', import.meta.url)));
const pathways = readdirSync(root)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ file: f, pathway: pathwayFile.parse(parseYaml(readFileSync(`${root}/${f}`, 'utf8'))) }));

describe('the shipped pathways', () => {
  it('cover each audience, every kind of step, and name real courses and tools', () => {
    expect(pathways.map((p) => p.pathway.audience).sort()).toEqual(['perpetrator_programme', 'public_authority', 'victim_support']);
    for (const { file, pathway } of pathways) {
      expect(file).toBe(`${pathway.slug}.yaml`);
      expect(new Set(pathway.steps.map((s) => s.kind)), pathway.slug).toEqual(new Set(STEP_KINDS));
      for (const step of pathway.steps) {
        if (step.course) expect(courses, `${pathway.slug}: course ${step.course}`).toContain(step.course);
        if (step.tool) expect(tools.get(step.tool)?.structure.mode, `${pathway.slug}: tool ${step.tool}`).toBe('form');
      }
    }
  });

  it.each(SUPPORTED_LOCALES)('are written in %s', (locale) => {
    for (const { pathway } of pathways) {
      const texts = [pathway.title, pathway.summary, ...pathway.steps.flatMap((s) => [s.title, s.body])];
      for (const text of texts) expect(text[locale], `${pathway.slug} in ${locale}`).toBeTruthy();
      if (locale !== 'en') for (const text of texts) expect(text[locale], `${pathway.slug}: ${locale} equals English`).not.toBe(text.en);
    }
  });
});
