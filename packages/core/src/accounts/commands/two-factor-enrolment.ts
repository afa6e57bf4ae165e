import { enqueueEmail } from '../../email/send-email.ts';
import { AppError } from '../../errors.ts';
import type { Platform } from '../../platform.ts';
import { parseInput } from '../../validation.ts';
import { type Actor, mustUseTwoFactor } from '../actor.ts';
import { callAuth, type RequestMeta, type WithCookies } from '../auth-call.ts';
import { passwordConfirmationInput, totpCodeInput } from '../schema.ts';

export interface TwoFactorSetup {
  /** `otpauth://` URI for the QR code. */
  totpUri: string;
  /** The secret, for typing into an app by hand. */
  secret: string;
}

/** Step 1: after the password is confirmed, a new secret is created (not active until step 2). */
export async function startTwoFactorEnrolment(platform: Platform, actor: Actor, input: unknown, meta: RequestMeta): Promise<TwoFactorSetup> {
  if (actor.twoFactorEnabled) throw new AppError('conflict', 'two-step verification is already on');
  const { password } = parseInput(passwordConfirmationInput, input);
  const { value } = await callAuth(() => platform.auth.api.enableTwoFactor({ body: { password }, headers: meta.headers, returnHeaders: true }));
  const totpUri = (value as { totpURI: string }).totpURI;
  return { totpUri, secret: new URL(totpUri).searchParams.get('secret') ?? '' };
}

/** Step 2: a first valid code turns two-step verification on; returns the recovery codes to show once. */
export async function confirmTwoFactorEnrolment(
  platform: Platform,
  actor: Actor,
  input: unknown,
  meta: RequestMeta,
): Promise<WithCookies<{ backupCodes: string[] }>> {
  const { code } = parseInput(totpCodeInput, input);
  const result = await callAuth(() => platform.auth.api.verifyTOTP({ body: { code }, headers: meta.headers, returnHeaders: true }));
  const codes = await platform.auth.api.viewBackupCodes({ body: { userId: actor.userId } });
  await platform.audit.record({ event: 'auth.two_factor_enabled', actorUserId: actor.userId, subjectType: 'user', subjectId: actor.userId, requestId: meta.requestId });
  await notify(platform, actor, true, meta);
  return { value: { backupCodes: codes.backupCodes }, setCookies: result.setCookies };
}

/** Coordinators and admins must keep two-step verification; others may turn it off. */
export async function disableTwoFactor(platform: Platform, actor: Actor, input: unknown, meta: RequestMeta): Promise<WithCookies<null>> {
  if (mustUseTwoFactor(actor)) throw new AppError('forbidden', 'two-step verification is required for this account');
  const { password } = parseInput(passwordConfirmationInput, input);
  const result = await callAuth(() => platform.auth.api.disableTwoFactor({ body: { password }, headers: meta.headers, returnHeaders: true }));
  await platform.audit.record({ event: 'auth.two_factor_disabled', actorUserId: actor.userId, subjectType: 'user', subjectId: actor.userId, requestId: meta.requestId });
  await notify(platform, actor, false, meta);
  return { value: null, setCookies: result.setCookies };
}

/** New recovery codes; the old ones stop working. */
export async function regenerateBackupCodes(platform: Platform, actor: Actor, input: unknown, meta: RequestMeta): Promise<string[]> {
  const { password } = parseInput(passwordConfirmationInput, input);
  const { value } = await callAuth(() => platform.auth.api.generateBackupCodes({ body: { password }, headers: meta.headers, returnHeaders: true }));
  await platform.audit.record({ event: 'auth.backup_codes_regenerated', actorUserId: actor.userId, subjectType: 'user', subjectId: actor.userId, requestId: meta.requestId });
  return (value as { backupCodes: string[] }).backupCodes;
}

async function notify(platform: Platform, actor: Actor, enabled: boolean, meta: RequestMeta) {
  await enqueueEmail(platform.jobs, {
    to: actor.email,
    locale: actor.locale ?? meta.locale,
    template: 'twoFactorChanged',
    params: { name: actor.name, enabled, date: platform.clock.now().toISOString(), url: `${platform.config.publicUrl}/account/security` },
  });
}
