import { enqueueEmail } from '../../email/send-email.ts';
import type { Platform } from '../../platform.ts';
import { parseInput } from '../../validation.ts';
import type { Actor } from '../actor.ts';
import { callAuth, type RequestMeta, type WithCookies } from '../auth-call.ts';
import { changePasswordInput } from '../schema.ts';

/** Changes the password, signs out every other session, and tells the owner by e-mail. */
export async function changePassword(platform: Platform, actor: Actor, input: unknown, meta: RequestMeta): Promise<WithCookies<null>> {
  const data = parseInput(changePasswordInput, input);
  const result = await callAuth(
    () =>
      platform.auth.api.changePassword({
        body: { currentPassword: data.currentPassword, newPassword: data.newPassword, revokeOtherSessions: true },
        headers: meta.headers,
        returnHeaders: true,
      }),
    'currentPassword',
  );
  await platform.audit.record({ event: 'auth.password_changed', actorUserId: actor.userId, subjectType: 'user', subjectId: actor.userId, requestId: meta.requestId });
  await enqueueEmail(platform.jobs, {
    to: actor.email,
    locale: actor.locale ?? meta.locale,
    template: 'passwordChanged',
    params: { name: actor.name, date: platform.clock.now().toISOString(), url: `${platform.config.publicUrl}/forgot-password` },
  });
  return { value: null, setCookies: result.setCookies };
}
