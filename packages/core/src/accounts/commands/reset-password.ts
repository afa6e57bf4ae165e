import { enqueueEmail } from '../../email/send-email.ts';
import { isLocale } from '../../i18n/locales.ts';
import type { Platform } from '../../platform.ts';
import { parseInput } from '../../validation.ts';
import { type RequestMeta, toAppError } from '../auth-call.ts';
import { resetPasswordInput } from '../schema.ts';

/** Sets a new password from a reset link; every session of the account is signed out. */
export async function resetPassword(platform: Platform, input: unknown, meta: RequestMeta): Promise<void> {
  const { token, password } = parseInput(resetPasswordInput, input);
  // better-auth keeps the reset token as `reset-password:<token>` → user id; read it first so the
  // audit entry and the notice can name the account.
  const pending = await platform.db.selectFrom('verifications').select('value').where('identifier', '=', `reset-password:${token}`).executeTakeFirst();
  try {
    await platform.auth.api.resetPassword({ body: { token, newPassword: password } });
  } catch (error) {
    throw toAppError(error);
  }
  if (!pending) return;
  const user = await platform.db.selectFrom('users').select(['id', 'name', 'email', 'locale']).where('id', '=', pending.value).executeTakeFirst();
  if (!user) return;
  await platform.audit.record({ event: 'auth.password_reset', actorUserId: user.id, subjectType: 'user', subjectId: user.id, requestId: meta.requestId });
  await enqueueEmail(platform.jobs, {
    to: user.email,
    locale: isLocale(user.locale) ? user.locale : meta.locale,
    template: 'passwordChanged',
    params: { name: user.name, date: platform.clock.now().toISOString(), url: `${platform.config.publicUrl}/forgot-password` },
  });
}
