import { speakerPhoto } from '@destalk/core/events/queries/public';
import type { Route } from './+types/event-speaker-photo';
import { guardLoader } from '../lib/loader-guard.server.ts';

/** A speaker's photo, served from our own origin (never hot-linked). Public for published events. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return guardLoader(request, async () => {
    const photo = await speakerPhoto(context.platform, params.slug, params.speakerId);
    return new Response(new Uint8Array(photo.bytes), { headers: { 'Content-Type': photo.type, 'Cache-Control': 'public, max-age=3600', 'X-Content-Type-Options': 'nosniff' } });
  });
}
