import type { Actor } from '../../accounts/actor.ts';
import { AppError } from '../../errors.ts';
import type { Platform } from '../../platform.ts';
import { fieldError, parseInput } from '../../validation.ts';
import { authorizeOrganisation } from '../policies.ts';
import { type MemberRole, roleChangeInput } from '../schema.ts';

type Db = Platform['db'];

/**
 * Serialises membership changes of one organisation. On PostgreSQL two coordinators demoting
 * each other at once would otherwise both see "another coordinator remains"; SQLite already runs
 * one write transaction at a time.
 */
async function lockOrganisation(trx: Db, dialect: Platform['dialect'], organisationId: string) {
  const query = trx.selectFrom('organisations').select('id').where('id', '=', organisationId);
  const row = await (dialect === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
  if (!row) throw new AppError('not_found');
}

async function membershipIn(trx: Db, organisationId: string, membershipId: string) {
  const row = await trx
    .selectFrom('memberships')
    .select(['id', 'userId', 'role'])
    .where('id', '=', membershipId)
    .where('organisationId', '=', organisationId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return row;
}

async function assertAnotherCoordinator(trx: Db, organisationId: string, membershipId: string) {
  // A deleted account keeps its membership (figures count it) but coordinates nothing any more.
  const other = await trx
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.userId')
    .select('memberships.id')
    .where('memberships.organisationId', '=', organisationId)
    .where('memberships.role', '=', 'coordinator')
    .where('memberships.id', '!=', membershipId)
    .where('users.anonymisedAt', 'is', null)
    .executeTakeFirst();
  if (!other) throw fieldError('_form', 'validation:lastCoordinator');
}

export async function changeMemberRole(platform: Platform, actor: Actor, organisationId: string, membershipId: string, input: unknown, requestId?: string): Promise<{ role: MemberRole }> {
  authorizeOrganisation(actor, 'organisation.manageMembers', { organisationId });
  const { role } = parseInput(roleChangeInput, input);
  await platform.db.transaction().execute(async (trx) => {
    await lockOrganisation(trx, platform.dialect, organisationId);
    const member = await membershipIn(trx, organisationId, membershipId);
    if (member.role === role) return;
    if (member.role === 'coordinator') await assertAnotherCoordinator(trx, organisationId, membershipId);
    await trx.updateTable('memberships').set({ role, updatedAt: platform.clock.now().toISOString() }).where('id', '=', membershipId).execute();
    await platform.audit.record(
      { event: 'membership.role_changed', actorUserId: actor.userId, organisationId, subjectType: 'user', subjectId: member.userId, data: { from: member.role, to: role }, requestId: requestId ?? null },
      trx,
    );
  });
  return { role };
}

export async function removeMember(platform: Platform, actor: Actor, organisationId: string, membershipId: string, requestId?: string): Promise<void> {
  authorizeOrganisation(actor, 'organisation.manageMembers', { organisationId });
  await platform.db.transaction().execute(async (trx) => {
    await lockOrganisation(trx, platform.dialect, organisationId);
    const member = await membershipIn(trx, organisationId, membershipId);
    if (member.role === 'coordinator') await assertAnotherCoordinator(trx, organisationId, membershipId);
    await trx.deleteFrom('memberships').where('id', '=', membershipId).execute();
    await platform.audit.record(
      { event: 'membership.removed', actorUserId: actor.userId, organisationId, subjectType: 'user', subjectId: member.userId, data: { role: member.role }, requestId: requestId ?? null },
      trx,
    );
  });
}
