import { type Actor, roleIn } from '../accounts/actor.ts';
import { AppError } from '../errors.ts';

export type EventAction = 'event.manage';

/**
 * Events are organised by an organisation: its trainers and coordinators create and run them,
 * see registrations and export them; platform admins may run any. Coordinators and admins act with
 * their second factor. Outsiders get `not_found`; learners of the organisation `forbidden`.
 * Registering is public and needs no account (the personal link is the registrant's key).
 */
export function authorizeEvent(actor: Actor, _action: EventAction, subject: { organisationId: string }): void {
  if (actor.isPlatformAdmin) {
    if (!actor.twoFactorEnabled) throw new AppError('two_factor_required');
    return;
  }
  const role = roleIn(actor, subject.organisationId);
  if (!role) throw new AppError('not_found');
  if (role === 'learner') throw new AppError('forbidden');
  if (role === 'coordinator' && !actor.twoFactorEnabled) throw new AppError('two_factor_required');
}

/** The organisations in which the actor may organise events. */
export function organisingOrganisations(actor: Actor) {
  return actor.memberships.filter((m) => m.role === 'trainer' || m.role === 'coordinator');
}
