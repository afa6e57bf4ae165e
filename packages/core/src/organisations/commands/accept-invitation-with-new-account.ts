import { hashPassword, insertVerifiedAccount } from '../../accounts/commands/create-verified-account.ts';
import { callAuth, type RequestMeta, type WithCookies } from '../../accounts/auth-call.ts';
import { AppError } from '../../errors.ts';
import type { Platform } from '../../platform.ts';
import { parseInput } from '../../validation.ts';
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../accounts/auth.ts';
import { claimInvitation, previewInvitation } from './accept-invitation.ts';

const newAccountInput = z.object({
  name: z.string().trim().min(1, 'validation:required').max(100, 'validation:tooLong'),
  password: z.string().min(PASSWORD_MIN_LENGTH, 'validation:passwordTooShort').max(PASSWORD_MAX_LENGTH, 'validation:tooLong'),
});

/**
 * Someone without an account accepts an invitation: the account, its password and the membership
 * are written in one transaction (the link proves the address, so it is marked confirmed), then
 * they are signed in like any password sign-in.
 */
export async function acceptInvitationWithNewAccount(
  platform: Platform,
  token: string,
  input: unknown,
  meta: RequestMeta,
): Promise<WithCookies<{ organisationId: string; twoFactorRequired: boolean }>> {
  const data = parseInput(newAccountInput, input);
  const preview = await previewInvitation(platform, token);
  if (preview.state !== 'pending') throw new AppError('gone');
  const passwordHash = await hashPassword(platform, data.password);
  let userId = '';
  const claimed = await platform.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('users').select('id').where('email', '=', preview.email).executeTakeFirst();
    if (existing) throw new AppError('conflict', 'an account with this address exists; sign in to accept');
    userId = await insertVerifiedAccount(trx, platform, { name: data.name, email: preview.email, passwordHash, locale: meta.locale });
    return claimInvitation(trx, platform, token, { id: userId, email: preview.email }, meta.requestId);
  });
  const signedIn = await callAuth(() =>
    platform.auth.api.signInEmail({ body: { email: preview.email, password: data.password }, headers: meta.headers, returnHeaders: true }),
  );
  await platform.audit.record({ event: 'auth.sign_in', actorUserId: userId, subjectType: 'user', subjectId: userId, data: { method: 'invitation' }, requestId: meta.requestId });
  return { value: { organisationId: claimed.organisationId, twoFactorRequired: claimed.role === 'coordinator' }, setCookies: signedIn.setCookies };
}
