import type { Actor } from '../../accounts/actor.ts';
import { renderMarkdown } from '../../content/markdown.ts';
import { AppError } from '../../errors.ts';
import type { Locale } from '../../i18n/locales.ts';
import { pickLocale } from '../../learning/localize.ts';
import type { Sector } from '../../organisations/schema.ts';
import type { Platform } from '../../platform.ts';
import { authorizePathway } from '../policies.ts';
import type { PathwayAudience, StepKind } from '../schema.ts';
import { syncPathwayEnrolment } from '../commands/progress.ts';

/** Which pathway we suggest first to a member of an organisation of each sector. */
export const AUDIENCE_OF_SECTOR: Partial<Record<Sector, PathwayAudience>> = {
  womens_support_service: 'victim_support',
  perpetrator_programme: 'perpetrator_programme',
  public_authority: 'public_authority',
  law_enforcement: 'public_authority',
  health: 'public_authority',
};

export interface PathwayCard {
  id: string;
  slug: string;
  audience: PathwayAudience;
  title: string;
  summary: string;
  stepCount: number;
  recommended: boolean;
  enrolment: { done: number; completedAt: string | null } | null;
}

/** Published pathways with the actor's progress; those for the actor's sectors first. */
export async function pathwaysForLearner(platform: Pick<Platform, 'db'>, actor: Actor, locale: Locale): Promise<PathwayCard[]> {
  authorizePathway(actor, 'pathway.take');
  const rows = await platform.db
    .selectFrom('pathways')
    .leftJoin('pathway_enrolments', (j) => j.onRef('pathway_enrolments.pathwayId', '=', 'pathways.id').on('pathway_enrolments.userId', '=', actor.userId))
    .select(['pathways.id', 'pathways.slug', 'pathways.audience', 'pathways.title', 'pathways.summary', 'pathway_enrolments.id as enrolmentId', 'pathway_enrolments.completedAt'])
    .select((eb) => [
      eb.selectFrom('pathway_steps').select(({ fn }) => fn.countAll<number>().as('n')).whereRef('pathway_steps.pathwayId', '=', 'pathways.id').as('stepCount'),
      eb.selectFrom('pathway_step_records').select(({ fn }) => fn.countAll<number>().as('n')).whereRef('pathway_step_records.enrolmentId', '=', 'pathway_enrolments.id').as('done'),
    ])
    .where('pathways.status', '=', 'published')
    .orderBy('pathways.slug')
    .execute();
  const sectors = actor.memberships.length
    ? (await platform.db.selectFrom('organisations').select('sector').where('id', 'in', actor.memberships.map((m) => m.organisationId)).execute()).map((o) => o.sector as Sector)
    : [];
  const wanted = new Set(sectors.map((s) => AUDIENCE_OF_SECTOR[s]).filter(Boolean));
  const cards = rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    audience: r.audience as PathwayAudience,
    title: pickLocale(r.title, locale, 'en').text,
    summary: pickLocale(r.summary, locale, 'en').text,
    stepCount: Number(r.stepCount ?? 0),
    recommended: wanted.has(r.audience as PathwayAudience),
    enrolment: r.enrolmentId ? { done: Number(r.done ?? 0), completedAt: r.completedAt } : null,
  }));
  return cards.sort((a, b) => Number(b.recommended) - Number(a.recommended));
}

/** A step's own headings sit under the step's title (an h2): h2 becomes h3, h3 becomes h4. */
export function demoteHeadings(html: string): string {
  return html.replace(/<(\/?)h([2-4])>/g, (_m, slash: string, level: string) => `<${slash}h${Number(level) + 1}>`);
}

export type StepStatus = 'done' | 'open' | 'submitted' | 'returned' | 'awaiting_confirmation';

export interface LearnerStep {
  id: string;
  position: number;
  kind: StepKind;
  title: string;
  bodyHtml: string;
  courseSlug: string | null;
  toolSlug: string | null;
  eventSlug: string | null;
  status: StepStatus;
  completedAt: string | null;
  reflection: { answer: string; feedback: string | null } | null;
}

export interface LearnerPathway {
  id: string;
  slug: string;
  audience: PathwayAudience;
  title: string;
  summary: string;
  fallback: boolean;
  steps: LearnerStep[];
  enrolment: { id: string; organisationName: string | null; enrolledAt: string; completedAt: string | null } | null;
  certificate: { id: string; code: string; expiresAt: string } | null;
}

/**
 * A pathway as a learner sees it. Visiting brings the enrolment up to date first (a course
 * completed elsewhere, a practice case passed) so the page never shows stale progress.
 */
export async function pathwayForLearner(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor, slug: string, locale: Locale): Promise<LearnerPathway> {
  authorizePathway(actor, 'pathway.take');
  const pathway = await platform.db.selectFrom('pathways').select(['id', 'slug', 'audience', 'status', 'title', 'summary']).where('slug', '=', slug).executeTakeFirst();
  if (!pathway) throw new AppError('not_found');
  const enrolment = await platform.db
    .selectFrom('pathway_enrolments')
    .leftJoin('organisations', 'organisations.id', 'pathway_enrolments.organisationId')
    .select(['pathway_enrolments.id', 'pathway_enrolments.enrolledAt', 'organisations.name as organisationName'])
    .where('pathway_enrolments.pathwayId', '=', pathway.id)
    .where('pathway_enrolments.userId', '=', actor.userId)
    .executeTakeFirst();
  // Unpublished pathways stay visible to those already on them, and to nobody else.
  if (pathway.status !== 'published' && !enrolment) throw new AppError('not_found');
  if (enrolment) await syncPathwayEnrolment(platform, enrolment.id);
  const completedAt = enrolment
    ? ((await platform.db.selectFrom('pathway_enrolments').select('completedAt').where('id', '=', enrolment.id).executeTakeFirstOrThrow()).completedAt ?? null)
    : null;

  const steps = await platform.db
    .selectFrom('pathway_steps')
    .leftJoin('courses', 'courses.id', 'pathway_steps.courseId')
    .leftJoin('events', 'events.id', 'pathway_steps.eventId')
    .select(['pathway_steps.id', 'pathway_steps.position', 'pathway_steps.kind', 'pathway_steps.title', 'pathway_steps.body', 'pathway_steps.toolSlug', 'courses.slug as courseSlug', 'events.slug as eventSlug'])
    .where('pathway_steps.pathwayId', '=', pathway.id)
    .orderBy('pathway_steps.position')
    .execute();
  const records = enrolment ? await platform.db.selectFrom('pathway_step_records').select(['stepId', 'completedAt']).where('enrolmentId', '=', enrolment.id).execute() : [];
  const reflections = enrolment ? await platform.db.selectFrom('pathway_reflections').select(['stepId', 'answer', 'status', 'feedback']).where('enrolmentId', '=', enrolment.id).execute() : [];
  const doneAt = new Map(records.map((r) => [r.stepId, r.completedAt]));
  const reflectionOf = new Map(reflections.map((r) => [r.stepId, r]));
  const title = pickLocale(pathway.title, locale, 'en');
  const certificate = enrolment
    ? ((await platform.db.selectFrom('pathway_certificates').select(['id', 'code', 'expiresAt']).where('enrolmentId', '=', enrolment.id).where('revokedAt', 'is', null).executeTakeFirst()) ?? null)
    : null;

  return {
    id: pathway.id,
    slug: pathway.slug,
    audience: pathway.audience as PathwayAudience,
    title: title.text,
    summary: pickLocale(pathway.summary, locale, 'en').text,
    fallback: title.fallback,
    enrolment: enrolment ? { id: enrolment.id, organisationName: enrolment.organisationName ?? null, enrolledAt: enrolment.enrolledAt, completedAt } : null,
    certificate,
    steps: steps.map((s) => {
      const reflection = reflectionOf.get(s.id);
      const done = doneAt.get(s.id);
      const status: StepStatus = done
        ? 'done'
        : s.kind === 'reflection' && reflection
          ? (reflection.status as 'submitted' | 'returned')
          : s.kind === 'live_session' && enrolment
            ? 'awaiting_confirmation'
            : 'open';
      return {
        id: s.id,
        position: s.position,
        kind: s.kind as StepKind,
        title: pickLocale(s.title, locale, 'en').text,
        bodyHtml: demoteHeadings(renderMarkdown(pickLocale(s.body, locale, 'en').text)),
        courseSlug: s.courseSlug ?? null,
        toolSlug: s.toolSlug,
        eventSlug: s.eventSlug ?? null,
        status,
        completedAt: done ?? null,
        reflection: reflection ? { answer: reflection.answer, feedback: reflection.feedback } : null,
      };
    }),
  };
}
