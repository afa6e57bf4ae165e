import { sql } from 'kysely';
import type { Platform } from '../../platform.ts';
import type { ReachKind } from '../schema.ts';

/**
 * Counts one page view, QR-code visit or kit download of a published campaign in today's (UTC)
 * aggregate: one atomic upsert, so simultaneous visits are all counted. Nothing about the visitor
 * (no IP address, no identifier, no cookie) is read or stored.
 */
export async function countCampaignReach(platform: Pick<Platform, 'db' | 'clock'>, campaignId: string, kind: ReachKind): Promise<void> {
  const day = platform.clock.now().toISOString().slice(0, 10);
  await platform.db
    .insertInto('campaign_reach')
    .values({ campaignId, day, kind, count: 1 })
    .onConflict((oc) => oc.columns(['campaignId', 'day', 'kind']).doUpdateSet({ count: sql<number>`campaign_reach.count + 1` }))
    .execute();
}
