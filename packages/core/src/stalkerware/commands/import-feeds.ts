import type { IndexStats } from '@destalk/ioc';
import { newId } from '../../ids.ts';
import type { Platform } from '../../platform.ts';
import { contentVersion, type FetchedFeeds } from '../feed-source.ts';
import { indexOf, parseFeedFiles, provenanceFor } from '../parse-feeds.ts';

export interface ImportedFeeds {
  setId: string;
  version: string;
  source: string;
  counts: IndexStats;
  warnings: number;
  files: Array<{ fileName: string; bytes: number; sha256: string }>;
  /** false when the same files are already the active set (nothing changed). */
  changed: boolean;
}

/**
 * Stores a feed snapshot as the active indicator set. The files are parsed (and so validated)
 * before anything is written; the previous set stays until the new one commits, so scans never
 * see a half-imported set. Importing the same files again changes nothing.
 */
export async function importFeeds(
  platform: Pick<Platform, 'db' | 'clock' | 'audit'>,
  fetched: FetchedFeeds,
  options: { version?: string; actorUserId?: string | null } = {},
): Promise<ImportedFeeds> {
  const version = options.version?.trim() || contentVersion(fetched.files);
  const importedAt = platform.clock.now().toISOString();
  const provenance = provenanceFor(version, importedAt.slice(0, 10));
  const { stats, warnings } = indexOf(parseFeedFiles(fetched.files, provenance));
  const files = fetched.files.map((f) => ({ fileName: f.fileName, bytes: f.bytes, sha256: f.sha256 }));

  return platform.db.transaction().execute(async (trx) => {
    const active = await trx.selectFrom('ioc_feed_sets').select(['id', 'version']).where('active', '=', 1).executeTakeFirst();
    if (active && active.version === version) {
      return { setId: active.id, version, source: fetched.source, counts: stats, warnings, files, changed: false };
    }
    const setId = newId();
    await trx.updateTable('ioc_feed_sets').set({ active: 0 }).where('active', '=', 1).execute();
    await trx
      .insertInto('ioc_feed_sets')
      .values({
        id: setId,
        source: fetched.source,
        version,
        provenance: JSON.stringify(provenance),
        counts: JSON.stringify(stats),
        warnings,
        importedAt,
        importedByUserId: options.actorUserId ?? null,
        active: 1,
      })
      .execute();
    for (const file of fetched.files) {
      await trx.insertInto('ioc_feed_files').values({ id: newId(), setId, fileName: file.fileName, kind: file.kind, sha256: file.sha256, bytes: file.bytes, content: file.content }).execute();
    }
    // Only the active set and the one before it are kept: older snapshots are of no use.
    const keep = [setId, ...(active ? [active.id] : [])];
    await trx.deleteFrom('ioc_feed_sets').where('id', 'not in', keep).execute();
    await platform.audit.record({ event: 'stalkerware.feeds_imported', actorUserId: options.actorUserId ?? null, subjectType: 'feed_set', subjectId: setId, data: { version, apps: stats.apps } }, trx);
    return { setId, version, source: fetched.source, counts: stats, warnings, files, changed: true };
  });
}
