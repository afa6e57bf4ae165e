import { type Actor, roleIn } from '../accounts/actor.ts';
import { AppError } from '../errors.ts';

export type CohortAction = 'cohort.manage' | 'cohort.facilitate';

/**
 * Who runs cohorts: trainers and coordinators of the organisation a cohort belongs to, platform
 * admins for any (coordinators and admins with their second factor, as everywhere). Facilitators
 * of a cohort may facilitate it. Outsiders get `not_found`.
 */
export function authorizeCohort(actor: Actor, action: CohortAction, subject: { organisationId: string | null; facilitatorIds?: string[] }): void {
  if (actor.isPlatformAdmin) {
    if (!actor.twoFactorEnabled) throw new AppError('two_factor_required');
    return;
  }
  if (action === 'cohort.facilitate' && subject.facilitatorIds?.includes(actor.userId)) return;
  const role = subject.organisationId ? roleIn(actor, subject.organisationId) : undefined;
  if (!role) throw new AppError('not_found');
  if (role === 'learner') throw new AppError('forbidden');
  if (role === 'coordinator' && !actor.twoFactorEnabled) throw new AppError('two_factor_required');
}
