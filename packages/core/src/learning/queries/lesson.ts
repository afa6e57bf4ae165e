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

// Published lessons never change, so each body is rendered (and sanitised) once per language.
const rendered = new Map<string, string>();
const MAX_CACHED = 2000;

async function versionAssets(platform: Pick<Platform, 'db'>, versionId: string): Promise<LessonAssets> {
  const rows = await platform.db.selectFrom('course_assets').select(['name', 'size']).where('versionId', '=', versionId).execute();
  const transcripts = rows.some((r) => r.name.endsWith('.txt'))
    ? await platform.db.selectFrom('course_assets').select(['name', 'bytes']).where('versionId', '=', versionId).where('name', 'like', '%.txt').execute()
    : [];
  const texts = new Map(transcripts.map((t) => [t.name, new TextDecoder().decode(t.bytes)]));
  return { url: (name) => `/learn/assets/${versionId}/${name}`, sizes: new Map(rows.map((r) => [r.name, r.size])), text: (name) => texts.get(name) };
}

async function renderOnce(platform: Pick<Platform, 'db' | 'translate'>, lesson: { id: string; versionId: string }, lang: string, markdown: string): Promise<string> {
  const key = `${lesson.id}:${lang}`;
  let html = rendered.get(key);
  if (html === undefined) {
    const t = platform.translate(isLocale(lang) ? lang : 'en');
    html = renderLessonMarkdown(markdown, lang, await versionAssets(platform, lesson.versionId), lessonLabels(t));
    if (rendered.size >= MAX_CACHED) rendered.delete(rendered.keys().next().value!);
    rendered.set(key, html);
  }
  return html;
}

export async function lessonView(platform: Pick<Platform, 'db' | 'clock' | 'translate'>, actor: Actor, cohortId: string, lessonKey: string, locale: Locale): Promise<LessonView> {
  const seat = await requireSeat(platform, actor, cohortId);
  const lessons = await platform.db
    .selectFrom('course_lessons')
    .innerJoin('course_modules', 'course_modules.id', 'course_lessons.moduleId')
    .select(['course_lessons.id', 'course_lessons.key', 'course_lessons.audience', 'course_lessons.title', 'course_modules.audience as moduleAudience', 'course_modules.title as moduleTitle', 'course_modules.position as modulePosition', 'course_lessons.position'])
    .where('course_lessons.versionId', '=', seat.versionId)
    .orderBy('course_modules.position')
    .orderBy('course_lessons.position')
    .execute();
  const visible = lessons.filter((l) => inBranch(l.moduleAudience as Audience, seat.audience) && inBranch(l.audience as Audience, seat.audience));
  const index = visible.findIndex((l) => l.key === lessonKey);
  if (index < 0) throw new AppError('not_found');
  const lesson = visible[index]!;
  const full = await platform.db.selectFrom('course_lessons').select(['body', 'knowledgeCheck']).where('id', '=', lesson.id).executeTakeFirstOrThrow();
  const body = pickLocale(full.body, locale, seat.defaultLocale);
  const done = await platform.db.selectFrom('lesson_completions').select('lessonId').where('enrolmentId', '=', seat.enrolmentId).where('lessonId', '=', lesson.id).executeTakeFirst();
  // Resume where the learner left: the last lesson opened.
  await platform.db.updateTable('enrolments').set({ lastLessonId: lesson.id, lastActiveAt: platform.clock.now().toISOString() }).where('id', '=', seat.enrolmentId).execute();
  const items = await itemsByKey(platform, seat.versionId, JSON.parse(full.knowledgeCheck) as string[]);
  return {
    cohortId,
    courseTitle: pickLocale(seat.courseTitle, locale, seat.defaultLocale).text,
    moduleTitle: pickLocale(lesson.moduleTitle, locale, seat.defaultLocale).text,
    key: lesson.key,
    title: pickLocale(lesson.title, locale, seat.defaultLocale).text,
    html: await renderOnce(platform, { id: lesson.id, versionId: seat.versionId }, body.lang, body.text),
    lang: body.lang,
    fallback: body.fallback,
    done: Boolean(done),
    previousKey: visible[index - 1]?.key ?? null,
    nextKey: visible[index + 1]?.key ?? null,
    knowledgeCheck: items.map((i) => presentItem(i, locale, seat.defaultLocale)),
  };
}
