import { AppError } from '../../errors.ts';
import { hashToken, newId } from '../../ids.ts';
import type { Locale } from '../../i18n/locales.ts';
import { pickLocale } from '../../learning/localize.ts';
import type { Platform } from '../../platform.ts';
import { RATE_LIMITS } from '../../rate-limit/rate-limit.ts';
import { fieldError, parseInput } from '../../validation.ts';
import { notifyRegistrations } from '../notify.ts';
import { checkChallenge } from '../proof-of-work.ts';
import { type EventQuestion, registrationInput } from '../schema.ts';
import { lockEvent, offerFreeSeats, seatsTaken } from '../seats.ts';
import { registrationTokenHash } from '../tokens.ts';

type Deps = Pick<Platform, 'db' | 'dialect' | 'clock' | 'jobs' | 'config' | 'rateLimiter'>;

export interface BotSignals {
  /** The hidden field people never see; bots fill it. */
  honeypot: string;
  challenge: string;
  nonce: string | undefined;
  clientAddress: string;
}

/** Checks the event's own questions: required ones answered, choices among the options. */
function checkAnswers(questions: EventQuestion[], answers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const q of questions) {
    const value = (answers[q.key] ?? '').trim();
    if (!value) {
      if (q.required) throw fieldError(`answers.${q.key}`, 'validation:required');
      continue;
    }
    if (q.type === 'yesno' && value !== 'yes' && value !== 'no') throw fieldError(`answers.${q.key}`, 'validation:invalidInput');
    if (q.type === 'choice' && !(Number(value) >= 0 && Number(value) < q.options.length && /^\d+$/.test(value))) throw fieldError(`answers.${q.key}`, 'validation:invalidInput');
    if (value.length > 1000) throw fieldError(`answers.${q.key}`, 'validation:tooLong', { max: 1000 });
    out[q.key] = value;
  }
  return out;
}

/**
 * A visitor registers (no account needed). Nothing is held yet: the registration waits for the
 * e-mail confirmation (double opt-in), and a seat is decided when it is confirmed. A second
 * registration with the same address while one is live sends the personal link again instead,
 * in the e-mail that fits its state (confirm, seat or waitlist, offer).
 * The answer is the same either way, so the form reveals nothing about who registered.
 */
export async function registerForEvent(platform: Deps, eventSlug: string, input: unknown, locale: Locale, bot: BotSignals): Promise<void> {
  const event = await platform.db
    .selectFrom('events')
    .select(['id', 'status', 'endsAt', 'questions', 'consentText', 'consentVersion'])
    .where('slug', '=', eventSlug)
    .executeTakeFirst();
  if (!event || event.status !== 'published') throw new AppError('not_found');
  const now = platform.clock.now();
  if (event.endsAt <= now.toISOString()) throw new AppError('gone', 'the event is over');
  // A filled honeypot looks like success and does nothing; a failed challenge asks to send again.
  if (bot.honeypot.trim()) return;
  const verdict = checkChallenge(platform.config.sessionSecret, bot.challenge, bot.nonce, now);
  if (verdict === 'invalid') throw fieldError('_form', 'validation:botCheck');
  await platform.rateLimiter.consume(verdict === 'solved' ? RATE_LIMITS.eventRegisterPerClient : RATE_LIMITS.eventRegisterSlowPerClient, bot.clientAddress);
  const data = parseInput(registrationInput, input);
  const answers = checkAnswers(JSON.parse(event.questions) as EventQuestion[], data.answers);
  await platform.rateLimiter.consume(RATE_LIMITS.eventRegisterPerEmail, data.email);

  const live = await platform.db
    .selectFrom('event_registrations')
    .select(['id', 'status'])
    .where('eventId', '=', event.id)
    .where('email', '=', data.email)
    .where('status', 'in', ['pending', 'confirmed', 'waitlisted', 'offered'])
    .executeTakeFirst();
  if (live) {
    // The same answer as a new registration; the e-mail says where this one stands.
    await notifyRegistrations(platform, [live.id], live.status === 'pending' ? 'confirm' : live.status === 'offered' ? 'offer' : 'registered');
    return;
  }
  const id = newId();
  await platform.db
    .insertInto('event_registrations')
    .values({
      id,
      eventId: event.id,
      status: 'pending',
      email: data.email,
      name: data.name,
      organisationName: data.organisationName || null,
      sector: data.sector ?? null,
      country: data.country ?? null,
      accessibilityNeeds: data.accessibilityNeeds || null,
      answers: JSON.stringify(answers),
      locale,
      tokenHash: registrationTokenHash(platform.config.sessionSecret, id),
      consentVersion: event.consentVersion,
      consentText: pickLocale(event.consentText, locale, 'en').text,
      consentedAt: now.toISOString(),
      waitlistPosition: null,
      offerExpiresAt: null,
      createdAt: now.toISOString(),
      confirmedAt: null,
      seatedAt: null,
      cancelledAt: null,
      attendedAt: null,
      attendanceSource: null,
      certificateRequestedAt: null,
      surveyAnsweredAt: null,
      erasedAt: null,
    })
    .execute();
  await notifyRegistrations(platform, [id], 'confirm');
}

/** The registration a personal link opens (erased or unknown: `not_found`). */
export async function registrationByToken(platform: Pick<Platform, 'db'>, token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw new AppError('not_found');
  const row = await platform.db.selectFrom('event_registrations').select(['id', 'eventId', 'status']).where('tokenHash', '=', hashToken(token)).executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return row;
}

/**
 * The e-mail is confirmed: the registration gets a seat if one is free, otherwise the next
 * waitlist position — decided under the event's lock, so hundreds of simultaneous confirmations
 * never seat more people than the capacity. Confirming twice changes nothing.
 */
export async function confirmRegistration(platform: Deps, token: string): Promise<{ status: string }> {
  const registration = await registrationByToken(platform, token);
  const now = platform.clock.now().toISOString();
  const outcome = await platform.db.transaction().execute(async (trx) => {
    await lockEvent(trx, platform.dialect, registration.eventId);
    const current = await trx.selectFrom('event_registrations').select('status').where('id', '=', registration.id).executeTakeFirstOrThrow();
    if (current.status !== 'pending') return { status: current.status, changed: false };
    const event = await trx.selectFrom('events').select(['capacity', 'nextWaitlistPosition', 'status']).where('id', '=', registration.eventId).executeTakeFirstOrThrow();
    if (event.status !== 'published') throw new AppError('gone', 'the event is not open');
    // Nobody jumps the queue: with people waiting, a newcomer waits too.
    const waiting = await trx.selectFrom('event_registrations').select('id').where('eventId', '=', registration.eventId).where('status', 'in', ['waitlisted']).limit(1).executeTakeFirst();
    if (!waiting && (await seatsTaken(trx, registration.eventId)) < event.capacity) {
      await trx.updateTable('event_registrations').set({ status: 'confirmed', confirmedAt: now, seatedAt: now }).where('id', '=', registration.id).execute();
      return { status: 'confirmed', changed: true };
    }
    await trx.updateTable('events').set({ nextWaitlistPosition: event.nextWaitlistPosition + 1 }).where('id', '=', registration.eventId).execute();
    await trx.updateTable('event_registrations').set({ status: 'waitlisted', confirmedAt: now, waitlistPosition: event.nextWaitlistPosition }).where('id', '=', registration.id).execute();
    return { status: 'waitlisted', changed: true };
  });
  if (outcome.changed) await notifyRegistrations(platform, [registration.id], 'registered');
  return { status: outcome.status };
}

/** Self-service cancellation; a freed seat goes to the head of the waitlist at once. */
export async function cancelRegistration(platform: Deps, token: string): Promise<void> {
  const registration = await registrationByToken(platform, token);
  const now = platform.clock.now();
  const offered = await platform.db.transaction().execute(async (trx) => {
    await lockEvent(trx, platform.dialect, registration.eventId);
    const moved = await trx
      .updateTable('event_registrations')
      .set({ status: 'cancelled', cancelledAt: now.toISOString(), offerExpiresAt: null })
      .where('id', '=', registration.id)
      .where('status', 'in', ['pending', 'confirmed', 'waitlisted', 'offered'])
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) return [];
    const event = await trx.selectFrom('events').select(['id', 'capacity', 'offerHours', 'status']).where('id', '=', registration.eventId).executeTakeFirstOrThrow();
    return event.status === 'published' ? offerFreeSeats(trx, event, now) : [];
  });
  await notifyRegistrations(platform, offered, 'offer');
}

/** Takes an offered seat while the offer lasts. */
export async function acceptOffer(platform: Deps, token: string): Promise<void> {
  const registration = await registrationByToken(platform, token);
  const now = platform.clock.now().toISOString();
  const accepted = await platform.db
    .updateTable('event_registrations')
    .set({ status: 'confirmed', seatedAt: now, offerExpiresAt: null, waitlistPosition: null })
    .where('id', '=', registration.id)
    .where('status', '=', 'offered')
    .where('offerExpiresAt', '>', now)
    .executeTakeFirst();
  if (Number(accepted.numUpdatedRows) !== 1) throw new AppError('gone', 'the offer has expired');
  await notifyRegistrations(platform, [registration.id], 'registered');
}

/**
 * Offers that ran out: the registration drops out (status `expired`) and its seat goes to the next
 * person waiting. Run by the events schedule; safe to run on several instances at once.
 */
export async function expireOffers(platform: Deps): Promise<{ expired: number; offered: number }> {
  const now = platform.clock.now();
  const due = await platform.db
    .selectFrom('event_registrations')
    .select('eventId')
    .distinct()
    .where('status', '=', 'offered')
    .where('offerExpiresAt', '<=', now.toISOString())
    .execute();
  let expired = 0;
  const offered: string[] = [];
  for (const { eventId } of due) {
    const result = await platform.db.transaction().execute(async (trx) => {
      await lockEvent(trx, platform.dialect, eventId);
      const gone = await trx
        .updateTable('event_registrations')
        .set({ status: 'expired', offerExpiresAt: null })
        .where('eventId', '=', eventId)
        .where('status', '=', 'offered')
        .where('offerExpiresAt', '<=', now.toISOString())
        .executeTakeFirst();
      const event = await trx.selectFrom('events').select(['id', 'capacity', 'offerHours', 'status']).where('id', '=', eventId).executeTakeFirstOrThrow();
      const next = event.status === 'published' ? await offerFreeSeats(trx, event, now) : [];
      return { gone: Number(gone.numUpdatedRows), next };
    });
    expired += result.gone;
    offered.push(...result.next);
  }
  await notifyRegistrations(platform, offered, 'offer');
  return { expired, offered: offered.length };
}
