import { toIso } from '@destalk/db';
import type { Platform } from '../../platform.ts';
import type { Actor } from '../actor.ts';
import { describeUserAgent } from './describe-user-agent.ts';

export interface SessionView {
  id: string;
  current: boolean;
  browser: string | null;
  system: string | null;
  createdAt: string;
  lastActiveAt: string;
}

/** The actor's active sessions, newest activity first. Tokens never leave the server. */
export async function listSessions(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor): Promise<SessionView[]> {
  const rows = await platform.db
    .selectFrom('sessions')
    .select(['id', 'userAgent', 'createdAt', 'updatedAt', 'expiresAt'])
    .where('userId', '=', actor.userId)
    .execute();
  const now = platform.clock.now().getTime();
  return rows
    .filter((r) => new Date(r.expiresAt).getTime() > now)
    .map((r) => ({
      id: r.id,
      current: r.id === actor.sessionId,
      ...describeUserAgent(r.userAgent),
      createdAt: toIso(r.createdAt) ?? '',
      lastActiveAt: toIso(r.updatedAt) ?? '',
    }))
    .sort((a, b) => Number(b.current) - Number(a.current) || b.lastActiveAt.localeCompare(a.lastActiveAt));
}
