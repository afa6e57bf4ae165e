import type { Kysely } from 'kysely';
import type { DialectName } from '../connection.ts';

/**
 * Cohort discussion: threads (a root post with a title) and their replies; facilitators pin and
 * hide; learners may opt in to a daily e-mail digest of new posts.
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('cohort_posts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cohortId', 'text', (c) => c.notNull().references('cohorts.id').onDelete('cascade'))
    .addColumn('threadId', 'text', (c) => c.references('cohort_posts.id').onDelete('cascade'))
    .addColumn('authorUserId', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('title', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('lastActivityAt', 'text', (c) => c.notNull())
    .addColumn('pinnedAt', 'text')
    .addColumn('hiddenAt', 'text')
    .addColumn('hiddenByUserId', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('cohort_posts_cohort_idx').on('cohort_posts').columns(['cohortId', 'threadId', 'createdAt']).execute();

  await db.schema
    .createTable('cohort_digest_subscriptions')
    .addColumn('cohortId', 'text', (c) => c.notNull().references('cohorts.id').onDelete('cascade'))
    .addColumn('userId', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('subscribedAt', 'text', (c) => c.notNull())
    .addColumn('lastSentAt', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('cohort_digest_subscriptions_pk', ['cohortId', 'userId'])
    .execute();
}
