import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../connection.ts';

/**
 * Impact reporting and data protection: read-only API tokens scoped to an organisation or a
 * region (only a hash is kept); consent records (what, when, which text version); the log of
 * data requests (exports and deletions) for admins; the moment an account was anonymised; and
 * indexes the report queries read by.
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema.alterTable('users').addColumn('anonymisedAt', 'text').execute();

  // Self-assessments keep the mean rating per dimension beside the answers, so reports average
  // numbers in SQL instead of parsing every answer set (100,000 learners stay within budget).
  await db.schema.alterTable('self_assessments').addColumn('knowledgeScore', 'real').execute();
  await db.schema.alterTable('self_assessments').addColumn('confidenceScore', 'real').execute();
  const rows = await sql<{ id: string; answers: string; selfAssessment: string }>`
    select sa.id, sa.answers, cv."selfAssessment" from self_assessments sa
    join enrolments e on e.id = sa."enrolmentId" join cohorts c on c.id = e."cohortId" join course_versions cv on cv.id = c."versionId"`.execute(db);
  for (const row of rows.rows) {
    const answers = JSON.parse(row.answers) as Record<string, number>;
    const statements = (JSON.parse(row.selfAssessment) as { statements?: Array<{ key: string; dimension: string }> }).statements ?? [];
    const mean = (dimension: string) => {
      const values = statements.filter((st) => st.dimension === dimension && typeof answers[st.key] === 'number').map((st) => answers[st.key]!);
      return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
    };
    await sql`update self_assessments set "knowledgeScore" = ${mean('knowledge')}, "confidenceScore" = ${mean('confidence')} where id = ${row.id}`.execute(db);
  }

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('tokenHash', 'text', (c) => c.notNull().unique())
    /** `organisation` or `region`. */
    .addColumn('scopeKind', 'text', (c) => c.notNull())
    .addColumn('scopeId', 'text', (c) => c.notNull())
    .addColumn('createdByUserId', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('lastUsedAt', 'text')
    .addColumn('revokedAt', 'text')
    .execute();
  await db.schema.createIndex('api_tokens_scope_idx').on('api_tokens').columns(['scopeKind', 'scopeId']).execute();

  await db.schema
    .createTable('consents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('userId', 'text', (c) => c.references('users.id').onDelete('cascade'))
    /** e.g. `privacy_notice`. */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('givenAt', 'text', (c) => c.notNull())
    .addColumn('withdrawnAt', 'text')
    .execute();
  await db.schema.createIndex('consents_user_idx').on('consents').columns(['userId', 'kind']).execute();

  await db.schema
    .createTable('data_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    /** `export` or `deletion`. */
    .addColumn('kind', 'text', (c) => c.notNull())
    /** Null once the account is anonymised: the log keeps no identity of a deleted person. */
    .addColumn('userId', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('requestedAt', 'text', (c) => c.notNull())
    .addColumn('completedAt', 'text')
    .addColumn('outcome', 'text')
    .execute();
  await db.schema.createIndex('data_requests_time_idx').on('data_requests').column('requestedAt').execute();

  // Report queries: completions in a period, people by organisation, certificates by state.
  await db.schema.createIndex('enrolments_completed_idx').on('enrolments').columns(['completedAt', 'userId']).execute();
  await db.schema.createIndex('enrolments_seated_idx').on('enrolments').columns(['seatedAt']).execute();
  await db.schema.createIndex('self_assessments_submitted_idx').on('self_assessments').columns(['submittedAt']).execute();
  await db.schema.createIndex('memberships_user_idx').on('memberships').columns(['userId', 'organisationId']).execute();
  await db.schema.createIndex('pathway_enrolments_completed_idx').on('pathway_enrolments').columns(['completedAt', 'userId']).execute();
  await db.schema.createIndex('quiz_attempts_enrolment_idx').on('quiz_attempts').columns(['enrolmentId', 'passed']).execute();
  await db.schema.createIndex('self_assessments_enrolment_idx').on('self_assessments').columns(['enrolmentId', 'moment']).execute();
  await db.schema.createIndex('campaign_reach_day_idx').on('campaign_reach').columns(['day', 'campaignId']).execute();
}
