import type { Platform } from '../platform.ts';
import { fieldError } from '../validation.ts';

/**
 * Checks a person's current password against their credential, with better-auth's own hasher
 * (what its sign-in and delete-user endpoints do), for actions that must be confirmed by
 * the password rather than by a session alone. A wrong password is a field error.
 */
export async function assertCurrentPassword(platform: Pick<Platform, 'auth' | 'db'>, userId: string, password: string, field = 'password'): Promise<void> {
  const credential = await platform.db.selectFrom('accounts').select('password').where('userId', '=', userId).where('providerId', '=', 'credential').executeTakeFirst();
  const context = await platform.auth.$context;
  if (!credential?.password) {
    // No password to compare with: still hash once, so the answer takes the usual time.
    await context.password.hash(password);
    throw fieldError(field, 'validation:currentPasswordWrong');
  }
  if (!(await context.password.verify({ hash: credential.password, password }))) throw fieldError(field, 'validation:currentPasswordWrong');
}
