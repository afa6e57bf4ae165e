import { type DB, type DialectName, type Kysely, sql } from '@destalk/db';
import { fieldError } from '../validation.ts';

/**
 * Nobody may delete the account an organisation or the platform depends on: the last coordinator
 * of an active organisation, or the last platform admin. They hand the role over first (the same
 * rule as `validation:lastCoordinator` when a role changes). Runs inside the deletion transaction;
 * on PostgreSQL the rows decided on are locked, so two people deleting at once cannot both count
 * on the other staying. SQLite runs one write transaction at a time anyway.
 */
export async function assertNobodyDependsOn(trx: Kysely<DB>, dialect: DialectName, userId: string): Promise<void> {
  const coordinated = await trx
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisationId')
    .select(['organisations.id', 'organisations.name'])
    .where('memberships.userId', '=', userId)
    .where('memberships.role', '=', 'coordinator')
    .where('organisations.archivedAt', 'is', null)
    .orderBy('organisations.name')
    .execute();
  if (coordinated.length) {
    if (dialect === 'postgres') await sql`select id from organisations where id in (${sql.join(coordinated.map((o) => o.id))}) for update`.execute(trx);
    const alone: string[] = [];
    for (const organisation of coordinated) {
      const other = await trx
        .selectFrom('memberships')
        .innerJoin('users', 'users.id', 'memberships.userId')
        .select('memberships.id')
        .where('memberships.organisationId', '=', organisation.id)
        .where('memberships.role', '=', 'coordinator')
        .where('memberships.userId', '!=', userId)
        .where('users.anonymisedAt', 'is', null)
        .executeTakeFirst();
      if (!other) alone.push(organisation.name);
    }
    if (alone.length) throw fieldError('_form', 'validation:lastCoordinatorDeletion', { organisations: alone.join(', ') });
  }

  const admins = trx.selectFrom('users').select(['id']).where('isPlatformAdmin', '=', dialect === 'postgres' ? true : 1).where('anonymisedAt', 'is', null);
  const rows = await (dialect === 'postgres' ? admins.forUpdate() : admins).execute();
  if (rows.some((r) => r.id === userId) && rows.length === 1) throw fieldError('_form', 'validation:lastAdminDeletion');
}
