import { certificateStatus } from '../../certificates/status.ts';
import { selfAssessmentSchema } from '../../learning/schema.ts';
import type { Platform } from '../../platform.ts';
import { type ExportContext, titleIn } from './context.ts';

type Deps = Pick<Platform, 'db' | 'clock'>;

/** The person's enrolments with the course and cohort they belong to (titles of the version taken). */
function enrolmentRows(platform: Deps, userId: string) {
  return platform.db
    .selectFrom('enrolments')
    .innerJoin('cohorts', 'cohorts.id', 'enrolments.cohortId')
    .innerJoin('course_versions', 'course_versions.id', 'cohorts.versionId')
    .innerJoin('courses', 'courses.id', 'cohorts.courseId')
    .where('enrolments.userId', '=', userId);
}

/** Enrolments with the lessons completed in each (how many, which, when). */
export async function enrolmentsOf(platform: Deps, userId: string, context: ExportContext) {
  const enrolments = await enrolmentRows(platform, userId)
    .select([
      'enrolments.id',
      'enrolments.status',
      'enrolments.audience',
      'enrolments.requestedAt',
      'enrolments.seatedAt',
      'enrolments.leftAt',
      'enrolments.completedAt',
      'enrolments.lastActiveAt',
      'cohorts.title as cohortTitle',
      'course_versions.title as courseTitle',
      'courses.defaultLocale',
    ])
    .orderBy('enrolments.requestedAt')
    .orderBy('enrolments.id')
    .execute();
  const completions = enrolments.length
    ? await platform.db
        .selectFrom('lesson_completions')
        .innerJoin('course_lessons', 'course_lessons.id', 'lesson_completions.lessonId')
        .innerJoin('course_modules', 'course_modules.id', 'course_lessons.moduleId')
        .select(['lesson_completions.enrolmentId', 'lesson_completions.completedAt', 'course_lessons.title'])
        .where('lesson_completions.enrolmentId', 'in', enrolments.map((e) => e.id))
        .orderBy('lesson_completions.completedAt')
        .orderBy('course_modules.position')
        .orderBy('course_lessons.position')
        .execute()
    : [];
  return enrolments.map((e) => {
    const lessons = completions.filter((c) => c.enrolmentId === e.id).map((c) => ({ lesson: titleIn(context, c.title, e.defaultLocale), completedAt: c.completedAt }));
    return {
      course: titleIn(context, e.courseTitle, e.defaultLocale),
      cohort: e.cohortTitle,
      status: e.status,
      audience: e.audience,
      requestedAt: e.requestedAt,
      seatedAt: e.seatedAt,
      leftAt: e.leftAt,
      completedAt: e.completedAt,
      lastActiveAt: e.lastActiveAt,
      lessonsCompleted: lessons.length,
      lessonCompletions: lessons,
    };
  });
}

export async function quizAttemptsOf(platform: Deps, userId: string, context: ExportContext) {
  const rows = await enrolmentRows(platform, userId)
    .innerJoin('quiz_attempts', 'quiz_attempts.enrolmentId', 'enrolments.id')
    .innerJoin('quizzes', 'quizzes.id', 'quiz_attempts.quizId')
    .select(['course_versions.title as courseTitle', 'courses.defaultLocale', 'quizzes.title as quizTitle', 'quiz_attempts.number', 'quiz_attempts.score', 'quiz_attempts.passed', 'quiz_attempts.submittedAt'])
    .orderBy('quiz_attempts.submittedAt')
    .orderBy('quiz_attempts.id')
    .execute();
  return rows.map((r) => ({
    course: titleIn(context, r.courseTitle, r.defaultLocale),
    quiz: titleIn(context, r.quizTitle, r.defaultLocale),
    attempt: r.number,
    score: r.score,
    passed: Boolean(r.passed),
    submittedAt: r.submittedAt,
  }));
}

/** Self-assessments with each statement as it was asked, and the rating given (1–5). */
export async function selfAssessmentsOf(platform: Deps, userId: string, context: ExportContext) {
  const rows = await enrolmentRows(platform, userId)
    .innerJoin('self_assessments', 'self_assessments.enrolmentId', 'enrolments.id')
    .select(['course_versions.title as courseTitle', 'course_versions.selfAssessment', 'courses.defaultLocale', 'self_assessments.moment', 'self_assessments.answers', 'self_assessments.submittedAt'])
    .orderBy('self_assessments.submittedAt')
    .orderBy('self_assessments.id')
    .execute();
  return rows.map((r) => {
    const statements = selfAssessmentSchema.parse(JSON.parse(r.selfAssessment)).statements;
    const ratings = JSON.parse(r.answers) as Record<string, number>;
    return {
      course: titleIn(context, r.courseTitle, r.defaultLocale),
      moment: r.moment,
      answers: Object.entries(ratings).map(([key, rating]) => {
        const statement = statements.find((s) => s.key === key);
        return { statement: statement ? titleIn(context, JSON.stringify(statement.text), r.defaultLocale) : key, rating };
      }),
      submittedAt: r.submittedAt,
    };
  });
}

export async function certificatesOf(platform: Deps, userId: string, context: ExportContext) {
  const rows = await platform.db
    .selectFrom('certificates')
    .select(['id', 'code', 'courseId', 'holderName', 'issuedAt', 'expiresAt', 'revokedAt'])
    .where('userId', '=', userId)
    .orderBy('issuedAt')
    .orderBy('id')
    .execute();
  const now = platform.clock.now();
  const out = [];
  for (const r of rows) {
    const version = await platform.db
      .selectFrom('course_versions')
      .innerJoin('courses', 'courses.id', 'course_versions.courseId')
      .select(['course_versions.title', 'courses.defaultLocale'])
      .where('course_versions.courseId', '=', r.courseId)
      .orderBy('course_versions.number', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    const renewals = await platform.db.selectFrom('certificate_renewals').select(['renewedAt', 'expiresAt']).where('certificateId', '=', r.id).orderBy('renewedAt').execute();
    out.push({
      code: r.code,
      course: titleIn(context, version.title, version.defaultLocale),
      nameOnCertificate: r.holderName,
      issuedAt: r.issuedAt,
      expiresAt: r.expiresAt,
      status: certificateStatus(r, now),
      revokedAt: r.revokedAt,
      renewals: renewals.map((n) => ({ renewedAt: n.renewedAt, newExpiry: n.expiresAt })),
    });
  }
  return out;
}

/** Posts in cohort discussions, as written (hidden ones too: they are still the person's). */
export async function discussionPostsOf(platform: Deps, userId: string) {
  const rows = await platform.db
    .selectFrom('cohort_posts')
    .innerJoin('cohorts', 'cohorts.id', 'cohort_posts.cohortId')
    .leftJoin('cohort_posts as thread', 'thread.id', 'cohort_posts.threadId')
    .select(['cohorts.title as cohortTitle', 'cohort_posts.threadId', 'cohort_posts.title', 'thread.title as threadTitle', 'cohort_posts.body', 'cohort_posts.createdAt', 'cohort_posts.hiddenAt'])
    .where('cohort_posts.authorUserId', '=', userId)
    .orderBy('cohort_posts.createdAt')
    .orderBy('cohort_posts.id')
    .execute();
  return rows.map((r) => ({
    cohort: r.cohortTitle,
    kind: r.threadId ? ('reply' as const) : ('thread' as const),
    thread: r.threadId ? r.threadTitle : r.title,
    text: r.body,
    postedAt: r.createdAt,
    hiddenByFacilitator: r.hiddenAt !== null,
  }));
}

export async function digestSubscriptionsOf(platform: Deps, userId: string) {
  const rows = await platform.db
    .selectFrom('cohort_digest_subscriptions')
    .innerJoin('cohorts', 'cohorts.id', 'cohort_digest_subscriptions.cohortId')
    .select(['cohorts.title', 'cohort_digest_subscriptions.subscribedAt'])
    .where('cohort_digest_subscriptions.userId', '=', userId)
    .execute();
  return rows.map((r) => ({ cohort: r.title, subscribedAt: r.subscribedAt }));
}
