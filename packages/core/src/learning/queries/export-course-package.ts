import { AppError } from '../../errors.ts';
import type { Platform } from '../../platform.ts';
import { type CoursePackage, coursePackageSchema, type Item } from '../schema.ts';

/** Rebuilds the package of a course version (the latest when no number is given). */
export async function exportCoursePackage(platform: Pick<Platform, 'db'>, slug: string, versionNumber?: number): Promise<CoursePackage> {
  const course = await platform.db.selectFrom('courses').select(['id', 'slug', 'defaultLocale', 'certificateValidityMonths', 'refresherOfCourseId']).where('slug', '=', slug).executeTakeFirst();
  if (!course) throw new AppError('not_found', `no course ${slug}`);
  let versionQuery = platform.db.selectFrom('course_versions').selectAll().where('courseId', '=', course.id);
  versionQuery = versionNumber ? versionQuery.where('number', '=', versionNumber) : versionQuery.orderBy('number', 'desc').limit(1);
  const version = await versionQuery.executeTakeFirst();
  if (!version) throw new AppError('not_found', `no version ${versionNumber ?? ''} of ${slug}`);
  const refresherOf = course.refresherOfCourseId
    ? ((await platform.db.selectFrom('courses').select('slug').where('id', '=', course.refresherOfCourseId).executeTakeFirst())?.slug ?? null)
    : null;
  const modules = await platform.db.selectFrom('course_modules').selectAll().where('versionId', '=', version.id).orderBy('position').execute();
  const lessons = await platform.db.selectFrom('course_lessons').selectAll().where('versionId', '=', version.id).orderBy('position').execute();
  const quizzes = await platform.db.selectFrom('quizzes').selectAll().where('versionId', '=', version.id).execute();
  // Ids are time-ordered (UUIDv7), so id order is the order the package listed the items in.
  const items = await platform.db.selectFrom('quiz_items').selectAll().where('versionId', '=', version.id).orderBy('id').execute();
  const assets = await platform.db.selectFrom('course_assets').select(['name', 'bytes']).where('versionId', '=', version.id).execute();
  const quizOf = (q: (typeof quizzes)[number]) => ({
    key: q.key,
    title: JSON.parse(q.title),
    passMark: q.passMark,
    attemptLimit: q.attemptLimit,
    shuffle: q.shuffle === 1,
    items: JSON.parse(q.itemKeys) as string[],
  });
  const finalQuiz = quizzes.find((q) => q.moduleId === null);
  return coursePackageSchema.parse({
    slug: course.slug,
    defaultLocale: course.defaultLocale,
    locales: JSON.parse(version.locales),
    certificateValidityMonths: course.certificateValidityMonths,
    refresherOf,
    title: JSON.parse(version.title),
    summary: JSON.parse(version.summary),
    selfAssessment: JSON.parse(version.selfAssessment),
    modules: modules.map((m) => {
      const quiz = quizzes.find((q) => q.moduleId === m.id);
      return {
        key: m.key,
        audience: m.audience,
        title: JSON.parse(m.title),
        lessons: lessons
          .filter((l) => l.moduleId === m.id)
          .map((l) => ({ key: l.key, audience: l.audience, required: l.required === 1, title: JSON.parse(l.title), body: JSON.parse(l.body), knowledgeCheck: JSON.parse(l.knowledgeCheck) })),
        ...(quiz ? { quiz: quizOf(quiz) } : {}),
      };
    }),
    ...(finalQuiz ? { finalQuiz: quizOf(finalQuiz) } : {}),
    items: items.map((i) => ({ key: i.key, type: i.type, ...JSON.parse(i.content) }) as Item),
    assets: assets.map((a) => ({ name: a.name, bytes: new Uint8Array(a.bytes) })),
  });
}
