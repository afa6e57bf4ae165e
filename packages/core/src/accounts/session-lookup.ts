import { createHmac, timingSafeEqual } from 'node:crypto';
import { toBool } from '@destalk/db';
import type { Platform } from '../platform.ts';
import { COOKIE_PREFIX, SESSION_DAYS, SESSION_UPDATE_AGE_SECONDS } from './auth.ts';

export interface SessionMembership {
  membershipId: string;
  organisationId: string;
  organisationName: string;
  regionId: string;
  role: string;
}

export interface SessionUser {
  sessionId: string;
  userId: string;
  name: string;
  email: string;
  locale: string | null;
  isPlatformAdmin: boolean;
  twoFactorEnabled: boolean;
  /** Memberships in organisations that are not archived, by organisation name (fast path only). */
  memberships?: SessionMembership[];
}

/** Not decided here: better-auth's own lookup must run (expired, or its expiry is due to be extended). */
export const ASK_BETTER_AUTH = Symbol('ask better-auth');

const COOKIE_NAMES = [`${COOKIE_PREFIX}.session_token`, `__Secure-${COOKIE_PREFIX}.session_token`];

function sessionCookie(cookieHeader: string): string | undefined {
  for (const part of cookieHeader.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && COOKIE_NAMES.includes(part.slice(0, at).trim())) return part.slice(at + 1).trim();
  }
  return undefined;
}

/** The token of a cookie signed as better-call signs it (`token.base64(HMAC-SHA256)`), or null. */
export function verifiedToken(cookieValue: string, secret: string): string | null {
  let value: string;
  try {
    value = decodeURIComponent(cookieValue);
  } catch {
    return null;
  }
  const dot = value.lastIndexOf('.');
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1), 'base64');
  const expected = createHmac('sha256', secret).update(token).digest();
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}

/**
 * The signed-in person for a Cookie header, read with one indexed query: the request path of
 * every page. It answers only what it can answer exactly as better-auth would (no cookie, a bad
 * signature, no such session, a live session); for an expired session or one whose expiry is due
 * to be extended it returns ASK_BETTER_AUTH so better-auth's own code does that work.
 */
export async function lookUpSession(platform: Pick<Platform, 'db' | 'config'>, cookieHeader: string): Promise<SessionUser | null | typeof ASK_BETTER_AUTH> {
  const cookie = sessionCookie(cookieHeader);
  if (cookie === undefined) return null;
  const token = verifiedToken(cookie, platform.config.sessionSecret);
  if (token === null) return null;
  // Session, person and memberships in one round trip: one row per membership (or one without).
  const rows = await platform.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .leftJoin('memberships', 'memberships.userId', 'users.id')
    .leftJoin('organisations', (join) => join.onRef('organisations.id', '=', 'memberships.organisationId').on('organisations.archivedAt', 'is', null))
    .select([
      'sessions.id as sessionId',
      'sessions.expiresAt',
      'users.id as userId',
      'users.name',
      'users.email',
      'users.locale',
      'users.isPlatformAdmin',
      'users.twoFactorEnabled',
      'memberships.id as membershipId',
      'memberships.role',
      'organisations.id as organisationId',
      'organisations.name as organisationName',
      'organisations.regionId',
    ])
    .where('sessions.token', '=', token)
    .orderBy('organisations.name')
    .execute();
  const row = rows[0];
  if (!row) return null;
  // Real time, not the platform clock: better-auth, whose sessions these are, judges by it.
  const now = Date.now();
  const expiresAt = new Date(row.expiresAt as string | Date).getTime();
  const refreshFrom = expiresAt - SESSION_DAYS * 86_400_000 + SESSION_UPDATE_AGE_SECONDS * 1000;
  if (!(expiresAt > now) || now >= refreshFrom) return ASK_BETTER_AUTH;
  return {
    sessionId: row.sessionId,
    userId: row.userId,
    name: row.name,
    email: row.email,
    locale: row.locale ?? null,
    isPlatformAdmin: toBool(row.isPlatformAdmin as boolean | number | null),
    twoFactorEnabled: toBool(row.twoFactorEnabled as boolean | number | null),
    memberships: rows.flatMap((r) =>
      r.membershipId && r.organisationId && r.organisationName !== null && r.role
        ? [{ membershipId: r.membershipId, organisationId: r.organisationId, organisationName: r.organisationName, regionId: r.regionId as string, role: r.role }]
        : [],
    ),
  };
}
