import type { Platform } from '../../platform.ts';
import { RATE_LIMITS } from '../../rate-limit/rate-limit.ts';
import { parseInput } from '../../validation.ts';
import { type RequestMeta, toAppError } from '../auth-call.ts';
import { emailOnlyInput } from '../schema.ts';

/** E-mails a one-time sign-in link to existing accounts; the answer never says whether one exists. */
export async function requestMagicLink(platform: Platform, input: unknown, meta: RequestMeta): Promise<void> {
  const { email } = parseInput(emailOnlyInput, input);
  await platform.rateLimiter.consume(RATE_LIMITS.magicLinkPerClient, meta.clientAddress);
  await platform.rateLimiter.consume(RATE_LIMITS.magicLinkPerEmail, email);
  try {
    await platform.auth.api.signInMagicLink({ body: { email }, headers: meta.headers });
  } catch (error) {
    throw toAppError(error);
  }
}
