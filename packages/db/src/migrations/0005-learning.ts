import type { Kysely } from 'kysely';
import type { DialectName } from '../connection.ts';

/**
 * Learning: courses with versions (a learner stays on the version they enrolled in), modules,
 * lessons, an item bank and quizzes per version; cohorts with seat caps and waitlists;
 * progress, attempts and self-assessments. Translatable text is stored per row as JSON
 * `{ "en": …, "it": … }` so a version is one self-contained, copyable unit.
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('courses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('defaultLocale', 'text', (c) => c.notNull())
    .addColumn('certificateValidityMonths', 'integer', (c) => c.notNull())
    .addColumn('refresherOfCourseId', 'text', (c) => c.references('courses.id').onDelete('set null'))
    .addColumn('createdByUserId', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .addColumn('archivedAt', 'text')
    .execute();

  await db.schema
    .createTable('course_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('courseId', 'text', (c) => c.notNull().references('courses.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('locales', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('selfAssessment', 'text', (c) => c.notNull())
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('publishedAt', 'text')
    .addUniqueConstraint('course_versions_course_number_unique', ['courseId', 'number'])
    .execute();

  await db.schema
    .createTable('course_modules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('versionId', 'text', (c) => c.notNull().references('course_versions.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addUniqueConstraint('course_modules_version_key_unique', ['versionId', 'key'])
    .execute();

  await db.schema
    .createTable('course_lessons')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('moduleId', 'text', (c) => c.notNull().references('course_modules.id').onDelete('cascade'))
    .addColumn('versionId', 'text', (c) => c.notNull().references('course_versions.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('required', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('knowledgeCheck', 'text', (c) => c.notNull())
    .addUniqueConstraint('course_lessons_version_key_unique', ['versionId', 'key'])
    .execute();

  await db.schema
    .createTable('quiz_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('versionId', 'text', (c) => c.notNull().references('course_versions.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addUniqueConstraint('quiz_items_version_key_unique', ['versionId', 'key'])
    .execute();

  await db.schema
    .createTable('quizzes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('versionId', 'text', (c) => c.notNull().references('course_versions.id').onDelete('cascade'))
    .addColumn('moduleId', 'text', (c) => c.references('course_modules.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('passMark', 'integer', (c) => c.notNull())
    .addColumn('attemptLimit', 'integer', (c) => c.notNull())
    .addColumn('shuffle', 'integer', (c) => c.notNull())
    .addColumn('itemKeys', 'text', (c) => c.notNull())
    .addUniqueConstraint('quizzes_version_key_unique', ['versionId', 'key'])
    .execute();

  await db.schema
    .createTable('cohorts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('courseId', 'text', (c) => c.notNull().references('courses.id').onDelete('cascade'))
    .addColumn('versionId', 'text', (c) => c.notNull().references('course_versions.id'))
    .addColumn('organisationId', 'text', (c) => c.references('organisations.id').onDelete('cascade'))
    .addColumn('regionId', 'text', (c) => c.references('regions.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('startsAt', 'text', (c) => c.notNull())
    .addColumn('endsAt', 'text', (c) => c.notNull())
    .addColumn('enrolmentOpensAt', 'text', (c) => c.notNull())
    .addColumn('enrolmentClosesAt', 'text', (c) => c.notNull())
    .addColumn('seatCap', 'integer', (c) => c.notNull())
    .addColumn('enrolmentMode', 'text', (c) => c.notNull())
    .addColumn('eligibility', 'text', (c) => c.notNull())
    .addColumn('nextWaitlistPosition', 'integer', (c) => c.notNull())
    .addColumn('createdByUserId', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('cohort_facilitators')
    .addColumn('cohortId', 'text', (c) => c.notNull().references('cohorts.id').onDelete('cascade'))
    .addColumn('userId', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('cohort_facilitators_pk', ['cohortId', 'userId'])
    .execute();

  await db.schema
    .createTable('enrolments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cohortId', 'text', (c) => c.notNull().references('cohorts.id').onDelete('cascade'))
    .addColumn('userId', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('waitlistPosition', 'integer')
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('requestedAt', 'text', (c) => c.notNull())
    .addColumn('seatedAt', 'text')
    .addColumn('leftAt', 'text')
    .addColumn('completedAt', 'text')
    .addColumn('lastLessonId', 'text')
    .addColumn('lastActiveAt', 'text')
    .addUniqueConstraint('enrolments_cohort_user_unique', ['cohortId', 'userId'])
    .execute();
  await db.schema.createIndex('enrolments_cohort_status_idx').on('enrolments').columns(['cohortId', 'status', 'waitlistPosition']).execute();
  await db.schema.createIndex('enrolments_user_idx').on('enrolments').column('userId').execute();

  await db.schema
    .createTable('lesson_completions')
    .addColumn('enrolmentId', 'text', (c) => c.notNull().references('enrolments.id').onDelete('cascade'))
    .addColumn('lessonId', 'text', (c) => c.notNull().references('course_lessons.id').onDelete('cascade'))
    .addColumn('completedAt', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('lesson_completions_pk', ['enrolmentId', 'lessonId'])
    .execute();

  await db.schema
    .createTable('quiz_attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enrolmentId', 'text', (c) => c.notNull().references('enrolments.id').onDelete('cascade'))
    .addColumn('quizId', 'text', (c) => c.notNull().references('quizzes.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('itemOrder', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('submittedAt', 'text', (c) => c.notNull())
    .addUniqueConstraint('quiz_attempts_number_unique', ['enrolmentId', 'quizId', 'number'])
    .execute();

  await db.schema
    .createTable('self_assessments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enrolmentId', 'text', (c) => c.notNull().references('enrolments.id').onDelete('cascade'))
    .addColumn('moment', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('submittedAt', 'text', (c) => c.notNull())
    .addUniqueConstraint('self_assessments_moment_unique', ['enrolmentId', 'moment'])
    .execute();
}
