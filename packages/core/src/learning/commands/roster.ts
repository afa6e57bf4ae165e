import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { enqueueEmail } from '../../email/send-email.ts';
import { AppError } from '../../errors.ts';
import { isLocale } from '../../i18n/locales.ts';
import type { Sector } from '../../organisations/schema.ts';
import type { Platform } from '../../platform.ts';
import { fieldError, parseInput } from '../../validation.ts';
import { facilitatedCohort } from '../cohort-access.ts';
import { pickLocale } from '../localize.ts';
import { audienceOfSector } from '../schema.ts';
import { eligibleMembership, lockCohort, notifyPromoted, promote, seatOrWaitlist } from '../seating.ts';

const addInput = z.object({ email: z.string().trim().toLowerCase().email('validation:email') });

/**
 * A facilitator enrols someone (the way into an invitation-only cohort, or help for a learner):
 * a seat while there is one, otherwise the waitlist — the cap holds here too. The person must
 * belong to an organisation that may join; the answer does not tell whether an address has an
 * account. They are e-mailed.
 */
export async function addToCohort(platform: Platform, actor: Actor, cohortId: string, input: unknown): Promise<{ status: string; waitlistPosition: number | null }> {
  const { email } = parseInput(addInput, input);
  const cohort = await facilitatedCohort(platform, actor, cohortId);
  const user = await platform.db.selectFrom('users').select(['id', 'email', 'locale']).where('email', '=', email).executeTakeFirst();
  const memberships = user ? await platform.db.selectFrom('memberships').select('organisationId').where('userId', '=', user.id).execute() : [];
  const full = await platform.db.selectFrom('cohorts').select(['organisationId', 'regionId', 'eligibility']).where('id', '=', cohortId).executeTakeFirstOrThrow();
  const membership = user ? await eligibleMembership(platform, { memberships }, full) : undefined;
  if (!user || !membership) throw fieldError('email', 'validation:notEligibleMember');
  const now = platform.clock.now().toISOString();
  const result = await platform.db.transaction().execute(async (trx) => {
    const locked = await lockCohort(trx, platform.dialect, cohortId);
    return seatOrWaitlist(trx, locked, user.id, audienceOfSector(membership.sector as Sector), now);
  });
  if (result.changed) {
    const locale = isLocale(user.locale) ? user.locale : 'en';
    await enqueueEmail(platform.jobs, {
      to: user.email,
      locale,
      template: 'cohortEnrolled',
      params: {
        senderName: actor.name,
        courseTitle: pickLocale(cohort.courseTitle, locale, cohort.defaultLocale).text,
        cohortTitle: cohort.title,
        waitlistPosition: result.status === 'waitlisted' ? result.waitlistPosition : null,
        url: `${platform.config.publicUrl}/learn`,
      },
    });
  }
  return { status: result.status, waitlistPosition: result.waitlistPosition };
}

/** A facilitator takes someone out of the cohort or its waitlist; a freed seat goes to the next in line. */
export async function removeFromCohort(platform: Platform, actor: Actor, cohortId: string, userId: string): Promise<void> {
  await facilitatedCohort(platform, actor, cohortId);
  const promoted = await platform.db.transaction().execute(async (trx) => {
    const locked = await lockCohort(trx, platform.dialect, cohortId);
    const enrolment = await trx.selectFrom('enrolments').select(['id', 'status']).where('cohortId', '=', cohortId).where('userId', '=', userId).executeTakeFirst();
    if (!enrolment || !['seated', 'waitlisted'].includes(enrolment.status)) throw new AppError('not_found');
    const now = platform.clock.now().toISOString();
    await trx.updateTable('enrolments').set({ status: 'removed', leftAt: now, waitlistPosition: null }).where('id', '=', enrolment.id).execute();
    return enrolment.status === 'seated' ? promote(trx, cohortId, locked.seatCap, now) : [];
  });
  await notifyPromoted(platform, cohortId, promoted);
}

const messageInput = z.object({
  subject: z.string().trim().min(1, 'validation:required').max(150, 'validation:tooLong'),
  body: z.string().trim().min(1, 'validation:required').max(5000, 'validation:tooLong'),
  to: z.enum(['seated', 'everyone']).default('seated'),
});

/**
 * A message to the cohort, one e-mail per person through the job queue (a slow mail server never
 * holds the page). `seated` reaches learners with a seat or who completed; `everyone` adds the
 * waitlist. The e-mail's subject line is neutral; the facilitator's subject heads the text.
 */
export async function messageCohort(platform: Platform, actor: Actor, cohortId: string, input: unknown): Promise<{ recipients: number }> {
  const data = parseInput(messageInput, input);
  const cohort = await facilitatedCohort(platform, actor, cohortId);
  const statuses = data.to === 'everyone' ? ['seated', 'completed', 'waitlisted'] : ['seated', 'completed'];
  const recipients = await platform.db
    .selectFrom('enrolments')
    .innerJoin('users', 'users.id', 'enrolments.userId')
    .select(['users.email', 'users.locale'])
    .where('enrolments.cohortId', '=', cohortId)
    .where('enrolments.status', 'in', statuses)
    .execute();
  for (const r of recipients) {
    await enqueueEmail(platform.jobs, {
      to: r.email,
      locale: isLocale(r.locale) ? r.locale : 'en',
      template: 'cohortMessage',
      params: { senderName: actor.name, cohortTitle: cohort.title, subject: data.subject, body: data.body, url: `${platform.config.publicUrl}/learn/cohorts/${cohortId}` },
    });
  }
  return { recipients: recipients.length };
}
