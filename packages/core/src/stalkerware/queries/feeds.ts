import type { FeedProvenance, IndexStats } from '@destalk/ioc';
import type { Actor } from '../../accounts/actor.ts';
import { authorizePlatform } from '../../organisations/policies.ts';
import type { Platform } from '../../platform.ts';

export interface FeedSetView {
  id: string;
  active: boolean;
  source: string;
  version: string;
  importedAt: string;
  provenance: FeedProvenance;
  counts: IndexStats;
  warnings: number;
  files: Array<{ fileName: string; bytes: number; sha256: string }>;
}

async function feedSets(platform: Pick<Platform, 'db'>, onlyActive: boolean): Promise<FeedSetView[]> {
  let query = platform.db.selectFrom('ioc_feed_sets').select(['id', 'active', 'source', 'version', 'importedAt', 'provenance', 'counts', 'warnings']).orderBy('importedAt', 'desc');
  if (onlyActive) query = query.where('active', '=', 1);
  const sets = await query.execute();
  const files = sets.length
    ? await platform.db.selectFrom('ioc_feed_files').select(['setId', 'fileName', 'bytes', 'sha256']).where('setId', 'in', sets.map((s) => s.id)).orderBy('fileName').execute()
    : [];
  return sets.map((s) => ({
    id: s.id,
    active: s.active === 1,
    source: s.source,
    version: s.version,
    importedAt: s.importedAt,
    provenance: JSON.parse(s.provenance) as FeedProvenance,
    counts: JSON.parse(s.counts) as IndexStats,
    warnings: s.warnings,
    files: files.filter((f) => f.setId === s.id).map((f) => ({ fileName: f.fileName, bytes: f.bytes, sha256: f.sha256 })),
  }));
}

/** The active set's provenance, shown with every check (CC BY 4.0 asks for attribution). */
export async function activeFeedSet(platform: Pick<Platform, 'db'>): Promise<FeedSetView | undefined> {
  return (await feedSets(platform, true))[0];
}

/** For the admin page: the active set and the one before it. */
export async function listFeedSets(platform: Pick<Platform, 'db'>, actor: Actor): Promise<FeedSetView[]> {
  authorizePlatform(actor, 'platform.manageIndicators');
  return feedSets(platform, false);
}
