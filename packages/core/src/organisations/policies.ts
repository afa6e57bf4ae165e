import { type Actor, roleIn } from '../accounts/actor.ts';
import { AppError } from '../errors.ts';

export type OrganisationAction =
  | 'organisation.view'
  | 'organisation.manageMembers'
  | 'organisation.viewAudit';

export type PlatformAction =
  | 'platform.manageRegions'
  | 'platform.manageOrganisations'
  | 'platform.viewOutbox'
  | 'platform.manageJobs'
  | 'platform.viewAudit'
  | 'platform.viewUsers'
  | 'platform.manageIndicators';

/** Elevated work (coordinating, administering) needs a second factor first. */
function requireTwoFactor(actor: Actor): void {
  if (!actor.twoFactorEnabled) throw new AppError('two_factor_required');
}

/**
 * Who may do what with an organisation. Outsiders get `not_found`, exactly what a missing
 * organisation gives, so nobody learns which organisations exist.
 */
export function authorizeOrganisation(actor: Actor, action: OrganisationAction, subject: { organisationId: string }): void {
  const role = roleIn(actor, subject.organisationId);
  if (actor.isPlatformAdmin) {
    if (action !== 'organisation.view') requireTwoFactor(actor);
    return;
  }
  if (!role) throw new AppError('not_found');
  switch (action) {
    case 'organisation.view':
      return;
    case 'organisation.manageMembers':
    case 'organisation.viewAudit':
      if (role !== 'coordinator') throw new AppError('forbidden');
      requireTwoFactor(actor);
      return;
  }
}

/** Platform administration: platform admins only, with a second factor. */
export function authorizePlatform(actor: Actor, _action: PlatformAction): void {
  if (!actor.isPlatformAdmin) throw new AppError('forbidden');
  requireTwoFactor(actor);
}
