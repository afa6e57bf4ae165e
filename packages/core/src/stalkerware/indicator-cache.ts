import type { FeedProvenance, IndicatorIndex } from '@destalk/ioc';
import type { Platform } from '../platform.ts';
import { indexOf, parseFeedFiles } from './parse-feeds.ts';

interface Cached {
  setId: string;
  index: IndicatorIndex;
}

const cache = new WeakMap<object, Cached>();

/**
 * The index of the active feed set, built once per process and rebuilt when another set becomes
 * active (a cheap query per check; every instance notices an import on its next check).
 * Returns undefined when no feed has been imported yet.
 */
export async function activeIndicatorIndex(platform: Pick<Platform, 'db'>): Promise<IndicatorIndex | undefined> {
  const active = await platform.db.selectFrom('ioc_feed_sets').select(['id', 'provenance']).where('active', '=', 1).executeTakeFirst();
  if (!active) return undefined;
  const cached = cache.get(platform.db);
  if (cached?.setId === active.id) return cached.index;
  const files = await platform.db.selectFrom('ioc_feed_files').select(['fileName', 'kind', 'content']).where('setId', '=', active.id).orderBy('fileName').execute();
  const { index } = indexOf(parseFeedFiles(files, JSON.parse(active.provenance) as FeedProvenance));
  cache.set(platform.db, { setId: active.id, index });
  return index;
}
