import { toBool } from '@destalk/db';
import { AppError } from '../../errors.ts';
import type { Platform } from '../../platform.ts';
import { parseInput } from '../../validation.ts';
import type { RequestMeta, WithCookies } from '../auth-call.ts';
import { tokenInput } from '../schema.ts';

/**
 * Signs in with a one-time link. better-auth's magic link skips the second factor, so an account
 * that has two-step verification is refused here even if it somehow holds a valid link.
 */
export async function verifyMagicLink(platform: Platform, input: unknown, meta: RequestMeta): Promise<WithCookies<{ userId: string }>> {
  const { token } = parseInput(tokenInput, input);
  let result: { headers: Headers; response: { token: string; user: { id: string } } };
  try {
    result = (await platform.auth.api.magicLinkVerify({ query: { token }, headers: meta.headers, returnHeaders: true })) as typeof result;
  } catch {
    // better-auth answers an unknown or used token with a redirect error; for us it is simply gone.
    throw new AppError('gone');
  }
  const userId = result.response.user.id;
  const user = await platform.db.selectFrom('users').select('twoFactorEnabled').where('id', '=', userId).executeTakeFirstOrThrow();
  if (toBool(user.twoFactorEnabled)) {
    await platform.db.deleteFrom('sessions').where('token', '=', result.response.token).execute();
    throw new AppError('forbidden', 'magic links are disabled for accounts with two-step verification');
  }
  await platform.audit.record({ event: 'auth.sign_in', actorUserId: userId, subjectType: 'user', subjectId: userId, data: { method: 'magic_link' }, requestId: meta.requestId });
  return { value: { userId }, setCookies: result.headers.getSetCookie() };
}
