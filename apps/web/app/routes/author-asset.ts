import { draftAsset } from '@destalk/core/authoring/queries';
import type { Route } from './+types/author-asset';
import { requireActor } from '../lib/actor.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';

const INLINE = /^(image|video|audio)\/|^text\/vtt/;

/** A file of a draft, for its author's preview (never cached: a draft changes). */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  return guardLoader(request, async () => {
    const asset = await draftAsset(context.platform, actor, params.slug, params.name);
    return new Response(new Uint8Array(asset.bytes), {
      headers: {
        'Content-Type': asset.mediaType,
        'Content-Length': String(asset.size),
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
        'Content-Disposition': `${INLINE.test(asset.mediaType) ? 'inline' : 'attachment'}; filename="${asset.name}"`,
      },
    });
  });
}
