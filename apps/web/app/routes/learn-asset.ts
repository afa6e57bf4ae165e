import { courseAsset } from '@destalk/core/learning/queries/course-asset';
import type { Route } from './+types/learn-asset';
import { requireActor } from '../lib/actor.server.ts';
import { byteRange } from '../lib/byte-range.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';

// Shown in the page (images, media, captions); anything else is a download.
const INLINE = /^(image|video|audio)\/|^text\/vtt/;

/**
 * A course file. Versions never change, so a file can be cached by the learner's browser — but
 * privately (never by a shared proxy), and it is checked by its hash when asked again.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  return guardLoader(request, async () => {
    const asset = await courseAsset(context.platform, actor, params.versionId, params.name);
    const etag = `"${asset.sha256}"`;
    const headers = new Headers({
      'Content-Type': asset.mediaType,
      'Cache-Control': 'private, max-age=86400',
      ETag: etag,
      'Accept-Ranges': 'bytes',
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': `${INLINE.test(asset.mediaType) ? 'inline' : 'attachment'}; filename="${asset.name}"`,
    });
    if (request.headers.get('If-None-Match') === etag) return new Response(null, { status: 304, headers });
    const range = byteRange(request.headers.get('Range'), asset.size);
    if (range === 'unsatisfiable') {
      headers.set('Content-Range', `bytes */${asset.size}`);
      return new Response(null, { status: 416, headers });
    }
    if (range) {
      headers.set('Content-Range', `bytes ${range.start}-${range.end}/${asset.size}`);
      headers.set('Content-Length', String(range.end - range.start + 1));
      return new Response(new Uint8Array(asset.bytes.subarray(range.start, range.end + 1)), { status: 206, headers });
    }
    headers.set('Content-Length', String(asset.size));
    return new Response(new Uint8Array(asset.bytes), { status: 200, headers });
  });
}
