import type { Kysely } from 'kysely';
import type { DialectName } from '../connection.ts';

/** Regions, organisations, memberships and invitations. Timestamps are ISO-8601 text (UTC). */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('regions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('countryCode', 'text', (c) => c.notNull())
    .addColumn('defaultLocale', 'text', (c) => c.notNull())
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('countryCode', 'text', (c) => c.notNull())
    .addColumn('regionId', 'text', (c) => c.notNull().references('regions.id'))
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .addColumn('archivedAt', 'text')
    .execute();
  await db.schema.createIndex('organisations_regionId_idx').on('organisations').column('regionId').execute();

  await db.schema
    .createTable('memberships')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('userId', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('organisationId', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .addUniqueConstraint('memberships_user_organisation_unique', ['userId', 'organisationId'])
    .execute();
  await db.schema.createIndex('memberships_organisationId_idx').on('memberships').column('organisationId').execute();

  await db.schema
    .createTable('invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisationId', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('tokenHash', 'text', (c) => c.notNull().unique())
    .addColumn('invitedByUserId', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('expiresAt', 'text', (c) => c.notNull())
    .addColumn('acceptedAt', 'text')
    .addColumn('acceptedByUserId', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('revokedAt', 'text')
    .execute();
  await db.schema.createIndex('invitations_organisationId_idx').on('invitations').column('organisationId').execute();
  await db.schema.createIndex('invitations_email_idx').on('invitations').column('email').execute();
}
