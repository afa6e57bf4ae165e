import type { Platform } from '../../platform.ts';
import { parseInput } from '../../validation.ts';
import { type RequestMeta, toAppError } from '../auth-call.ts';
import { tokenInput } from '../schema.ts';

/** Confirms the address from the e-mailed link (the page posts the token; scanners only GET). */
export async function verifyEmail(platform: Platform, input: unknown, meta: RequestMeta): Promise<void> {
  const { token } = parseInput(tokenInput, input);
  try {
    await platform.auth.api.verifyEmail({ query: { token } });
  } catch (error) {
    throw toAppError(error);
  }
  await platform.audit.record({ event: 'auth.email_verified', requestId: meta.requestId });
}
