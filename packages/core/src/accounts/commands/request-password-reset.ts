import type { Platform } from '../../platform.ts';
import { RATE_LIMITS } from '../../rate-limit/rate-limit.ts';
import { parseInput } from '../../validation.ts';
import { type RequestMeta, toAppError } from '../auth-call.ts';
import { emailOnlyInput } from '../schema.ts';

/** Sends a reset link if the account exists; answers the same either way. */
export async function requestPasswordReset(platform: Platform, input: unknown, meta: RequestMeta): Promise<void> {
  const { email } = parseInput(emailOnlyInput, input);
  await platform.rateLimiter.consume(RATE_LIMITS.resetPerClient, meta.clientAddress);
  await platform.rateLimiter.consume(RATE_LIMITS.resetPerEmail, email);
  try {
    await platform.auth.api.requestPasswordReset({ body: { email, redirectTo: '/reset-password' } });
  } catch (error) {
    throw toAppError(error);
  }
}
