import { countCampaignReach } from '@destalk/core/campaigns/commands/reach';
import { publicCampaign } from '@destalk/core/campaigns/queries/public';
import { redirect } from 'react-router';
import type { Route } from './+types/campaign-qr';
import { guardLoader } from '../lib/loader-guard.server.ts';

/**
 * The address printed in the kit's QR codes: counts a QR-code visit (an aggregate, nothing about
 * the visitor) and sends on to the page in the language of the poster that was scanned.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return guardLoader(request, async () => {
    const campaign = await publicCampaign(context.platform, params.slug, params.lang);
    await countCampaignReach(context.platform, campaign.id, 'qr');
    return redirect(`/c/${encodeURIComponent(campaign.slug)}?lang=${campaign.locale}`, { status: 303, headers: { 'Cache-Control': 'no-store' } });
  });
}
