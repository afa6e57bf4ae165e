import { toBool, toIso } from '@destalk/db';
import type { Actor } from '../accounts/actor.ts';
import { authorizePlatform } from '../organisations/policies.ts';
import type { Platform } from '../platform.ts';

export interface UserListItem {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean;
  twoFactorEnabled: boolean;
  isPlatformAdmin: boolean;
  createdAt: string;
  memberships: Array<{ organisationName: string; role: string }>;
}

/**
 * Every account (deleted ones aside) with its memberships: for the operator's `destalk users list` and the admin page
 * (whose route authorises with `platform.viewUsers` first).
 */
export async function listUsers(platform: Pick<Platform, 'db'>): Promise<UserListItem[]> {
  const users = await platform.db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'emailVerified', 'twoFactorEnabled', 'isPlatformAdmin', 'createdAt'])
    // Deleted accounts are anonymous tombstones kept for the figures: nobody to list or manage.
    .where('anonymisedAt', 'is', null)
    .orderBy('email')
    .execute();
  const memberships = await platform.db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisationId')
    .select(['memberships.userId', 'organisations.name as organisationName', 'memberships.role'])
    .orderBy('organisations.name')
    .execute();
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    emailVerified: toBool(u.emailVerified),
    twoFactorEnabled: toBool(u.twoFactorEnabled),
    isPlatformAdmin: toBool(u.isPlatformAdmin),
    createdAt: toIso(u.createdAt) ?? '',
    memberships: memberships.filter((m) => m.userId === u.id).map((m) => ({ organisationName: m.organisationName, role: m.role })),
  }));
}

/** The admin page's view of `listUsers`: platform admins only. */
export async function listUsersForAdmin(platform: Pick<Platform, 'db'>, actor: Actor): Promise<UserListItem[]> {
  authorizePlatform(actor, 'platform.viewUsers');
  return listUsers(platform);
}
