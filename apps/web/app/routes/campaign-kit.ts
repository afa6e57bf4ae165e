import { countCampaignReach } from '@destalk/core/campaigns/commands/reach';
import { publicCampaignKit } from '@destalk/core/campaigns/queries/campaigns';
import type { Route } from './+types/campaign-kit';
import { guardLoader } from '../lib/loader-guard.server.ts';

/** The latest kit of a published campaign for partners to print and share; each download is counted. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return guardLoader(request, async () => {
    const kit = await publicCampaignKit(context.platform, params.slug);
    await countCampaignReach(context.platform, kit.campaignId, 'download');
    return new Response(new Uint8Array(kit.zip), {
      headers: { 'Content-Type': 'application/zip', 'Content-Disposition': `attachment; filename="${kit.filename}"`, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
    });
  });
}
