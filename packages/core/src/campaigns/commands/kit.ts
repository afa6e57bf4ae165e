import type { Actor } from '../../accounts/actor.ts';
import type { JobQueue } from '../../jobs/job-queue.ts';
import { newId } from '../../ids.ts';
import type { Platform } from '../../platform.ts';
import { fieldError } from '../../validation.ts';
import { kitInputOf } from '../kit-input.ts';
import { buildKit, kitAssetCount } from '../render/kit.ts';
import { campaignContent } from '../themes.ts';
import { managedCampaign } from './authoring.ts';

export const CAMPAIGN_KIT_QUEUE = 'campaign-kit';
/** Older kits of a campaign are dropped; the last few stay downloadable. */
const KITS_KEPT = 3;

/**
 * Queues the kit's generation (a job: rendering takes seconds) and returns the kit to follow. While
 * a kit is queued or running, asking again returns that one instead of starting a second.
 */
export async function requestCampaignKit(platform: Pick<Platform, 'db' | 'clock' | 'audit' | 'config' | 'jobs'>, actor: Actor, campaignId: string, requestId?: string): Promise<{ kitId: string }> {
  const campaign = await managedCampaign(platform, actor, campaignId);
  if (!(JSON.parse(campaign.contacts) as unknown[]).length) throw fieldError('contacts', 'validation:campaignNoContacts');
  const theme = campaignContent(platform.config.campaignsDir).theme(campaign.theme);
  if (!theme) throw fieldError('theme', 'validation:theme');
  const pending = await platform.db.selectFrom('campaign_kits').select('id').where('campaignId', '=', campaignId).where('status', 'in', ['queued', 'running']).executeTakeFirst();
  if (pending) return { kitId: pending.id };
  const kitId = newId();
  const total = kitAssetCount({ theme, languages: JSON.parse(campaign.languages) });
  await platform.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('campaign_kits')
      .values({ id: kitId, campaignId, status: 'queued', total, done: 0, manifest: null, zip: null, size: null, error: null, requestedByUserId: actor.userId, createdAt: platform.clock.now().toISOString(), finishedAt: null })
      .execute();
    await platform.audit.record({ event: 'campaign.kit_requested', actorUserId: actor.userId, organisationId: campaign.organisationId, subjectType: 'campaign', subjectId: campaignId, requestId: requestId ?? null }, trx);
  });
  await platform.jobs.enqueue(CAMPAIGN_KIT_QUEUE, { kitId }, { retryLimit: 1, retryDelaySeconds: 5 });
  return { kitId };
}

/** Renders a queued kit, writing progress after every asset so the page can show it. */
export async function renderCampaignKit(platform: Pick<Platform, 'db' | 'clock' | 'config' | 'logger'>, kitId: string): Promise<void> {
  const kit = await platform.db.selectFrom('campaign_kits').select(['id', 'campaignId', 'status']).where('id', '=', kitId).executeTakeFirst();
  if (!kit || kit.status === 'done') return;
  await platform.db.updateTable('campaign_kits').set({ status: 'running', done: 0, error: null }).where('id', '=', kitId).execute();
  try {
    const input = await kitInputOf(platform, kit.campaignId);
    const { zip, assets } = await buildKit(input, async (done, total) => {
      await platform.db.updateTable('campaign_kits').set({ done, total }).where('id', '=', kitId).execute();
    });
    await platform.db
      .updateTable('campaign_kits')
      .set({ status: 'done', zip, size: zip.byteLength, manifest: JSON.stringify(assets), finishedAt: platform.clock.now().toISOString() })
      .where('id', '=', kitId)
      .execute();
    const old = await platform.db.selectFrom('campaign_kits').select('id').where('campaignId', '=', kit.campaignId).where('status', '=', 'done').orderBy('createdAt', 'desc').offset(KITS_KEPT).limit(100).execute();
    if (old.length) await platform.db.deleteFrom('campaign_kits').where('id', 'in', old.map((o) => o.id)).execute();
  } catch (error) {
    platform.logger.error({ err: error, kitId }, 'campaign kit failed');
    await platform.db
      .updateTable('campaign_kits')
      .set({ status: 'failed', error: error instanceof Error ? error.message.slice(0, 500) : 'unknown', finishedAt: platform.clock.now().toISOString() })
      .where('id', '=', kitId)
      .execute();
  }
}

export function registerCampaignKitJob(jobs: JobQueue, platform: () => Platform): void {
  jobs.register<{ kitId: string }>(CAMPAIGN_KIT_QUEUE, async ({ kitId }) => renderCampaignKit(platform(), kitId));
}
