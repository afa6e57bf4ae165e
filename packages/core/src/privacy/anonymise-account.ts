import type { DB, DialectName, Kysely } from '@destalk/db';
import { eraseRegistrationsOfEmail } from '../events/erasure.ts';
import { lockCohort, promote } from '../learning/seating.ts';
import { ANONYMISED_NAME, anonymisedEmail } from './tombstone.ts';

export interface AnonymisedAccount {
  /** The address the account had (the caller still has e-mail jobs to it to discard). */
  formerEmail: string;
  /** People given a cohort seat the account freed, by cohort (to e-mail after the commit). */
  promoted: Array<{ cohortId: string; userIds: string[] }>;
  /** Event registrations offered a seat the account's registrations freed (to e-mail after the commit). */
  offered: string[];
}

const textContains = (haystack: string | null, needles: string[]) => haystack !== null && needles.some((n) => haystack.includes(n));

/**
 * Turns an account into a tombstone, in the caller's transaction. Anonymised in place, not
 * deleted: every row that a figure counts (memberships, enrolments, lesson completions, quiz
 * attempts, self-assessments, pathway enrolments and step records, practice results, certificates)
 * stays and keeps its id, so totals per organisation, sector and period do not change. What could
 * identify the person goes: name and address, credentials and sessions, names printed on
 * certificates, what they wrote (reflections, discussion posts), saved tool copies, event
 * registrations with their address, invitations and kept e-mails to it. Consents are kept as
 * anonymous records of what was shown (withdrawn now).
 */
export async function anonymiseAccount(trx: Kysely<DB>, dialect: DialectName, userId: string, now: Date): Promise<AnonymisedAccount> {
  const at = now.toISOString();
  const authAt = dialect === 'postgres' ? now : at;
  const bool = (value: boolean) => (dialect === 'postgres' ? value : Number(value));
  const user = await trx.selectFrom('users').select(['email']).where('id', '=', userId).where('anonymisedAt', 'is', null).executeTakeFirstOrThrow();
  const formerEmail = user.email.toLowerCase();

  await trx
    .updateTable('users')
    .set({ name: ANONYMISED_NAME, email: anonymisedEmail(userId), emailVerified: bool(false), image: null, locale: null, twoFactorEnabled: bool(false), isPlatformAdmin: bool(false), anonymisedAt: at, updatedAt: authAt })
    .where('id', '=', userId)
    .execute();
  // Signing in becomes impossible: no password, no second factor, no session, no pending token.
  await trx.deleteFrom('sessions').where('userId', '=', userId).execute();
  await trx.deleteFrom('accounts').where('userId', '=', userId).execute();
  await trx.deleteFrom('two_factors').where('userId', '=', userId).execute();
  // Verification rows name the person in `identifier` or `value` (an address, an id); short-lived, so read and matched exactly.
  const verifications = await trx.selectFrom('verifications').select(['id', 'identifier', 'value']).execute();
  const tokens = verifications.filter((v) => textContains(v.identifier, [userId, formerEmail]) || textContains(v.value, [userId, formerEmail])).map((v) => v.id);
  if (tokens.length) await trx.deleteFrom('verifications').where('id', 'in', tokens).execute();

  await trx.deleteFrom('tool_saved_copies').where('userId', '=', userId).execute();
  await trx.deleteFrom('cohort_digest_subscriptions').where('userId', '=', userId).execute();
  await trx.deleteFrom('invitations').where('email', '=', formerEmail).execute();
  // Kept e-mails to the person, or mentioning their address (LIKE only narrows; the match is exact).
  const mails = await trx
    .selectFrom('outbox_emails')
    .select(['id', 'toAddress', 'textBody'])
    .where((eb) => eb.or([eb('toAddress', '=', formerEmail), eb('textBody', 'like', `%${formerEmail}%`)]))
    .execute();
  const mailIds = mails.filter((m) => m.toAddress.toLowerCase() === formerEmail || m.textBody.includes(formerEmail)).map((m) => m.id);
  if (mailIds.length) await trx.deleteFrom('outbox_emails').where('id', 'in', mailIds).execute();

  // Certificates still count and still verify; the public page then shows no name.
  await trx.updateTable('certificates').set({ holderName: '' }).where('userId', '=', userId).execute();
  await trx.updateTable('pathway_certificates').set({ holderName: '' }).where('userId', '=', userId).execute();
  // What the person wrote: reflections (and the feedback addressed to them), discussion posts.
  const pathwayEnrolments = trx.selectFrom('pathway_enrolments').select('id').where('userId', '=', userId);
  await trx.updateTable('pathway_reflections').set({ answer: '', feedback: null }).where('enrolmentId', 'in', pathwayEnrolments).execute();
  await trx.updateTable('cohort_posts').set({ title: '', body: '' }).where('authorUserId', '=', userId).where('threadId', 'is', null).execute();
  await trx.updateTable('cohort_posts').set({ body: '' }).where('authorUserId', '=', userId).where('threadId', 'is not', null).execute();

  const events = await eraseRegistrationsOfEmail(trx, dialect, formerEmail, now);
  const promoted = await leaveRunningCohorts(trx, dialect, userId, at);

  await trx.updateTable('consents').set({ withdrawnAt: at }).where('userId', '=', userId).where('withdrawnAt', 'is', null).execute();
  await trx.updateTable('consents').set({ userId: null }).where('userId', '=', userId).execute();
  // The log of requests keeps no identity of a deleted person.
  await trx.updateTable('data_requests').set({ userId: null }).where('userId', '=', userId).execute();
  return { formerEmail, promoted, offered: events.offered };
}

/**
 * A place held or awaited in a cohort that has not ended is given up, as withdrawing would: a seat
 * kept by nobody would be lost to the next person waiting. Completed and past enrolments stay as they are.
 */
async function leaveRunningCohorts(trx: Kysely<DB>, dialect: DialectName, userId: string, at: string) {
  const running = await trx
    .selectFrom('enrolments')
    .innerJoin('cohorts', 'cohorts.id', 'enrolments.cohortId')
    .select(['enrolments.id', 'enrolments.status', 'enrolments.cohortId'])
    .where('enrolments.userId', '=', userId)
    .where('enrolments.status', 'in', ['seated', 'waitlisted'])
    .where('cohorts.endsAt', '>', at)
    .execute();
  const promoted: Array<{ cohortId: string; userIds: string[] }> = [];
  for (const enrolment of running) {
    const cohort = await lockCohort(trx, dialect, enrolment.cohortId);
    await trx.updateTable('enrolments').set({ status: 'withdrawn', leftAt: at, waitlistPosition: null }).where('id', '=', enrolment.id).execute();
    if (enrolment.status === 'seated') promoted.push({ cohortId: enrolment.cohortId, userIds: await promote(trx, enrolment.cohortId, cohort.seatCap, at) });
  }
  return promoted;
}
