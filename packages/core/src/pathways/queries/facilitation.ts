import type { Actor } from '../../accounts/actor.ts';
import { AppError } from '../../errors.ts';
import type { Locale } from '../../i18n/locales.ts';
import { pickLocale } from '../../learning/localize.ts';
import type { Platform } from '../../platform.ts';
import { authorizePathway } from '../policies.ts';

export interface Participant {
  enrolmentId: string;
  name: string;
  pathwayTitle: string;
  done: number;
  total: number;
  completedAt: string | null;
  /** Live-session steps waiting for a facilitator's confirmation. */
  awaitingSessions: Array<{ stepId: string; title: string }>;
}

export interface PendingReflection {
  id: string;
  learnerName: string;
  pathwayTitle: string;
  stepTitle: string;
  submittedAt: string;
}

export interface FacilitationOverview {
  organisationName: string;
  participants: Participant[];
  pending: PendingReflection[];
  completions: Array<{ pathwayTitle: string; enrolled: number; completed: number }>;
}

/** An organisation's pathway participants, reflections to review, sessions to confirm, completion counts. */
export async function facilitationOverview(platform: Pick<Platform, 'db'>, actor: Actor, organisationId: string, locale: Locale): Promise<FacilitationOverview> {
  authorizePathway(actor, 'pathway.facilitate', { organisationId });
  const organisation = await platform.db.selectFrom('organisations').select('name').where('id', '=', organisationId).executeTakeFirst();
  if (!organisation) throw new AppError('not_found');
  const enrolments = await platform.db
    .selectFrom('pathway_enrolments')
    .innerJoin('users', 'users.id', 'pathway_enrolments.userId')
    .innerJoin('pathways', 'pathways.id', 'pathway_enrolments.pathwayId')
    .select(['pathway_enrolments.id', 'pathway_enrolments.pathwayId', 'pathway_enrolments.completedAt', 'users.name', 'pathways.title'])
    .where('pathway_enrolments.organisationId', '=', organisationId)
    .orderBy('users.name')
    .execute();
  const pathwayIds = [...new Set(enrolments.map((e) => e.pathwayId))];
  const steps = pathwayIds.length ? await platform.db.selectFrom('pathway_steps').select(['id', 'pathwayId', 'kind', 'title']).where('pathwayId', 'in', pathwayIds).orderBy('position').execute() : [];
  const records = enrolments.length
    ? await platform.db.selectFrom('pathway_step_records').select(['enrolmentId', 'stepId']).where('enrolmentId', 'in', enrolments.map((e) => e.id)).execute()
    : [];
  const doneSet = new Set(records.map((r) => `${r.enrolmentId}/${r.stepId}`));
  const participants = enrolments.map((e) => {
    const own = steps.filter((s) => s.pathwayId === e.pathwayId);
    return {
      enrolmentId: e.id,
      name: e.name,
      pathwayTitle: pickLocale(e.title, locale, 'en').text,
      done: own.filter((s) => doneSet.has(`${e.id}/${s.id}`)).length,
      total: own.length,
      completedAt: e.completedAt,
      awaitingSessions: own.filter((s) => s.kind === 'live_session' && !doneSet.has(`${e.id}/${s.id}`)).map((s) => ({ stepId: s.id, title: pickLocale(s.title, locale, 'en').text })),
    };
  });
  const pending = await platform.db
    .selectFrom('pathway_reflections')
    .innerJoin('pathway_enrolments', 'pathway_enrolments.id', 'pathway_reflections.enrolmentId')
    .innerJoin('users', 'users.id', 'pathway_enrolments.userId')
    .innerJoin('pathways', 'pathways.id', 'pathway_enrolments.pathwayId')
    .innerJoin('pathway_steps', 'pathway_steps.id', 'pathway_reflections.stepId')
    .select(['pathway_reflections.id', 'pathway_reflections.submittedAt', 'users.name', 'pathways.title as pathwayTitle', 'pathway_steps.title as stepTitle'])
    .where('pathway_enrolments.organisationId', '=', organisationId)
    .where('pathway_reflections.status', '=', 'submitted')
    .orderBy('pathway_reflections.submittedAt')
    .execute();
  const byPathway = new Map<string, { pathwayTitle: string; enrolled: number; completed: number }>();
  for (const e of enrolments) {
    const entry = byPathway.get(e.pathwayId) ?? { pathwayTitle: pickLocale(e.title, locale, 'en').text, enrolled: 0, completed: 0 };
    entry.enrolled += 1;
    if (e.completedAt) entry.completed += 1;
    byPathway.set(e.pathwayId, entry);
  }
  return {
    organisationName: organisation.name,
    participants,
    pending: pending.map((p) => ({ id: p.id, learnerName: p.name, pathwayTitle: pickLocale(p.pathwayTitle, locale, 'en').text, stepTitle: pickLocale(p.stepTitle, locale, 'en').text, submittedAt: p.submittedAt })),
    completions: [...byPathway.values()].sort((a, b) => a.pathwayTitle.localeCompare(b.pathwayTitle)),
  };
}

export interface ReflectionReview {
  id: string;
  learnerName: string;
  pathwayTitle: string;
  stepTitle: string;
  questionHtml: string;
  answer: string;
  status: string;
  feedback: string | null;
  submittedAt: string;
  organisationId: string | null;
}

/** What a reviewer sees of a reflection (only trainers and coordinators of the learner's organisation). */
export async function reflectionReview(platform: Pick<Platform, 'db'>, actor: Actor, reflectionId: string, locale: Locale, render: (md: string) => string): Promise<ReflectionReview> {
  const row = await platform.db
    .selectFrom('pathway_reflections')
    .innerJoin('pathway_enrolments', 'pathway_enrolments.id', 'pathway_reflections.enrolmentId')
    .innerJoin('users', 'users.id', 'pathway_enrolments.userId')
    .innerJoin('pathways', 'pathways.id', 'pathway_enrolments.pathwayId')
    .innerJoin('pathway_steps', 'pathway_steps.id', 'pathway_reflections.stepId')
    .select([
      'pathway_reflections.id',
      'pathway_reflections.answer',
      'pathway_reflections.status',
      'pathway_reflections.feedback',
      'pathway_reflections.submittedAt',
      'pathway_enrolments.organisationId',
      'users.name',
      'pathways.title as pathwayTitle',
      'pathway_steps.title as stepTitle',
      'pathway_steps.body',
    ])
    .where('pathway_reflections.id', '=', reflectionId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  authorizePathway(actor, 'pathway.facilitate', { organisationId: row.organisationId });
  return {
    id: row.id,
    learnerName: row.name,
    pathwayTitle: pickLocale(row.pathwayTitle, locale, 'en').text,
    stepTitle: pickLocale(row.stepTitle, locale, 'en').text,
    questionHtml: render(pickLocale(row.body, locale, 'en').text),
    answer: row.answer,
    status: row.status,
    feedback: row.feedback,
    submittedAt: row.submittedAt,
    organisationId: row.organisationId,
  };
}

/**
 * Practitioners who completed each pathway, for impact reporting: platform-wide, or for the given
 * organisations. Counts people (one enrolment per person and pathway).
 */
export async function pathwayCompletionCounts(platform: Pick<Platform, 'db'>, filter: { organisationIds?: string[] } = {}): Promise<Array<{ pathwayId: string; slug: string; completed: number }>> {
  if (filter.organisationIds && !filter.organisationIds.length) return [];
  const ids = filter.organisationIds;
  const rows = await platform.db
    .selectFrom('pathways')
    .leftJoin('pathway_enrolments', (j) => {
      const completed = j.onRef('pathway_enrolments.pathwayId', '=', 'pathways.id').on('pathway_enrolments.completedAt', 'is not', null);
      return ids ? completed.on('pathway_enrolments.organisationId', 'in', ids) : completed;
    })
    .select(['pathways.id as pathwayId', 'pathways.slug'])
    .select(({ fn }) => fn.count<number>('pathway_enrolments.id').as('completed'))
    .groupBy(['pathways.id', 'pathways.slug'])
    .orderBy('pathways.slug')
    .execute();
  return rows.map((r) => ({ pathwayId: r.pathwayId, slug: r.slug, completed: Number(r.completed) }));
}
