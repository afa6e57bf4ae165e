import type { Platform } from '../platform.ts';
import { type Item, itemSchema } from './schema.ts';
import { VersionCache } from './version-cache.ts';

const itemsOfVersion = new VersionCache<Map<string, Item>>();

/** Every item of a version, parsed once (versions are immutable). */
function versionItems(platform: Pick<Platform, 'db'>, versionId: string): Promise<Map<string, Item>> {
  return itemsOfVersion.get(versionId, async () => {
    const rows = await platform.db.selectFrom('quiz_items').select(['key', 'type', 'content']).where('versionId', '=', versionId).execute();
    return new Map(rows.map((r) => [r.key, itemSchema.parse({ key: r.key, type: r.type, ...JSON.parse(r.content) })]));
  });
}

/** The items of a version, by key, in the order asked for (unknown keys are skipped). */
export async function itemsByKey(platform: Pick<Platform, 'db'>, versionId: string, keys: string[]): Promise<Item[]> {
  if (keys.length === 0) return [];
  const byKey = await versionItems(platform, versionId);
  return keys.flatMap((k) => (byKey.has(k) ? [byKey.get(k)!] : []));
}
