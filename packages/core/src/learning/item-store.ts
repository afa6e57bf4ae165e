import type { Platform } from '../platform.ts';
import { type Item, itemSchema } from './schema.ts';

/** The items of a version, by key, in the order asked for (unknown keys are skipped). */
export async function itemsByKey(platform: Pick<Platform, 'db'>, versionId: string, keys: string[]): Promise<Item[]> {
  if (keys.length === 0) return [];
  const rows = await platform.db.selectFrom('quiz_items').select(['key', 'type', 'content']).where('versionId', '=', versionId).where('key', 'in', keys).execute();
  const byKey = new Map(rows.map((r) => [r.key, itemSchema.parse({ key: r.key, type: r.type, ...JSON.parse(r.content) })]));
  return keys.flatMap((k) => (byKey.has(k) ? [byKey.get(k)!] : []));
}
