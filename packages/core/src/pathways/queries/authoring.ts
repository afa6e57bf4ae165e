import type { Actor } from '../../accounts/actor.ts';
import { AppError } from '../../errors.ts';
import type { Locale } from '../../i18n/locales.ts';
import { pickLocale } from '../../learning/localize.ts';
import type { Platform } from '../../platform.ts';
import { authorizePathway } from '../policies.ts';
import type { PathwayAudience, PathwayStatus, StepKind } from '../schema.ts';

export interface AuthorPathwayRow {
  id: string;
  slug: string;
  title: string;
  audience: PathwayAudience;
  status: PathwayStatus;
  stepCount: number;
  enrolled: number;
  completed: number;
}

/** The pathways the actor may edit (their own; every pathway for admins), with participation counts. */
export async function authorPathways(platform: Pick<Platform, 'db'>, actor: Actor, locale: Locale): Promise<AuthorPathwayRow[]> {
  authorizePathway(actor, 'pathway.create');
  let query = platform.db
    .selectFrom('pathways')
    .select(['pathways.id', 'pathways.slug', 'pathways.title', 'pathways.audience', 'pathways.status'])
    .select((eb) => [
      eb.selectFrom('pathway_steps').select(({ fn }) => fn.countAll<number>().as('n')).whereRef('pathway_steps.pathwayId', '=', 'pathways.id').as('stepCount'),
      eb.selectFrom('pathway_enrolments').select(({ fn }) => fn.countAll<number>().as('n')).whereRef('pathway_enrolments.pathwayId', '=', 'pathways.id').as('enrolled'),
      eb
        .selectFrom('pathway_enrolments')
        .select(({ fn }) => fn.countAll<number>().as('n'))
        .whereRef('pathway_enrolments.pathwayId', '=', 'pathways.id')
        .where('pathway_enrolments.completedAt', 'is not', null)
        .as('completed'),
    ])
    .orderBy('pathways.slug');
  if (!actor.isPlatformAdmin) query = query.where('pathways.createdByUserId', '=', actor.userId);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: pickLocale(r.title, locale, 'en').text,
    audience: r.audience as PathwayAudience,
    status: r.status as PathwayStatus,
    stepCount: Number(r.stepCount ?? 0),
    enrolled: Number(r.enrolled ?? 0),
    completed: Number(r.completed ?? 0),
  }));
}

export interface EditablePathway {
  id: string;
  slug: string;
  audience: PathwayAudience;
  status: PathwayStatus;
  certificateValidityMonths: number;
  title: Record<string, string>;
  summary: Record<string, string>;
  steps: Array<{ id: string; position: number; kind: StepKind; courseSlug: string | null; toolSlug: string | null; eventSlug: string | null; title: Record<string, string>; body: Record<string, string> }>;
}

export async function pathwayForEditing(platform: Pick<Platform, 'db'>, actor: Actor, pathwayId: string): Promise<EditablePathway> {
  const row = await platform.db
    .selectFrom('pathways')
    .select(['id', 'slug', 'audience', 'status', 'certificateValidityMonths', 'title', 'summary', 'createdByUserId'])
    .where('id', '=', pathwayId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  authorizePathway(actor, 'pathway.edit', row);
  const steps = await platform.db
    .selectFrom('pathway_steps')
    .leftJoin('courses', 'courses.id', 'pathway_steps.courseId')
    .leftJoin('events', 'events.id', 'pathway_steps.eventId')
    .select(['pathway_steps.id', 'pathway_steps.position', 'pathway_steps.kind', 'pathway_steps.toolSlug', 'pathway_steps.title', 'pathway_steps.body', 'courses.slug as courseSlug', 'events.slug as eventSlug'])
    .where('pathway_steps.pathwayId', '=', pathwayId)
    .orderBy('pathway_steps.position')
    .execute();
  return {
    id: row.id,
    slug: row.slug,
    audience: row.audience as PathwayAudience,
    status: row.status as PathwayStatus,
    certificateValidityMonths: row.certificateValidityMonths,
    title: JSON.parse(row.title) as Record<string, string>,
    summary: JSON.parse(row.summary) as Record<string, string>,
    steps: steps.map((s) => ({
      id: s.id,
      position: s.position,
      kind: s.kind as StepKind,
      courseSlug: s.courseSlug ?? null,
      toolSlug: s.toolSlug,
      eventSlug: s.eventSlug ?? null,
      title: JSON.parse(s.title) as Record<string, string>,
      body: JSON.parse(s.body) as Record<string, string>,
    })),
  };
}
