import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importPathwayFile } from '../pathways/commands/authoring.ts';
import { type PathwayFile, pathwayFile } from '../pathways/schema.ts';
import type { Platform } from '../platform.ts';

/** The pathway files of a folder (`<slug>.yaml`), validated. */
export function shippedPathways(dir: string): PathwayFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const parsed = pathwayFile.safeParse(parseYaml(readFileSync(join(dir, f), 'utf8')));
      if (!parsed.success) throw new Error(`pathway ${f}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return parsed.data;
    });
}

/** Imports the shipped pathways, published and owned by the demo trainer (who edits them in the browser). */
export async function seedDemoPathways(platform: Platform, authorUserId: string | null): Promise<string[]> {
  const imported: string[] = [];
  for (const file of shippedPathways(platform.config.pathwaysDir)) {
    await importPathwayFile(platform, file, authorUserId);
    imported.push(file.slug);
  }
  return imported;
}
