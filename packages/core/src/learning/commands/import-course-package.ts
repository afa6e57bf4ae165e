import { createHash } from 'node:crypto';
import { AppError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { Platform } from '../../platform.ts';
import { type CoursePackage, mediaTypeOf } from '../schema.ts';

export interface ImportedCourse {
  courseId: string;
  versionId: string;
  number: number;
  status: 'draft' | 'published';
  created: boolean;
}

type Db = Platform['db'];
const json = (value: unknown) => JSON.stringify(value);

/**
 * Stores a course package as a new version of its course (the course is created on first import).
 * Earlier versions stay untouched: learners keep the version they enrolled in. One transaction.
 */
export async function importCoursePackage(
  platform: Pick<Platform, 'db' | 'clock'>,
  pkg: CoursePackage,
  options: { publish?: boolean; actorUserId?: string | null } = {},
): Promise<ImportedCourse> {
  const now = platform.clock.now().toISOString();
  return platform.db.transaction().execute(async (trx) => {
    const refresherOfCourseId = pkg.refresherOf ? await courseIdBySlug(trx, pkg.refresherOf) : null;
    const existing = await trx.selectFrom('courses').select('id').where('slug', '=', pkg.slug).executeTakeFirst();
    const courseId = existing?.id ?? newId();
    if (existing) {
      await trx
        .updateTable('courses')
        .set({ defaultLocale: pkg.defaultLocale, certificateValidityMonths: pkg.certificateValidityMonths, refresherOfCourseId, updatedAt: now })
        .where('id', '=', courseId)
        .execute();
    } else {
      await trx
        .insertInto('courses')
        .values({ id: courseId, slug: pkg.slug, defaultLocale: pkg.defaultLocale, certificateValidityMonths: pkg.certificateValidityMonths, refresherOfCourseId, createdByUserId: options.actorUserId ?? null, createdAt: now, updatedAt: now })
        .execute();
    }
    const last = await trx.selectFrom('course_versions').select((eb) => eb.fn.max('number').as('n')).where('courseId', '=', courseId).executeTakeFirst();
    const number = Number(last?.n ?? 0) + 1;
    const status = options.publish ? 'published' : 'draft';
    const versionId = newId();
    await trx
      .insertInto('course_versions')
      .values({
        id: versionId,
        courseId,
        number,
        status,
        locales: json(pkg.locales),
        title: json(pkg.title),
        summary: json(pkg.summary),
        selfAssessment: json(pkg.selfAssessment),
        createdAt: now,
        publishedAt: options.publish ? now : null,
      })
      .execute();
    for (const [mi, m] of pkg.modules.entries()) {
      const moduleId = newId();
      await trx.insertInto('course_modules').values({ id: moduleId, versionId, key: m.key, position: mi, audience: m.audience, title: json(m.title) }).execute();
      for (const [li, l] of m.lessons.entries()) {
        await trx
          .insertInto('course_lessons')
          .values({ id: newId(), moduleId, versionId, key: l.key, position: li, audience: l.audience, required: l.required ? 1 : 0, title: json(l.title), body: json(l.body), knowledgeCheck: json(l.knowledgeCheck) })
          .execute();
      }
      if (m.quiz) await insertQuiz(trx, versionId, moduleId, m.quiz);
    }
    if (pkg.finalQuiz) await insertQuiz(trx, versionId, null, pkg.finalQuiz);
    for (const item of pkg.items) {
      const { key, type, ...content } = item;
      await trx.insertInto('quiz_items').values({ id: newId(), versionId, key, type, content: json(content) }).execute();
    }
    for (const asset of pkg.assets) {
      await trx
        .insertInto('course_assets')
        .values({ id: newId(), versionId, name: asset.name, mediaType: mediaTypeOf(asset.name), size: asset.bytes.byteLength, sha256: createHash('sha256').update(asset.bytes).digest('hex'), bytes: asset.bytes })
        .execute();
    }
    return { courseId, versionId, number, status, created: !existing };
  });
}

async function courseIdBySlug(trx: Db, slug: string): Promise<string> {
  const row = await trx.selectFrom('courses').select('id').where('slug', '=', slug).executeTakeFirst();
  if (!row) throw new AppError('validation_failed', `refresherOf: no course with the slug ${slug}`, { fields: { refresherOf: [{ key: 'validation:invalidInput' }] } });
  return row.id;
}

async function insertQuiz(trx: Db, versionId: string, moduleId: string | null, quiz: NonNullable<CoursePackage['finalQuiz']>) {
  await trx
    .insertInto('quizzes')
    .values({ id: newId(), versionId, moduleId, key: quiz.key, title: json(quiz.title), passMark: quiz.passMark, attemptLimit: quiz.attemptLimit, shuffle: quiz.shuffle ? 1 : 0, itemKeys: json(quiz.items) })
    .execute();
}
