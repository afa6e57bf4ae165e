import type { Actor } from '../accounts/actor.ts';
import { AppError } from '../errors.ts';

export type PrivacyAction = 'privacy.ownData' | 'privacy.viewRequestLog';

/**
 * Everyone signed in may download or delete their own data; the commands take no person's id, so
 * nobody can act on another person's data. The log of requests and the retention periods are for
 * platform admins, with their second factor like every admin page.
 */
export function authorizePrivacy(actor: Actor, action: PrivacyAction): void {
  if (action === 'privacy.ownData') return;
  if (!actor.isPlatformAdmin) throw new AppError('forbidden');
  if (!actor.twoFactorEnabled) throw new AppError('two_factor_required');
}
