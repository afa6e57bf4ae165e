import type { Platform } from '../../platform.ts';
import type { Actor } from '../actor.ts';
import type { RequestMeta } from '../auth-call.ts';

/** Ends the current session and returns the cookies that clear it in the browser. */
export async function signOut(platform: Platform, actor: Actor | null, meta: RequestMeta): Promise<string[]> {
  try {
    const { headers } = await platform.auth.api.signOut({ headers: meta.headers, returnHeaders: true });
    if (actor) await platform.audit.record({ event: 'auth.sign_out', actorUserId: actor.userId, subjectType: 'user', subjectId: actor.userId, requestId: meta.requestId });
    return headers.getSetCookie();
  } catch {
    // No valid session: there is nothing to end; still clear whatever cookie the browser holds.
    return [];
  }
}
