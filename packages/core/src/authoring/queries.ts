import type { Actor } from '../accounts/actor.ts';
import { AppError } from '../errors.ts';
import type { Locale } from '../i18n/locales.ts';
import { inBranch } from '../learning/completion.ts';
import { type LessonAssets, lessonLabels, renderLessonMarkdown } from '../learning/lesson-markdown.ts';
import { pickLocale } from '../learning/localize.ts';
import type { LearnerAudience } from '../learning/schema.ts';
import type { Platform } from '../platform.ts';
import { openDraft } from './commands.ts';
import type { DraftDocument } from './draft.ts';
import { authorizeAuthoring } from './policies.ts';
import { publishProblems } from './problems.ts';

export interface AuthoredCourse {
  slug: string;
  title: string;
  publishedVersion: number | null;
  hasDraft: boolean;
  refresher: boolean;
}

/** The courses the actor may edit: their own, or every course for platform admins. */
export async function authoredCourses(platform: Pick<Platform, 'db'>, actor: Actor, locale: Locale): Promise<AuthoredCourse[]> {
  authorizeAuthoring(actor, 'course.create');
  let query = platform.db.selectFrom('courses').select(['id', 'slug', 'defaultLocale', 'refresherOfCourseId']).where('archivedAt', 'is', null);
  if (!actor.isPlatformAdmin) query = query.where('createdByUserId', '=', actor.userId);
  const courses = await query.orderBy('slug').execute();
  const result: AuthoredCourse[] = [];
  for (const c of courses) {
    const version = await platform.db.selectFrom('course_versions').select(['number', 'title']).where('courseId', '=', c.id).where('status', '=', 'published').orderBy('number', 'desc').limit(1).executeTakeFirst();
    const draft = await platform.db.selectFrom('course_drafts').select('document').where('courseId', '=', c.id).executeTakeFirst();
    const title = draft ? (JSON.parse(draft.document) as DraftDocument).title : version ? (JSON.parse(version.title) as Record<string, string>) : {};
    result.push({ slug: c.slug, title: pickLocale(title as Record<string, string>, locale, c.defaultLocale).text || c.slug, publishedVersion: version?.number ?? null, hasDraft: Boolean(draft), refresher: c.refresherOfCourseId !== null });
  }
  return result;
}

/** The draft with its files, the main courses it could refresh, and what keeps it from publication. */
export async function draftEditorView(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor, slug: string, locale: Locale) {
  const draft = await openDraft(platform, actor, slug);
  const assets = await platform.db.selectFrom('course_draft_assets').select(['name', 'size', 'mediaType']).where('courseId', '=', draft.courseId).orderBy('name').execute();
  const mains = await platform.db
    .selectFrom('courses')
    .innerJoin('course_versions', 'course_versions.courseId', 'courses.id')
    .select(['courses.slug', 'courses.defaultLocale', 'course_versions.title', 'course_versions.number'])
    .where('courses.refresherOfCourseId', 'is', null)
    .where('courses.slug', '!=', slug)
    .where('course_versions.status', '=', 'published')
    .orderBy('course_versions.number', 'asc')
    .execute();
  // Ascending, so each course's latest title is the one the map keeps.
  const mainCourses = [...new Map(mains.map((m) => [m.slug, { slug: m.slug, title: pickLocale(m.title, locale, m.defaultLocale).text }])).values()];
  return { ...draft, assets, mainCourses, problems: publishProblems(draft.document) };
}

async function draftAssets(platform: Pick<Platform, 'db'>, courseId: string, slug: string): Promise<LessonAssets> {
  const rows = await platform.db.selectFrom('course_draft_assets').select(['name', 'size', 'bytes']).where('courseId', '=', courseId).execute();
  const texts = new Map(rows.filter((r) => r.name.endsWith('.txt')).map((r) => [r.name, new TextDecoder().decode(r.bytes)]));
  return { url: (name) => `/author/courses/${slug}/assets/${name}`, sizes: new Map(rows.map((r) => [r.name, r.size])), text: (name) => texts.get(name) };
}

/**
 * The draft as a learner of one track would see it in one language: the modules and lessons of the
 * branch, each lesson rendered exactly as it will be (same renderer, same sanitising), with the
 * fallback language marked.
 */
export async function previewDraft(platform: Pick<Platform, 'db' | 'clock' | 'translate'>, actor: Actor, slug: string, audience: LearnerAudience, locale: Locale) {
  const { courseId, document: doc } = await openDraft(platform, actor, slug);
  const assets = await draftAssets(platform, courseId, slug);
  const labels = lessonLabels(platform.translate(locale));
  const text = (map: Partial<Record<string, string>>) => pickLocale(map as Record<string, string>, locale, doc.defaultLocale);
  return {
    title: text(doc.title).text,
    modules: doc.modules
      .filter((m) => inBranch(m.audience, audience))
      .map((m) => ({
        key: m.key,
        title: text(m.title).text,
        lessons: m.lessons
          .filter((l) => inBranch(l.audience, audience))
          .map((l) => {
            const body = text(l.body);
            return { key: l.key, title: text(l.title).text, required: l.required, fallback: body.fallback, lang: body.lang, html: body.text ? renderLessonMarkdown(body.text, body.lang, assets, labels) : '' };
          }),
      })),
  };
}

/** Live preview of Markdown typed in the editor, with the draft's files. */
export async function previewMarkdown(platform: Pick<Platform, 'db' | 'clock' | 'translate'>, actor: Actor, slug: string, markdown: string, locale: Locale): Promise<string> {
  if (markdown.length > 100_000) throw new AppError('bad_request', 'too long');
  const { courseId } = await openDraft(platform, actor, slug);
  return renderLessonMarkdown(markdown, locale, await draftAssets(platform, courseId, slug), lessonLabels(platform.translate(locale)));
}

/** A file of the draft, for the preview. */
export async function draftAsset(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor, slug: string, name: string) {
  const { courseId } = await openDraft(platform, actor, slug);
  const asset = await platform.db.selectFrom('course_draft_assets').select(['name', 'mediaType', 'size', 'bytes']).where('courseId', '=', courseId).where('name', '=', name).executeTakeFirst();
  if (!asset) throw new AppError('not_found');
  return asset;
}
