import { type Actor, roleIn } from '../accounts/actor.ts';
import { AppError } from '../errors.ts';

export type CertificateAction = 'certificate.revoke' | 'certificate.list';

/**
 * Trainers and coordinators of the organisation whose cohort issued a certificate may list and
 * revoke it (coordinators and admins with their second factor, as everywhere); platform admins any.
 * Anyone else gets `not_found`.
 */
export function authorizeCertificate(actor: Actor, _action: CertificateAction, subject: { organisationId: string | null }): void {
  if (actor.isPlatformAdmin) {
    if (!actor.twoFactorEnabled) throw new AppError('two_factor_required');
    return;
  }
  const role = subject.organisationId ? roleIn(actor, subject.organisationId) : undefined;
  if (!role) throw new AppError('not_found');
  if (role === 'learner') throw new AppError('forbidden');
  if (role === 'coordinator' && !actor.twoFactorEnabled) throw new AppError('two_factor_required');
}
