import { type Actor, roleIn } from '../accounts/actor.ts';
import { AppError } from '../errors.ts';

export type CampaignAction = 'campaign.manage';

/**
 * A campaign belongs to an organisation and is published in its region. Its coordinators build and
 * publish it (with their second factor, as for every coordinator action); platform admins may too.
 * Outsiders get `not_found`; trainers and learners of the organisation `forbidden`. The public
 * page and its counters need no account.
 */
export function authorizeCampaign(actor: Actor, _action: CampaignAction, subject: { organisationId: string }): void {
  if (actor.isPlatformAdmin) {
    if (!actor.twoFactorEnabled) throw new AppError('two_factor_required');
    return;
  }
  const role = roleIn(actor, subject.organisationId);
  if (!role) throw new AppError('not_found');
  if (role !== 'coordinator') throw new AppError('forbidden');
  if (!actor.twoFactorEnabled) throw new AppError('two_factor_required');
}

/** The organisations in which the actor may run campaigns. */
export function campaigningOrganisations(actor: Actor) {
  return actor.memberships.filter((m) => m.role === 'coordinator');
}
