import type { Actor } from '../../accounts/actor.ts';
import { AppError } from '../../errors.ts';
import { isLocale, type Locale } from '../../i18n/locales.ts';
import type { Platform } from '../../platform.ts';
import { inBranch } from '../completion.ts';
import { requireSeat } from '../enrolment-access.ts';
import { itemsByKey } from '../item-store.ts';
import { type LessonAssets, lessonLabels, renderLessonMarkdown } from '../lesson-markdown.ts';
import { pickLocale } from '../localize.ts';
import { type ItemView, presentItem } from '../present-item.ts';
import type { Audience } from '../schema.ts';
import { VersionCache } from '../version-cache.ts';

export interface LessonView {
  cohortId: string;
  courseTitle: string;
  moduleTitle: string;
  key: string;
  title: string;
  html: string;
  lang: string;
  fallback: boolean;
  done: boolean;
  previousKey: string | null;
  nextKey: string | null;
  knowledgeCheck: ItemView[];
}

interface OutlineLesson {
  id: string;
  key: string;
  audience: string;
  moduleAudience: string;
  title: string;
  moduleTitle: string;
  knowledgeCheck: string[];
}

// Published versions never change: their outline is read once, and each lesson body is rendered
// (and sanitised) once per language.
const outlines = new VersionCache<OutlineLesson[]>();
const bodies = new Map<string, { html: string; lang: string; fallback: boolean }>();
const MAX_BODIES = 2000;
/** Opening the lesson a learner is already on records activity at most this often. */
const ACTIVITY_EVERY_MS = 5 * 60_000;

function outline(platform: Pick<Platform, 'db'>, versionId: string): Promise<OutlineLesson[]> {
  return outlines.get(versionId, async () => {
    const rows = await platform.db
      .selectFrom('course_lessons')
      .innerJoin('course_modules', 'course_modules.id', 'course_lessons.moduleId')
      .select(['course_lessons.id', 'course_lessons.key', 'course_lessons.audience', 'course_lessons.title', 'course_lessons.knowledgeCheck', 'course_modules.audience as moduleAudience', 'course_modules.title as moduleTitle'])
      .where('course_lessons.versionId', '=', versionId)
      .orderBy('course_modules.position')
      .orderBy('course_lessons.position')
      .execute();
    return rows.map((r) => ({ ...r, knowledgeCheck: JSON.parse(r.knowledgeCheck) as string[] }));
  });
}

async function versionAssets(platform: Pick<Platform, 'db'>, versionId: string): Promise<LessonAssets> {
  const rows = await platform.db.selectFrom('course_assets').select(['name', 'size']).where('versionId', '=', versionId).execute();
  const transcripts = rows.some((r) => r.name.endsWith('.txt'))
    ? await platform.db.selectFrom('course_assets').select(['name', 'bytes']).where('versionId', '=', versionId).where('name', 'like', '%.txt').execute()
    : [];
  const texts = new Map(transcripts.map((t) => [t.name, new TextDecoder().decode(t.bytes)]));
  return { url: (name) => `/learn/assets/${versionId}/${name}`, sizes: new Map(rows.map((r) => [r.name, r.size])), text: (name) => texts.get(name) };
}

/** The lesson body in the reader's language (or the course's), rendered once. */
async function lessonBody(platform: Pick<Platform, 'db' | 'translate'>, lesson: { id: string; versionId: string }, locale: Locale, defaultLocale: string) {
  const key = `${lesson.id}:${locale}:${defaultLocale}`;
  let body = bodies.get(key);
  if (body === undefined) {
    const row = await platform.db.selectFrom('course_lessons').select('body').where('id', '=', lesson.id).executeTakeFirstOrThrow();
    const picked = pickLocale(row.body, locale, defaultLocale);
    const t = platform.translate(isLocale(picked.lang) ? picked.lang : 'en');
    const html = renderLessonMarkdown(picked.text, picked.lang, await versionAssets(platform, lesson.versionId), lessonLabels(t));
    body = { html, lang: picked.lang, fallback: picked.fallback };
    if (bodies.size >= MAX_BODIES) bodies.delete(bodies.keys().next().value!);
    bodies.set(key, body);
  }
  return body;
}

export async function lessonView(platform: Pick<Platform, 'db' | 'clock' | 'translate'>, actor: Actor, cohortId: string, lessonKey: string, locale: Locale): Promise<LessonView> {
  const seat = await requireSeat(platform, actor, cohortId);
  const visible = (await outline(platform, seat.versionId)).filter((l) => inBranch(l.moduleAudience as Audience, seat.audience) && inBranch(l.audience as Audience, seat.audience));
  const index = visible.findIndex((l) => l.key === lessonKey);
  if (index < 0) throw new AppError('not_found');
  const lesson = visible[index]!;
  const body = await lessonBody(platform, { id: lesson.id, versionId: seat.versionId }, locale, seat.defaultLocale);
  const done = await platform.db.selectFrom('lesson_completions').select('lessonId').where('enrolmentId', '=', seat.enrolmentId).where('lessonId', '=', lesson.id).executeTakeFirst();
  // Resume where the learner left: the last lesson opened (activity counts in days, so a reload
  // of the same lesson need not write every time).
  const now = platform.clock.now();
  const recent = seat.lastActiveAt !== null && now.getTime() - Date.parse(seat.lastActiveAt) < ACTIVITY_EVERY_MS;
  if (seat.lastLessonId !== lesson.id || !recent) {
    await platform.db.updateTable('enrolments').set({ lastLessonId: lesson.id, lastActiveAt: now.toISOString() }).where('id', '=', seat.enrolmentId).execute();
  }
  const items = await itemsByKey(platform, seat.versionId, lesson.knowledgeCheck);
  return {
    cohortId,
    courseTitle: pickLocale(seat.courseTitle, locale, seat.defaultLocale).text,
    moduleTitle: pickLocale(lesson.moduleTitle, locale, seat.defaultLocale).text,
    key: lesson.key,
    title: pickLocale(lesson.title, locale, seat.defaultLocale).text,
    html: body.html,
    lang: body.lang,
    fallback: body.fallback,
    done: Boolean(done),
    previousKey: visible[index - 1]?.key ?? null,
    nextKey: visible[index + 1]?.key ?? null,
    knowledgeCheck: items.map((i) => presentItem(i, locale, seat.defaultLocale)),
  };
}
