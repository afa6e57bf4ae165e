import { AppError } from '../../errors.ts';
import type { Platform } from '../../platform.ts';
import type { Actor } from '../actor.ts';
import type { RequestMeta } from '../auth-call.ts';

/** Signs out one of the actor's own sessions (a device they no longer use or do not recognise). */
export async function revokeSession(platform: Platform, actor: Actor, sessionId: string, meta: RequestMeta): Promise<void> {
  const result = await platform.db.deleteFrom('sessions').where('id', '=', sessionId).where('userId', '=', actor.userId).executeTakeFirst();
  if (Number(result.numDeletedRows) !== 1) throw new AppError('not_found');
  await platform.audit.record({ event: 'auth.session_revoked', actorUserId: actor.userId, subjectType: 'session', subjectId: sessionId, data: { own: sessionId === actor.sessionId }, requestId: meta.requestId });
}

/** Signs out every session of the actor except the current one. */
export async function revokeOtherSessions(platform: Platform, actor: Actor, meta: RequestMeta): Promise<number> {
  const result = await platform.db.deleteFrom('sessions').where('userId', '=', actor.userId).where('id', '!=', actor.sessionId).executeTakeFirst();
  const count = Number(result.numDeletedRows);
  await platform.audit.record({ event: 'auth.session_revoked', actorUserId: actor.userId, subjectType: 'user', subjectId: actor.userId, data: { others: count }, requestId: meta.requestId });
  return count;
}
