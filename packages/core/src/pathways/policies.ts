import { type Actor, roleIn } from '../accounts/actor.ts';
import { AppError } from '../errors.ts';

export type PathwayAction = 'pathway.create' | 'pathway.edit' | 'pathway.take' | 'pathway.facilitate' | 'pathway.report';

/**
 * Who does what with pathways:
 * - trainers and coordinators (of any organisation) create pathways and edit the ones they
 *   created; platform admins edit every pathway (as with courses);
 * - members of an organisation take published pathways;
 * - a learner's reflections are reviewed, and live sessions confirmed, by the trainers and
 *   coordinators of the organisation the learner took the pathway with (admins: all);
 * - completion figures of an organisation are for its trainers and coordinators.
 * Coordinators and admins act with their second factor. Outsiders get `not_found`.
 */
export function authorizePathway(actor: Actor, action: PathwayAction, subject: { createdByUserId?: string | null; organisationId?: string | null } = {}): void {
  if (actor.isPlatformAdmin) {
    if (!actor.twoFactorEnabled) throw new AppError('two_factor_required');
    return;
  }
  if (action === 'pathway.take') {
    if (!actor.memberships.length) throw new AppError('forbidden', 'pathways are for members of an organisation');
    return;
  }
  if (action === 'pathway.create' || action === 'pathway.edit') {
    const roles = actor.memberships.map((m) => m.role);
    if (!roles.includes('trainer') && !roles.includes('coordinator')) throw new AppError(actor.memberships.length ? 'forbidden' : 'not_found');
    if (roles.includes('coordinator') && !actor.twoFactorEnabled) throw new AppError('two_factor_required');
    if (action === 'pathway.edit' && subject.createdByUserId !== actor.userId) throw new AppError('not_found');
    return;
  }
  const role = subject.organisationId ? roleIn(actor, subject.organisationId) : undefined;
  if (!role) throw new AppError('not_found');
  if (role === 'learner') throw new AppError('forbidden');
  if (role === 'coordinator' && !actor.twoFactorEnabled) throw new AppError('two_factor_required');
}

/** The organisations whose pathway participants the actor facilitates (null: all, for admins). */
export function facilitatedOrganisations(actor: Actor): string[] | null {
  if (actor.isPlatformAdmin) return null;
  return actor.memberships.filter((m) => m.role === 'trainer' || m.role === 'coordinator').map((m) => m.organisationId);
}
