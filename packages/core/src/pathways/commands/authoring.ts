import type { Actor } from '../../accounts/actor.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { Platform } from '../../platform.ts';
import type { ToolLibrary } from '../../tools/load.ts';
import { fieldError, parseInput } from '../../validation.ts';
import { authorizePathway } from '../policies.ts';
import { type PathwayFile, pathwayInput, pathwayUpdateInput, stepInput } from '../schema.ts';

type Db = Pick<Platform, 'db' | 'clock' | 'audit'>;

async function editablePathway(platform: Pick<Platform, 'db'>, actor: Actor, pathwayId: string) {
  const row = await platform.db.selectFrom('pathways').select(['id', 'status', 'createdByUserId']).where('id', '=', pathwayId).executeTakeFirst();
  if (!row) throw new AppError('not_found');
  authorizePathway(actor, 'pathway.edit', row);
  return row;
}

export async function createPathway(platform: Db, actor: Actor, input: unknown, requestId?: string): Promise<{ id: string }> {
  authorizePathway(actor, 'pathway.create');
  const data = parseInput(pathwayInput, input);
  const taken = await platform.db.selectFrom('pathways').select('id').where('slug', '=', data.slug).executeTakeFirst();
  if (taken) throw fieldError('slug', 'validation:slugTaken');
  const id = newId();
  const now = platform.clock.now().toISOString();
  await platform.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('pathways')
      .values({
        id,
        slug: data.slug,
        audience: data.audience,
        status: 'draft',
        title: JSON.stringify(data.title),
        summary: JSON.stringify(data.summary),
        certificateValidityMonths: data.certificateValidityMonths,
        createdByUserId: actor.userId,
        createdAt: now,
        updatedAt: now,
        publishedAt: null,
      })
      .execute();
    await platform.audit.record({ event: 'pathway.created', actorUserId: actor.userId, subjectType: 'pathway', subjectId: id, requestId: requestId ?? null }, trx);
  });
  return { id };
}

export async function updatePathway(platform: Db, actor: Actor, pathwayId: string, input: unknown): Promise<void> {
  await editablePathway(platform, actor, pathwayId);
  const data = parseInput(pathwayUpdateInput, input);
  await platform.db
    .updateTable('pathways')
    .set({ audience: data.audience, certificateValidityMonths: data.certificateValidityMonths, title: JSON.stringify(data.title), summary: JSON.stringify(data.summary), updatedAt: platform.clock.now().toISOString() })
    .where('id', '=', pathwayId)
    .execute();
}

async function stepReferences(platform: Pick<Platform, 'db'>, tools: ToolLibrary, data: { kind: string; courseSlug?: string | undefined; toolSlug?: string | undefined; eventSlug?: string | undefined }) {
  let courseId: string | null = null;
  let toolSlug: string | null = null;
  let eventId: string | null = null;
  if (data.kind === 'live_session' && data.eventSlug) {
    const event = await platform.db.selectFrom('events').select('id').where('slug', '=', data.eventSlug).where('status', '=', 'published').executeTakeFirst();
    if (!event) throw fieldError('eventSlug', 'validation:invalidInput');
    eventId = event.id;
  }
  if (data.kind === 'course') {
    const course = await platform.db.selectFrom('courses').select('id').where('slug', '=', data.courseSlug!).where('archivedAt', 'is', null).executeTakeFirst();
    if (!course) throw fieldError('courseSlug', 'validation:invalidInput');
    courseId = course.id;
  }
  if (data.kind === 'tool_practice') {
    const tool = tools.get(data.toolSlug!);
    if (!tool || tool.structure.mode !== 'form') throw fieldError('toolSlug', 'validation:invalidInput');
    toolSlug = tool.structure.slug;
  }
  return { courseId, toolSlug, eventId };
}

export async function addStep(platform: Db, tools: ToolLibrary, actor: Actor, pathwayId: string, input: unknown): Promise<{ id: string }> {
  await editablePathway(platform, actor, pathwayId);
  const data = parseInput(stepInput, input);
  const refs = await stepReferences(platform, tools, data);
  const id = newId();
  await platform.db.transaction().execute(async (trx) => {
    const last = await trx.selectFrom('pathway_steps').select(({ fn }) => fn.max<number>('position').as('p')).where('pathwayId', '=', pathwayId).executeTakeFirst();
    await trx
      .insertInto('pathway_steps')
      .values({ id, pathwayId, position: Number(last?.p ?? 0) + 1, kind: data.kind, ...refs, title: JSON.stringify(data.title), body: JSON.stringify(data.body) })
      .execute();
    await trx.updateTable('pathways').set({ updatedAt: platform.clock.now().toISOString() }).where('id', '=', pathwayId).execute();
  });
  return { id };
}

async function stepOf(platform: Pick<Platform, 'db'>, pathwayId: string, stepId: string) {
  const step = await platform.db.selectFrom('pathway_steps').select(['id', 'position']).where('id', '=', stepId).where('pathwayId', '=', pathwayId).executeTakeFirst();
  if (!step) throw new AppError('not_found');
  return step;
}

export async function updateStep(platform: Db, tools: ToolLibrary, actor: Actor, pathwayId: string, stepId: string, input: unknown): Promise<void> {
  await editablePathway(platform, actor, pathwayId);
  await stepOf(platform, pathwayId, stepId);
  const data = parseInput(stepInput, input);
  const refs = await stepReferences(platform, tools, data);
  await platform.db.updateTable('pathway_steps').set({ kind: data.kind, ...refs, title: JSON.stringify(data.title), body: JSON.stringify(data.body) }).where('id', '=', stepId).execute();
}

/** Removing a step drops its records; learners who had only that step left complete on their next visit. */
export async function removeStep(platform: Db, actor: Actor, pathwayId: string, stepId: string): Promise<void> {
  await editablePathway(platform, actor, pathwayId);
  await stepOf(platform, pathwayId, stepId);
  await platform.db.deleteFrom('pathway_steps').where('id', '=', stepId).execute();
}

/** Swaps a step with its neighbour above or below. */
export async function moveStep(platform: Db, actor: Actor, pathwayId: string, stepId: string, direction: 'up' | 'down'): Promise<void> {
  await editablePathway(platform, actor, pathwayId);
  await platform.db.transaction().execute(async (trx) => {
    const steps = await trx.selectFrom('pathway_steps').select(['id', 'position']).where('pathwayId', '=', pathwayId).orderBy('position').execute();
    const index = steps.findIndex((s) => s.id === stepId);
    if (index < 0) throw new AppError('not_found');
    const other = steps[direction === 'up' ? index - 1 : index + 1];
    if (!other) return;
    const current = steps[index]!;
    await trx.updateTable('pathway_steps').set({ position: other.position }).where('id', '=', current.id).execute();
    await trx.updateTable('pathway_steps').set({ position: current.position }).where('id', '=', other.id).execute();
  });
}

export async function setPathwayStatus(platform: Db, actor: Actor, pathwayId: string, status: 'published' | 'draft' | 'archived', requestId?: string): Promise<void> {
  await editablePathway(platform, actor, pathwayId);
  if (status === 'published') {
    const steps = await platform.db.selectFrom('pathway_steps').select('id').where('pathwayId', '=', pathwayId).execute();
    if (!steps.length) throw fieldError('_form', 'validation:pathwayNoSteps');
  }
  const now = platform.clock.now().toISOString();
  await platform.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('pathways')
      .set({ status, updatedAt: now, ...(status === 'published' ? { publishedAt: now } : {}) })
      .where('id', '=', pathwayId)
      .execute();
    await platform.audit.record({ event: `pathway.${status}`, actorUserId: actor.userId, subjectType: 'pathway', subjectId: pathwayId, requestId: requestId ?? null }, trx);
  });
}

/**
 * Imports a pathway file (the demo seed's shipped pathways), published, owned by `createdByUserId`.
 * Skipped when the slug exists, so running the seed twice changes nothing.
 */
export async function importPathwayFile(platform: Pick<Platform, 'db' | 'clock'>, file: PathwayFile, createdByUserId: string | null): Promise<{ id: string; created: boolean }> {
  const existing = await platform.db.selectFrom('pathways').select('id').where('slug', '=', file.slug).executeTakeFirst();
  if (existing) return { id: existing.id, created: false };
  const courseSlugs = [...new Set(file.steps.flatMap((s) => (s.course ? [s.course] : [])))];
  const courses = courseSlugs.length ? await platform.db.selectFrom('courses').select(['id', 'slug']).where('slug', 'in', courseSlugs).execute() : [];
  const courseId = new Map(courses.map((c) => [c.slug, c.id]));
  for (const slug of courseSlugs) if (!courseId.has(slug)) throw new Error(`pathway ${file.slug}: course ${slug} is not imported`);
  const id = newId();
  const now = platform.clock.now().toISOString();
  await platform.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('pathways')
      .values({
        id,
        slug: file.slug,
        audience: file.audience,
        status: 'published',
        title: JSON.stringify(file.title),
        summary: JSON.stringify(file.summary),
        certificateValidityMonths: file.certificateValidityMonths,
        createdByUserId,
        createdAt: now,
        updatedAt: now,
        publishedAt: now,
      })
      .execute();
    let position = 0;
    for (const step of file.steps) {
      position += 1;
      await trx
        .insertInto('pathway_steps')
        .values({ id: newId(), pathwayId: id, position, kind: step.kind, courseId: step.course ? courseId.get(step.course)! : null, toolSlug: step.tool ?? null, eventId: null, title: JSON.stringify(step.title), body: JSON.stringify(step.body) })
        .execute();
    }
  });
  return { id, created: true };
}
