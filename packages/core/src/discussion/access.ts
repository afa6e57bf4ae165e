import type { Actor } from '../accounts/actor.ts';
import { roleIn } from '../accounts/actor.ts';
import { AppError } from '../errors.ts';
import type { Platform } from '../platform.ts';

export interface DiscussionAccess {
  cohortId: string;
  cohortTitle: string;
  /** Facilitators pin and hide, and see hidden posts (marked). */
  moderator: boolean;
}

/**
 * Who takes part in a cohort's discussion: its seated and finished learners, and the people who
 * run it (trainers and coordinators of its organisation, named facilitators, platform admins).
 * Waitlisted people and outsiders do not see it (`not_found`).
 */
export async function discussionAccess(platform: Pick<Platform, 'db'>, actor: Actor, cohortId: string): Promise<DiscussionAccess> {
  const cohort = await platform.db.selectFrom('cohorts').select(['id', 'title', 'organisationId']).where('id', '=', cohortId).executeTakeFirst();
  if (!cohort) throw new AppError('not_found');
  const role = cohort.organisationId ? roleIn(actor, cohort.organisationId) : undefined;
  const facilitator = await platform.db.selectFrom('cohort_facilitators').select('userId').where('cohortId', '=', cohortId).where('userId', '=', actor.userId).executeTakeFirst();
  const moderator = actor.isPlatformAdmin || Boolean(facilitator) || role === 'trainer' || role === 'coordinator';
  if (moderator) {
    // As everywhere: coordinators and admins act with their second factor (named facilitators need not).
    const needsSecondFactor = (actor.isPlatformAdmin || role === 'coordinator') && !facilitator;
    if (needsSecondFactor && !actor.twoFactorEnabled) throw new AppError('two_factor_required');
    return { cohortId, cohortTitle: cohort.title, moderator };
  }
  const seat = await platform.db.selectFrom('enrolments').select('status').where('cohortId', '=', cohortId).where('userId', '=', actor.userId).executeTakeFirst();
  if (!seat || !['seated', 'completed'].includes(seat.status)) throw new AppError('not_found');
  return { cohortId, cohortTitle: cohort.title, moderator: false };
}
