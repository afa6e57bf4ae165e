import { z } from 'zod';
import type { Actor } from '../accounts/actor.ts';
import { AppError } from '../errors.ts';
import { SUPPORTED_LOCALES } from '../i18n/locales.ts';
import { newId } from '../ids.ts';
import { importCoursePackage, type ImportedCourse } from '../learning/commands/import-course-package.ts';
import { exportCoursePackage } from '../learning/queries/export-course-package.ts';
import { assetNamePattern, coursePackageSchema, MAX_ASSET_BYTES, mediaTypeOf } from '../learning/schema.ts';
import type { Platform } from '../platform.ts';
import { fieldError, parseInput } from '../validation.ts';
import { applyChange, draftChange } from './changes.ts';
import { type DraftDocument, draftFromPackage, newDraft } from './draft.ts';
import { authorizeAuthoring } from './policies.ts';
import { publishProblems } from './problems.ts';

type Db = Platform['db'];

async function courseBySlug(db: Db, slug: string) {
  const course = await db.selectFrom('courses').select(['id', 'slug', 'defaultLocale', 'createdByUserId']).where('slug', '=', slug).where('archivedAt', 'is', null).executeTakeFirst();
  if (!course) throw new AppError('not_found');
  return course;
}

const createInput = z.object({
  title: z.string().trim().min(1, 'validation:required').max(200, 'validation:tooLong'),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'validation:slug'),
  defaultLocale: z.enum(SUPPORTED_LOCALES),
});

/** A new course with an empty draft; it has no version (and no cohort) until it is published. */
export async function createCourse(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor, input: unknown): Promise<{ slug: string }> {
  const data = parseInput(createInput, input);
  authorizeAuthoring(actor, 'course.create');
  const now = platform.clock.now().toISOString();
  const courseId = newId();
  try {
    await platform.db.transaction().execute(async (trx) => {
      await trx.insertInto('courses').values({ id: courseId, slug: data.slug, defaultLocale: data.defaultLocale, certificateValidityMonths: 12, refresherOfCourseId: null, createdByUserId: actor.userId, createdAt: now, updatedAt: now }).execute();
      await trx.insertInto('course_drafts').values({ courseId, document: JSON.stringify(newDraft(data.slug, data.defaultLocale, data.title)), baseVersionNumber: null, updatedAt: now, updatedByUserId: actor.userId }).execute();
    });
  } catch (error) {
    if (await platform.db.selectFrom('courses').select('id').where('slug', '=', data.slug).executeTakeFirst()) throw fieldError('slug', 'validation:slugTaken');
    throw error;
  }
  return { slug: data.slug };
}

/**
 * The course's working copy, created from its latest version (with that version's files) the first
 * time someone edits it after a publication.
 */
export async function openDraft(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor, slug: string): Promise<{ courseId: string; document: DraftDocument; baseVersionNumber: number | null }> {
  const course = await courseBySlug(platform.db, slug);
  authorizeAuthoring(actor, 'course.edit', course);
  const existing = await platform.db.selectFrom('course_drafts').select(['document', 'baseVersionNumber']).where('courseId', '=', course.id).executeTakeFirst();
  if (existing) return { courseId: course.id, document: JSON.parse(existing.document) as DraftDocument, baseVersionNumber: existing.baseVersionNumber };
  const latest = await exportCoursePackage(platform, slug);
  const { assets, ...pkg } = latest;
  const version = await platform.db.selectFrom('course_versions').select((eb) => eb.fn.max('number').as('n')).where('courseId', '=', course.id).executeTakeFirstOrThrow();
  const baseVersionNumber = Number(version.n);
  const document = draftFromPackage(pkg);
  const now = platform.clock.now().toISOString();
  await platform.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('course_drafts')
      .values({ courseId: course.id, document: JSON.stringify(document), baseVersionNumber, updatedAt: now, updatedByUserId: actor.userId })
      .onConflict((oc) => oc.column('courseId').doNothing())
      .execute();
    for (const a of assets) {
      await trx
        .insertInto('course_draft_assets')
        .values({ courseId: course.id, name: a.name, mediaType: mediaTypeOf(a.name), size: a.bytes.byteLength, bytes: a.bytes })
        .onConflict((oc) => oc.columns(['courseId', 'name']).doNothing())
        .execute();
    }
  });
  return openDraft(platform, actor, slug);
}

/** One edit of the draft (see changes.ts), validated and applied in a transaction. */
export async function changeDraft(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor, slug: string, input: unknown): Promise<DraftDocument> {
  const change = parseInput(draftChange, input);
  if (change.op === 'details' && change.refresherOf) {
    const main = await platform.db.selectFrom('courses').select('refresherOfCourseId').where('slug', '=', change.refresherOf).executeTakeFirst();
    // A refresher renews a main course's certificate: it cannot point at a refresher, or at nothing.
    if (!main || main.refresherOfCourseId !== null) throw fieldError('refresherOf', 'validation:invalidInput');
  }
  const { courseId } = await openDraft(platform, actor, slug);
  return platform.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('course_drafts').select('document').where('courseId', '=', courseId).executeTakeFirstOrThrow();
    const next = applyChange(JSON.parse(row.document) as DraftDocument, change);
    await trx.updateTable('course_drafts').set({ document: JSON.stringify(next), updatedAt: platform.clock.now().toISOString(), updatedByUserId: actor.userId }).where('courseId', '=', courseId).execute();
    return next;
  });
}

/** Adds or replaces a file of the draft (images, captioned video, transcripts, downloads). */
export async function saveDraftAsset(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor, slug: string, file: { name: string; bytes: Uint8Array }): Promise<{ name: string }> {
  const name = file.name.trim().toLowerCase().replace(/\s+/g, '-');
  if (!assetNamePattern.test(name)) throw fieldError('file', 'validation:assetName');
  if (file.bytes.byteLength === 0 || file.bytes.byteLength > MAX_ASSET_BYTES) throw fieldError('file', 'validation:assetSize');
  const { courseId } = await openDraft(platform, actor, slug);
  await platform.db.deleteFrom('course_draft_assets').where('courseId', '=', courseId).where('name', '=', name).execute();
  await platform.db.insertInto('course_draft_assets').values({ courseId, name, mediaType: mediaTypeOf(name), size: file.bytes.byteLength, bytes: file.bytes }).execute();
  return { name };
}

export async function removeDraftAsset(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor, slug: string, name: string): Promise<void> {
  const { courseId } = await openDraft(platform, actor, slug);
  await platform.db.deleteFrom('course_draft_assets').where('courseId', '=', courseId).where('name', '=', name).execute();
}

/**
 * Publishes the draft as the course's next version: checked in full (readable problems for the
 * author first, then the package schema), stored with its files, and the draft is closed. Cohorts
 * started afterwards use it; learners already enrolled stay on theirs.
 */
export async function publishDraft(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor, slug: string): Promise<ImportedCourse> {
  const { courseId, document } = await openDraft(platform, actor, slug);
  const problems = publishProblems(document);
  if (problems.length) throw new AppError('validation_failed', 'draft not ready', { fields: { _form: problems } });
  const assets = await platform.db.selectFrom('course_draft_assets').select(['name', 'bytes']).where('courseId', '=', courseId).execute();
  const parsed = coursePackageSchema.safeParse({ ...document, assets: assets.map((a) => ({ name: a.name, bytes: new Uint8Array(a.bytes) })) });
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new AppError('validation_failed', 'invalid package', { fields: { _form: [{ key: 'validation:draftInvalid', values: { details } }] } });
  }
  const imported = await importCoursePackage(platform, parsed.data, { publish: true, actorUserId: actor.userId });
  await platform.db.deleteFrom('course_drafts').where('courseId', '=', courseId).execute();
  await platform.db.deleteFrom('course_draft_assets').where('courseId', '=', courseId).execute();
  return imported;
}

/** Throws the working copy away; the published versions are untouched. */
export async function discardDraft(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor, slug: string): Promise<void> {
  const course = await courseBySlug(platform.db, slug);
  authorizeAuthoring(actor, 'course.edit', course);
  const published = await platform.db.selectFrom('course_versions').select('id').where('courseId', '=', course.id).executeTakeFirst();
  if (!published) throw new AppError('conflict', 'a course that was never published has only its draft');
  await platform.db.deleteFrom('course_drafts').where('courseId', '=', course.id).execute();
  await platform.db.deleteFrom('course_draft_assets').where('courseId', '=', course.id).execute();
}
