import { managedCampaign } from '@destalk/core/campaigns/commands/authoring';
import { campaignAssetPreview } from '@destalk/core/campaigns/queries/preview';
import { AppError } from '@destalk/core/errors';
import { LRUCache } from 'lru-cache';
import type { Route } from './+types/org-campaign-preview';
import { requireActor } from '../lib/actor.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';

// Rendering a preview takes tens of milliseconds and the builder shows six per page. A preview is
// keyed by everything it depends on: the campaign's last change, the language and colours tried.
const cache = new LRUCache<string, Buffer>({ maxSize: 32 * 1024 * 1024, sizeCalculation: (b) => b.byteLength });

/** A PNG preview of one asset for the campaign builder (those who manage the campaign only). */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  return guardLoader(request, async () => {
    const campaign = await managedCampaign(context.platform, actor, params.campaignId);
    if (campaign.organisationId !== params.organisationId) throw new AppError('not_found');
    const asset = params.asset.replace(/\.png$/, '');
    const url = new URL(request.url);
    const colours = Object.fromEntries(['background', 'text', 'accent'].flatMap((k) => (url.searchParams.get(k) ? [[k, url.searchParams.get(k)!]] : [])));
    const key = JSON.stringify([campaign.id, campaign.updatedAt, asset, url.searchParams.get('lang'), colours]);
    let png = cache.get(key);
    if (!png) {
      png = await campaignAssetPreview(context.platform, actor, campaign.id, asset, url.searchParams.get('lang'), colours);
      cache.set(key, png);
    }
    return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png', 'Cache-Control': 'private, no-cache', 'X-Content-Type-Options': 'nosniff' } });
  });
}
