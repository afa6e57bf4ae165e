import { toBool } from '@destalk/db';
import { isLocale, type Locale } from '../i18n/locales.ts';
import type { MemberRole } from '../organisations/schema.ts';
import type { Platform } from '../platform.ts';
import { ASK_BETTER_AUTH, lookUpSession, type SessionUser } from './session-lookup.ts';

export interface ActorMembership {
  membershipId: string;
  organisationId: string;
  organisationName: string;
  regionId: string;
  role: MemberRole;
}

/** The signed-in person a request acts for: what every policy decides on. */
export interface Actor {
  userId: string;
  sessionId: string;
  name: string;
  email: string;
  locale: Locale | null;
  isPlatformAdmin: boolean;
  twoFactorEnabled: boolean;
  memberships: ActorMembership[];
}

/** Reads the session cookie from the request headers; null when nobody is signed in. */
export async function loadActor(platform: Pick<Platform, 'auth' | 'db' | 'config'>, headers: Headers): Promise<Actor | null> {
  const cookie = headers.get('cookie');
  if (!cookie) return null;
  const found = await lookUpSession(platform, cookie);
  const person = found === ASK_BETTER_AUTH ? await betterAuthSession(platform, headers) : found;
  if (!person) return null;
  // The fast path read them with the session; better-auth's path did not.
  const memberships = person.memberships ?? (await platform.db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisationId')
    .select([
      'memberships.id as membershipId',
      'memberships.organisationId',
      'memberships.role',
      'organisations.name as organisationName',
      'organisations.regionId',
    ])
    .where('memberships.userId', '=', person.userId)
    .where('organisations.archivedAt', 'is', null)
    .orderBy('organisations.name')
    .execute());
  return {
    userId: person.userId,
    sessionId: person.sessionId,
    name: person.name,
    email: person.email,
    locale: isLocale(person.locale) ? person.locale : null,
    isPlatformAdmin: person.isPlatformAdmin,
    twoFactorEnabled: person.twoFactorEnabled,
    memberships: memberships.map((m) => ({ ...m, role: m.role as MemberRole })),
  };
}

/** better-auth's own lookup, which also removes expired sessions and extends live ones. */
async function betterAuthSession(platform: Pick<Platform, 'auth'>, headers: Headers): Promise<SessionUser | null> {
  const result = await platform.auth.api.getSession({ headers, query: { disableCookieCache: true } });
  if (!result) return null;
  const { user, session } = result;
  const extra = user as typeof user & { locale?: unknown; isPlatformAdmin?: unknown; twoFactorEnabled?: unknown };
  return {
    sessionId: session.id,
    userId: user.id,
    name: user.name,
    email: user.email,
    locale: typeof extra.locale === 'string' ? extra.locale : null,
    isPlatformAdmin: toBool(extra.isPlatformAdmin as boolean | number | null),
    twoFactorEnabled: toBool(extra.twoFactorEnabled as boolean | number | null),
  };
}

export function roleIn(actor: Actor, organisationId: string): MemberRole | undefined {
  return actor.memberships.find((m) => m.organisationId === organisationId)?.role;
}

/** Coordinators and platform admins must use two-step verification (issue: foundation §4). */
export function mustUseTwoFactor(actor: Actor): boolean {
  return actor.isPlatformAdmin || actor.memberships.some((m) => m.role === 'coordinator');
}
