import type { Kysely } from 'kysely';
import type { DialectName } from '../connection.ts';

/**
 * Course drafts edited in the browser: one working copy per course, kept as a package document
 * (the same shape `destalk course import` reads) with its own files. Publishing turns it into a
 * new, immutable version; learners stay on the version they enrolled in.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('course_drafts')
    .addColumn('courseId', 'text', (c) => c.primaryKey().references('courses.id').onDelete('cascade'))
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('baseVersionNumber', 'integer')
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .addColumn('updatedByUserId', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .createTable('course_draft_assets')
    .addColumn('courseId', 'text', (c) => c.notNull().references('courses.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('mediaType', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('bytes', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addPrimaryKeyConstraint('course_draft_assets_pk', ['courseId', 'name'])
    .execute();
}
