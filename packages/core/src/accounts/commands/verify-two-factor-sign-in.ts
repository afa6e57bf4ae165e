import { AppError } from '../../errors.ts';
import type { Platform } from '../../platform.ts';
import { RATE_LIMITS } from '../../rate-limit/rate-limit.ts';
import { parseInput } from '../../validation.ts';
import { authErrorCode, type RequestMeta, toAppError, type WithCookies } from '../auth-call.ts';
import { backupCodeInput, totpCodeInput } from '../schema.ts';

/** Second step of sign-in: a code from the authenticator app, or one of the recovery codes. */
export async function verifyTwoFactorSignIn(
  platform: Platform,
  method: 'totp' | 'backup_code',
  input: unknown,
  meta: RequestMeta,
): Promise<WithCookies<{ userId: string }>> {
  await platform.rateLimiter.consume(RATE_LIMITS.twoFactorPerClient, meta.clientAddress);
  if (!/(?:^|;\s*)(?:__Secure-)?destalk\.two_factor=/.test(meta.headers.get('cookie') ?? '')) throw new AppError('gone');
  try {
    const result =
      method === 'totp'
        ? await platform.auth.api.verifyTOTP({ body: parseInput(totpCodeInput, input), headers: meta.headers, returnHeaders: true })
        : await platform.auth.api.verifyBackupCode({ body: parseInput(backupCodeInput, input), headers: meta.headers, returnHeaders: true });
    const userId = (result.response as { user: { id: string } }).user.id;
    await platform.audit.record({ event: 'auth.sign_in', actorUserId: userId, subjectType: 'user', subjectId: userId, data: { method: method === 'totp' ? 'password+totp' : 'password+backup_code' }, requestId: meta.requestId });
    return { value: { userId }, setCookies: result.headers.getSetCookie() };
  } catch (error) {
    const code = authErrorCode(error);
    if (code === 'INVALID_CODE' || code === 'INVALID_BACKUP_CODE') {
      await platform.audit.record({ event: 'auth.two_factor_failed', data: { method }, requestId: meta.requestId });
    }
    throw toAppError(error);
  }
}
