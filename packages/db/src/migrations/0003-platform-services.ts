import type { Kysely } from 'kysely';
import type { DialectName } from '../connection.ts';

/**
 * Audit log, e-mail outbox, the SQLite job runner's queue and the rate-limit counters.
 * The jobs table exists on PostgreSQL too (pg-boss keeps its own schema there) so that the
 * migration set stays identical on both databases.
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('occurredAt', 'text', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('actorUserId', 'text')
    .addColumn('organisationId', 'text')
    .addColumn('subjectType', 'text')
    .addColumn('subjectId', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('requestId', 'text')
    .execute();
  await db.schema.createIndex('audit_events_occurredAt_idx').on('audit_events').column('occurredAt').execute();
  await db.schema
    .createIndex('audit_events_organisation_idx')
    .on('audit_events')
    .columns(['organisationId', 'occurredAt'])
    .execute();

  await db.schema
    .createTable('outbox_emails')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('toAddress', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('textBody', 'text', (c) => c.notNull())
    .addColumn('htmlBody', 'text', (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outbox_emails_createdAt_idx').on('outbox_emails').column('createdAt').execute();

  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('queue', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('maxAttempts', 'integer', (c) => c.notNull())
    .addColumn('backoffSeconds', 'integer', (c) => c.notNull())
    .addColumn('runAt', 'text', (c) => c.notNull())
    .addColumn('lockedUntil', 'text')
    .addColumn('lastError', 'text')
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .addColumn('finishedAt', 'text')
    .execute();
  await db.schema.createIndex('jobs_state_runAt_idx').on('jobs').columns(['state', 'runAt']).execute();

  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('windowStartedAt', 'bigint', (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .execute();
}
