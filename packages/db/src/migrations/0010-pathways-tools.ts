import type { Kysely } from 'kysely';
import type { DialectName } from '../connection.ts';

/**
 * Training pathways (ordered steps, enrolments, a record per completed step, reflections a
 * trainer reviews, pathway certificates) and the practitioner tools' two server-side traces:
 * passed practice cases (fictional data) and anonymised copies a practitioner chose to save.
 * Interactive tool answers themselves are never stored.
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('pathways')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('certificateValidityMonths', 'integer', (c) => c.notNull())
    .addColumn('createdByUserId', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .addColumn('publishedAt', 'text')
    .execute();

  await db.schema
    .createTable('pathway_steps')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('pathwayId', 'text', (c) => c.notNull().references('pathways.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('courseId', 'text', (c) => c.references('courses.id').onDelete('restrict'))
    .addColumn('toolSlug', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('pathway_steps_pathway_idx').on('pathway_steps').columns(['pathwayId', 'position']).execute();

  await db.schema
    .createTable('pathway_enrolments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('pathwayId', 'text', (c) => c.notNull().references('pathways.id').onDelete('cascade'))
    .addColumn('userId', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('organisationId', 'text', (c) => c.references('organisations.id').onDelete('set null'))
    .addColumn('enrolledAt', 'text', (c) => c.notNull())
    .addColumn('completedAt', 'text')
    .addUniqueConstraint('pathway_enrolments_unique', ['pathwayId', 'userId'])
    .execute();
  await db.schema.createIndex('pathway_enrolments_org_idx').on('pathway_enrolments').columns(['organisationId', 'pathwayId']).execute();

  await db.schema
    .createTable('pathway_step_records')
    .addColumn('enrolmentId', 'text', (c) => c.notNull().references('pathway_enrolments.id').onDelete('cascade'))
    .addColumn('stepId', 'text', (c) => c.notNull().references('pathway_steps.id').onDelete('cascade'))
    .addColumn('completedAt', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('confirmedByUserId', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addPrimaryKeyConstraint('pathway_step_records_pk', ['enrolmentId', 'stepId'])
    .execute();

  await db.schema
    .createTable('pathway_reflections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enrolmentId', 'text', (c) => c.notNull().references('pathway_enrolments.id').onDelete('cascade'))
    .addColumn('stepId', 'text', (c) => c.notNull().references('pathway_steps.id').onDelete('cascade'))
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('feedback', 'text')
    .addColumn('submittedAt', 'text', (c) => c.notNull())
    .addColumn('reviewedAt', 'text')
    .addColumn('reviewerUserId', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addUniqueConstraint('pathway_reflections_unique', ['enrolmentId', 'stepId'])
    .execute();
  await db.schema.createIndex('pathway_reflections_status_idx').on('pathway_reflections').columns(['status', 'submittedAt']).execute();

  await db.schema
    .createTable('pathway_certificates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('userId', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('pathwayId', 'text', (c) => c.notNull().references('pathways.id').onDelete('cascade'))
    .addColumn('enrolmentId', 'text', (c) => c.notNull().references('pathway_enrolments.id').onDelete('cascade'))
    .addColumn('organisationId', 'text', (c) => c.references('organisations.id').onDelete('set null'))
    .addColumn('holderName', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('issuedAt', 'text', (c) => c.notNull())
    .addColumn('expiresAt', 'text', (c) => c.notNull())
    .addColumn('revokedAt', 'text')
    .addUniqueConstraint('pathway_certificates_enrolment_unique', ['enrolmentId'])
    .execute();

  await db.schema
    .createTable('tool_practice_results')
    .addColumn('userId', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('toolSlug', 'text', (c) => c.notNull())
    .addColumn('caseKey', 'text', (c) => c.notNull())
    .addColumn('toolVersion', 'text', (c) => c.notNull())
    .addColumn('passedAt', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('tool_practice_results_pk', ['userId', 'toolSlug', 'caseKey'])
    .execute();

  await db.schema
    .createTable('tool_saved_copies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('userId', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('toolSlug', 'text', (c) => c.notNull())
    .addColumn('toolVersion', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('flags', 'text', (c) => c.notNull())
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('expiresAt', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tool_saved_copies_user_idx').on('tool_saved_copies').columns(['userId', 'createdAt']).execute();
}
