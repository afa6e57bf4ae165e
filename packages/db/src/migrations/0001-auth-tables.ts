import { type Kysely, sql } from 'kysely';
import { authColumnTypes } from '../column-types.ts';
import type { DialectName } from '../connection.ts';

/**
 * The tables better-auth owns (users, sessions, accounts, verifications, two_factors). Column names
 * are better-auth's own (camelCase) so that its adapter needs no field mapping; an integration
 * test asserts that better-auth's schema diff against these tables is empty on both dialects.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const t = authColumnTypes(dialect);
  const now = sql`CURRENT_TIMESTAMP`;
  const pg = dialect === 'postgres';

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('emailVerified', t.boolean, (c) => c.notNull())
    .addColumn('image', 'text')
    .addColumn('createdAt', t.timestamp, (c) => (pg ? c.notNull().defaultTo(now) : c.notNull()))
    .addColumn('updatedAt', t.timestamp, (c) => (pg ? c.notNull().defaultTo(now) : c.notNull()))
    .addColumn('twoFactorEnabled', t.boolean)
    .addColumn('locale', 'text')
    .addColumn('isPlatformAdmin', t.boolean)
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('expiresAt', t.timestamp, (c) => c.notNull())
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('createdAt', t.timestamp, (c) => (pg ? c.notNull().defaultTo(now) : c.notNull()))
    .addColumn('updatedAt', t.timestamp, (c) => c.notNull())
    .addColumn('ipAddress', 'text')
    .addColumn('userAgent', 'text')
    .addColumn('userId', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .execute();

  await db.schema
    .createTable('accounts')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('accountId', 'text', (c) => c.notNull())
    .addColumn('providerId', 'text', (c) => c.notNull())
    .addColumn('userId', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('accessToken', 'text')
    .addColumn('refreshToken', 'text')
    .addColumn('idToken', 'text')
    .addColumn('accessTokenExpiresAt', t.timestamp)
    .addColumn('refreshTokenExpiresAt', t.timestamp)
    .addColumn('scope', 'text')
    .addColumn('password', 'text')
    .addColumn('createdAt', t.timestamp, (c) => (pg ? c.notNull().defaultTo(now) : c.notNull()))
    .addColumn('updatedAt', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('verifications')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('identifier', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('expiresAt', t.timestamp, (c) => c.notNull())
    .addColumn('createdAt', t.timestamp, (c) => (pg ? c.notNull().defaultTo(now) : c.notNull()))
    .addColumn('updatedAt', t.timestamp, (c) => (pg ? c.notNull().defaultTo(now) : c.notNull()))
    .execute();

  await db.schema
    .createTable('two_factors')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('backupCodes', 'text', (c) => c.notNull())
    .addColumn('userId', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('verified', t.boolean)
    .addColumn('failedVerificationCount', 'integer')
    .addColumn('lockedUntil', t.timestamp)
    .execute();

  await db.schema.createIndex('sessions_userId_idx').on('sessions').column('userId').execute();
  await db.schema.createIndex('accounts_userId_idx').on('accounts').column('userId').execute();
  await db.schema.createIndex('verifications_identifier_idx').on('verifications').column('identifier').execute();
  await db.schema.createIndex('two_factors_secret_idx').on('two_factors').column('secret').execute();
  await db.schema.createIndex('two_factors_userId_idx').on('two_factors').column('userId').execute();
}
