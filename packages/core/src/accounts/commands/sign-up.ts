import type { Platform } from '../../platform.ts';
import { recordConsent } from '../../privacy/commands/record-consent.ts';
import { RATE_LIMITS } from '../../rate-limit/rate-limit.ts';
import { parseInput } from '../../validation.ts';
import { type RequestMeta, toAppError } from '../auth-call.ts';
import { signUpInput } from '../schema.ts';

/** The privacy notice the sign-up form showed (its version comes from the notice file's front matter). */
export interface ShownNotice {
  version: string;
}

/**
 * Creates an account and sends the confirmation e-mail. The answer is the same whether or not the
 * address already has an account (better-auth then e-mails the owner instead), so the form
 * cannot be used to find out who has an account. The ticked privacy notice is recorded for a
 * new account only: for a known address better-auth answers with a made-up user that is never
 * stored, and the owner's own records stay as they are.
 */
export async function signUp(platform: Platform, input: unknown, meta: RequestMeta, notice: ShownNotice): Promise<void> {
  const data = parseInput(signUpInput, input);
  await platform.rateLimiter.consume(RATE_LIMITS.signUpPerClient, meta.clientAddress);
  let userId: string;
  try {
    const result = await platform.auth.api.signUpEmail({
      body: { name: data.name, email: data.email, password: data.password, locale: meta.locale },
    });
    userId = result.user.id;
  } catch (error) {
    throw toAppError(error);
  }
  const created = await platform.db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
  if (created) await recordConsent(platform.db, platform.clock, { userId, kind: 'privacy_notice', version: notice.version, locale: meta.locale });
}
