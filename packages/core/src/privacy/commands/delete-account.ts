import type { Actor } from '../../accounts/actor.ts';
import type { RequestMeta, WithCookies } from '../../accounts/auth-call.ts';
import { signOut } from '../../accounts/commands/sign-out.ts';
import { assertCurrentPassword } from '../../accounts/verify-password.ts';
import { SEND_EMAIL_QUEUE } from '../../email/send-email.ts';
import { notifyRegistrations } from '../../events/notify.ts';
import { newId } from '../../ids.ts';
import { notifyPromoted } from '../../learning/seating.ts';
import type { Platform } from '../../platform.ts';
import { RATE_LIMITS } from '../../rate-limit/rate-limit.ts';
import { parseInput } from '../../validation.ts';
import { anonymiseAccount } from '../anonymise-account.ts';
import { assertNobodyDependsOn } from '../deletion-guards.ts';
import { authorizePrivacy } from '../policies.ts';
import { deleteAccountInput } from '../schema.ts';

/**
 * The signed-in person deletes their own account (GDPR Art. 17). Confirmed by the current password
 * and a tick, refused while an organisation or the platform depends on them. In one transaction
 * the account becomes an anonymous tombstone (see anonymise-account.ts), the request is logged
 * without identity and the audit log records it; then e-mails still queued to the old address are
 * discarded, people given a freed seat are told, and the browser's session cookie is cleared.
 * It only ever acts on the actor: there is no way to name another person.
 */
export async function deleteAccount(platform: Platform, actor: Actor, input: unknown, meta: RequestMeta): Promise<WithCookies<null>> {
  authorizePrivacy(actor, 'privacy.ownData');
  const data = parseInput(deleteAccountInput, input);
  // The same budget as password guesses at sign-in: a stolen session cannot try passwords here instead.
  await platform.rateLimiter.consume(RATE_LIMITS.signInPerEmail, actor.email);
  await assertCurrentPassword(platform, actor.userId, data.password);
  const now = platform.clock.now();
  const outcome = await platform.db.transaction().execute(async (trx) => {
    await assertNobodyDependsOn(trx, platform.dialect, actor.userId);
    const done = await anonymiseAccount(trx, platform.dialect, actor.userId, now);
    await trx
      .insertInto('data_requests')
      .values({ id: newId(), kind: 'deletion', userId: null, requestedAt: now.toISOString(), completedAt: now.toISOString(), outcome: 'anonymised' })
      .execute();
    // The tombstone's id only: it leads to no name, no address.
    await platform.audit.record({ event: 'account.deleted', actorUserId: actor.userId, subjectType: 'user', subjectId: actor.userId, requestId: meta.requestId }, trx);
    return done;
  });
  await platform.jobs.discard(SEND_EMAIL_QUEUE, 'to', outcome.formerEmail);
  for (const { cohortId, userIds } of outcome.promoted) await notifyPromoted(platform, cohortId, userIds);
  await notifyRegistrations(platform, outcome.offered, 'offer');
  // The sessions are gone already; this only answers with the cookies that clear the browser's.
  const setCookies = await signOut(platform, null, meta);
  return { value: null, setCookies };
}
