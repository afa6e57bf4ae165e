import type { Actor } from '../../accounts/actor.ts';
import { AppError } from '../../errors.ts';
import { hashToken, newId } from '../../ids.ts';
import type { Platform } from '../../platform.ts';
import { fieldError } from '../../validation.ts';
import type { MemberRole } from '../schema.ts';

type Db = Platform['db'];

export interface InvitationPreview {
  organisationName: string;
  role: MemberRole;
  email: string;
  state: 'pending' | 'expired' | 'used';
}

/** What the invitation page shows; anyone holding the link may see it. */
export async function previewInvitation(platform: Pick<Platform, 'db' | 'clock'>, token: string): Promise<InvitationPreview> {
  const row = await platform.db
    .selectFrom('invitations')
    .innerJoin('organisations', 'organisations.id', 'invitations.organisationId')
    .select(['organisations.name as organisationName', 'invitations.role', 'invitations.email', 'invitations.expiresAt', 'invitations.acceptedAt', 'invitations.revokedAt'])
    .where('invitations.tokenHash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  const state = row.acceptedAt || row.revokedAt ? 'used' : row.expiresAt <= platform.clock.now().toISOString() ? 'expired' : 'pending';
  return { organisationName: row.organisationName, role: row.role as MemberRole, email: row.email, state };
}

/**
 * Turns a pending invitation into a membership, inside the caller's transaction. The invitation is
 * claimed with a conditional update first, so two clicks on one link cannot both succeed.
 */
export async function claimInvitation(db: Db, platform: Pick<Platform, 'clock' | 'audit'>, token: string, user: { id: string; email: string }, requestId?: string) {
  const now = platform.clock.now().toISOString();
  const invitation = await db
    .selectFrom('invitations')
    .select(['id', 'organisationId', 'email', 'role', 'expiresAt', 'acceptedAt', 'revokedAt'])
    .where('tokenHash', '=', hashToken(token))
    .executeTakeFirst();
  if (!invitation) throw new AppError('not_found');
  if (invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now) throw new AppError('gone');
  if (invitation.email !== user.email.toLowerCase()) throw fieldError('_form', 'validation:sameEmailRequired');
  const claimed = await db
    .updateTable('invitations')
    .set({ acceptedAt: now, acceptedByUserId: user.id })
    .where('id', '=', invitation.id)
    .where('acceptedAt', 'is', null)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) throw new AppError('gone');
  const existing = await db.selectFrom('memberships').select('id').where('userId', '=', user.id).where('organisationId', '=', invitation.organisationId).executeTakeFirst();
  if (existing) {
    await db.updateTable('memberships').set({ role: invitation.role, updatedAt: now }).where('id', '=', existing.id).execute();
  } else {
    await db.insertInto('memberships').values({ id: newId(), userId: user.id, organisationId: invitation.organisationId, role: invitation.role, createdAt: now, updatedAt: now }).execute();
  }
  await platform.audit.record(
    { event: 'invitation.accepted', actorUserId: user.id, organisationId: invitation.organisationId, subjectType: 'invitation', subjectId: invitation.id, data: { role: invitation.role }, requestId: requestId ?? null },
    db,
  );
  return { organisationId: invitation.organisationId, role: invitation.role as MemberRole };
}

/** A signed-in person accepts an invitation sent to their own address. */
export async function acceptInvitation(platform: Platform, actor: Actor, token: string, requestId?: string) {
  return platform.db.transaction().execute((trx) => claimInvitation(trx, platform, token, { id: actor.userId, email: actor.email }, requestId));
}
