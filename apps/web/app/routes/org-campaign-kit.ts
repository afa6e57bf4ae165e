import { countCampaignReach } from '@destalk/core/campaigns/commands/reach';
import { campaignKitZip } from '@destalk/core/campaigns/queries/campaigns';
import { AppError } from '@destalk/core/errors';
import type { Route } from './+types/org-campaign-kit';
import { requireActor } from '../lib/actor.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';

/** A generated kit (ZIP) for the campaign's coordinators; downloads are counted like the partners'. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  return guardLoader(request, async () => {
    const campaign = await context.platform.db.selectFrom('campaigns').select('organisationId').where('id', '=', params.campaignId).executeTakeFirst();
    if (!campaign || campaign.organisationId !== params.organisationId) throw new AppError('not_found');
    const kit = await campaignKitZip(context.platform, actor, params.campaignId, params.kitId.replace(/\.zip$/, ''));
    await countCampaignReach(context.platform, params.campaignId, 'download');
    return new Response(new Uint8Array(kit.zip), {
      headers: { 'Content-Type': 'application/zip', 'Content-Disposition': `attachment; filename="${kit.filename}"`, 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' },
    });
  });
}
