import type { Kysely } from 'kysely';
import type { DialectName } from '../connection.ts';

/**
 * Course assets (images, captioned videos, downloads) stored with the version they belong to, and
 * certificates: issued on completion, valid for a period, renewed by a refresher, revocable, with
 * a history of renewals and a record of each expiry reminder sent (so none goes twice).
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('course_assets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('versionId', 'text', (c) => c.notNull().references('course_versions.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('mediaType', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('bytes', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addUniqueConstraint('course_assets_name_unique', ['versionId', 'name'])
    .execute();

  await db.schema
    .createTable('certificates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('userId', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('courseId', 'text', (c) => c.notNull().references('courses.id').onDelete('cascade'))
    .addColumn('enrolmentId', 'text', (c) => c.notNull().references('enrolments.id').onDelete('cascade'))
    .addColumn('organisationId', 'text', (c) => c.references('organisations.id').onDelete('set null'))
    .addColumn('holderName', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('issuedAt', 'text', (c) => c.notNull())
    .addColumn('expiresAt', 'text', (c) => c.notNull())
    .addColumn('revokedAt', 'text')
    .addColumn('revokedByUserId', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('revocationReason', 'text')
    .addUniqueConstraint('certificates_user_course_unique', ['userId', 'courseId'])
    .execute();
  await db.schema.createIndex('certificates_expires_idx').on('certificates').column('expiresAt').execute();

  await db.schema
    .createTable('certificate_renewals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('certificateId', 'text', (c) => c.notNull().references('certificates.id').onDelete('cascade'))
    .addColumn('enrolmentId', 'text', (c) => c.notNull().references('enrolments.id').onDelete('cascade'))
    .addColumn('previousExpiresAt', 'text', (c) => c.notNull())
    .addColumn('expiresAt', 'text', (c) => c.notNull())
    .addColumn('renewedAt', 'text', (c) => c.notNull())
    .addUniqueConstraint('certificate_renewals_enrolment_unique', ['certificateId', 'enrolmentId'])
    .execute();

  await db.schema
    .createTable('certificate_reminders')
    .addColumn('certificateId', 'text', (c) => c.notNull().references('certificates.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('expiresAt', 'text', (c) => c.notNull())
    .addColumn('sentAt', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('certificate_reminders_pk', ['certificateId', 'kind', 'expiresAt'])
    .execute();
}
