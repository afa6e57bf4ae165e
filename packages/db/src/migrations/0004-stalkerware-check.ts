import type { Kysely } from 'kysely';
import type { DialectName } from '../connection.ts';

/**
 * The indicator feeds the stalkerware check uses (imported snapshots, with provenance) and the
 * redacted reports practitioners choose to save. Scan inputs are never stored.
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('ioc_feed_sets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('provenance', 'text', (c) => c.notNull())
    .addColumn('counts', 'text', (c) => c.notNull())
    .addColumn('warnings', 'integer', (c) => c.notNull())
    .addColumn('importedAt', 'text', (c) => c.notNull())
    .addColumn('importedByUserId', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('active', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ioc_feed_sets_active_idx').on('ioc_feed_sets').columns(['active', 'importedAt']).execute();

  await db.schema
    .createTable('ioc_feed_files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('setId', 'text', (c) => c.notNull().references('ioc_feed_sets.id').onDelete('cascade'))
    .addColumn('fileName', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addUniqueConstraint('ioc_feed_files_set_file_unique', ['setId', 'fileName'])
    .execute();

  await db.schema
    .createTable('ioc_saved_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisationId', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('createdByUserId', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('summaryKey', 'text', (c) => c.notNull())
    .addColumn('high', 'integer', (c) => c.notNull())
    .addColumn('medium', 'integer', (c) => c.notNull())
    .addColumn('low', 'integer', (c) => c.notNull())
    .addColumn('report', 'text', (c) => c.notNull())
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('expiresAt', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ioc_saved_reports_organisation_idx').on('ioc_saved_reports').columns(['organisationId', 'createdAt']).execute();
}
