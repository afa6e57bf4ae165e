import type { Platform } from '../../platform.ts';
import { RATE_LIMITS } from '../../rate-limit/rate-limit.ts';
import { parseInput } from '../../validation.ts';
import { authErrorCode, type RequestMeta, toAppError, type WithCookies } from '../auth-call.ts';
import { signInInput } from '../schema.ts';

export type SignInOutcome = { status: 'signed_in'; userId: string } | { status: 'two_factor_required' };

/**
 * Password sign-in. Accounts with two-step verification get a short-lived `two_factor` cookie
 * instead of a session and continue at the code page.
 */
export async function signIn(platform: Platform, input: unknown, meta: RequestMeta): Promise<WithCookies<SignInOutcome>> {
  const data = parseInput(signInInput, input);
  await platform.rateLimiter.consume(RATE_LIMITS.signInPerClient, meta.clientAddress);
  await platform.rateLimiter.consume(RATE_LIMITS.signInPerEmail, data.email);
  try {
    const { headers, response } = await platform.auth.api.signInEmail({
      body: { email: data.email, password: data.password, rememberMe: true },
      headers: meta.headers,
      returnHeaders: true,
    });
    const setCookies = headers.getSetCookie();
    if ('twoFactorRedirect' in response && response.twoFactorRedirect) {
      return { value: { status: 'two_factor_required' }, setCookies };
    }
    const userId = (response as { user: { id: string } }).user.id;
    await platform.audit.record({ event: 'auth.sign_in', actorUserId: userId, subjectType: 'user', subjectId: userId, data: { method: 'password' }, requestId: meta.requestId });
    return { value: { status: 'signed_in', userId }, setCookies };
  } catch (error) {
    if (authErrorCode(error) === 'INVALID_EMAIL_OR_PASSWORD') {
      const user = await platform.db.selectFrom('users').select('id').where('email', '=', data.email).executeTakeFirst();
      // Recorded against the account when it exists (to spot attacks on it); never the address typed.
      await platform.audit.record({ event: 'auth.sign_in_failed', subjectType: user ? 'user' : null, subjectId: user?.id ?? null, data: { method: 'password' }, requestId: meta.requestId });
    }
    throw toAppError(error);
  }
}
