import type { Platform } from '../../platform.ts';
import { RATE_LIMITS } from '../../rate-limit/rate-limit.ts';
import { parseInput } from '../../validation.ts';
import { type RequestMeta, toAppError } from '../auth-call.ts';
import { signUpInput } from '../schema.ts';

/**
 * Creates an account and sends the confirmation e-mail. The answer is the same whether or not the
 * address already has an account (better-auth then e-mails the owner instead), so the form
 * cannot be used to find out who has an account.
 */
export async function signUp(platform: Platform, input: unknown, meta: RequestMeta): Promise<void> {
  const data = parseInput(signUpInput, input);
  await platform.rateLimiter.consume(RATE_LIMITS.signUpPerClient, meta.clientAddress);
  try {
    await platform.auth.api.signUpEmail({
      body: { name: data.name, email: data.email, password: data.password, locale: meta.locale },
    });
  } catch (error) {
    throw toAppError(error);
  }
}
