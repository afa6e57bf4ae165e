import { toBool } from '@destalk/db';
import type { Actor } from '../../accounts/actor.ts';
import type { Platform } from '../../platform.ts';
import { authorizeOrganisation } from '../policies.ts';
import type { MemberRole } from '../schema.ts';

type Deps = Pick<Platform, 'db' | 'clock'>;

export interface MemberView {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: MemberRole;
  twoFactorEnabled: boolean;
  joinedAt: string;
}

export async function listMembers(platform: Deps, actor: Actor, organisationId: string): Promise<MemberView[]> {
  authorizeOrganisation(actor, 'organisation.manageMembers', { organisationId });
  const rows = await platform.db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.userId')
    .select(['memberships.id as membershipId', 'users.id as userId', 'users.name', 'users.email', 'memberships.role', 'users.twoFactorEnabled', 'memberships.createdAt as joinedAt'])
    .where('memberships.organisationId', '=', organisationId)
    // Deleted accounts stay as anonymous rows for the figures, not as members anyone manages.
    .where('users.anonymisedAt', 'is', null)
    .orderBy('users.name')
    .execute();
  return rows.map((r) => ({ ...r, role: r.role as MemberRole, twoFactorEnabled: toBool(r.twoFactorEnabled) }));
}

export interface PendingInvitationView {
  id: string;
  email: string;
  role: MemberRole;
  invitedAt: string;
  expiresAt: string;
  expired: boolean;
}

export async function listPendingInvitations(platform: Deps, actor: Actor, organisationId: string): Promise<PendingInvitationView[]> {
  authorizeOrganisation(actor, 'organisation.manageMembers', { organisationId });
  const now = platform.clock.now().toISOString();
  const rows = await platform.db
    .selectFrom('invitations')
    .select(['id', 'email', 'role', 'createdAt', 'expiresAt'])
    .where('organisationId', '=', organisationId)
    .where('acceptedAt', 'is', null)
    .where('revokedAt', 'is', null)
    .orderBy('createdAt', 'desc')
    .execute();
  return rows.map((r) => ({ id: r.id, email: r.email, role: r.role as MemberRole, invitedAt: r.createdAt, expiresAt: r.expiresAt, expired: r.expiresAt <= now }));
}
