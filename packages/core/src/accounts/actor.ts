import { toBool } from '@destalk/db';
import { isLocale, type Locale } from '../i18n/locales.ts';
import type { MemberRole } from '../organisations/schema.ts';
import type { Platform } from '../platform.ts';

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
export async function loadActor(platform: Pick<Platform, 'auth' | 'db'>, headers: Headers): Promise<Actor | null> {
  if (!headers.get('cookie')) return null;
  const result = await platform.auth.api.getSession({ headers, query: { disableCookieCache: true } });
  if (!result) return null;
  const { user, session } = result;
  const memberships = await platform.db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisationId')
    .select([
      'memberships.id as membershipId',
      'memberships.organisationId',
      'memberships.role',
      'organisations.name as organisationName',
      'organisations.regionId',
    ])
    .where('memberships.userId', '=', user.id)
    .where('organisations.archivedAt', 'is', null)
    .orderBy('organisations.name')
    .execute();
  const extra = user as typeof user & { locale?: unknown; isPlatformAdmin?: unknown; twoFactorEnabled?: unknown };
  return {
    userId: user.id,
    sessionId: session.id,
    name: user.name,
    email: user.email,
    locale: isLocale(extra.locale) ? extra.locale : null,
    isPlatformAdmin: toBool(extra.isPlatformAdmin as boolean | number | null),
    twoFactorEnabled: toBool(extra.twoFactorEnabled as boolean | number | null),
    memberships: memberships.map((m) => ({ ...m, role: m.role as MemberRole })),
  };
}

export function roleIn(actor: Actor, organisationId: string): MemberRole | undefined {
  return actor.memberships.find((m) => m.organisationId === organisationId)?.role;
}

/** Coordinators and platform admins must use two-step verification (issue: foundation §4). */
export function mustUseTwoFactor(actor: Actor): boolean {
  return actor.isPlatformAdmin || actor.memberships.some((m) => m.role === 'coordinator');
}
