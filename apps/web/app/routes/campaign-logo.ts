import { campaignLogo } from '@destalk/core/campaigns/queries/campaigns';
import type { Route } from './+types/campaign-logo';
import { guardLoader } from '../lib/loader-guard.server.ts';

/**
 * A partner logo, from our own origin. Public once the campaign is published; before that only
 * its coordinators see it (the builder's preview), so a draft leaks nothing.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return guardLoader(request, async () => {
    const logo = await campaignLogo(context.platform, await context.actor(), params.campaignId, params.logoId);
    return new Response(new Uint8Array(logo.bytes), { headers: { 'Content-Type': logo.mediaType, 'Cache-Control': 'private, max-age=300', 'X-Content-Type-Options': 'nosniff' } });
  });
}
