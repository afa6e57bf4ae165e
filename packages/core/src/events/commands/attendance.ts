import type { Actor } from '../../accounts/actor.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { Platform } from '../../platform.ts';
import { parseInput } from '../../validation.ts';
import { syncPathwaysOfEmail } from '../../pathways/commands/progress.ts';
import { surveyInput } from '../schema.ts';
import { managedEvent } from './organising.ts';
import { registrationByToken } from './registration.ts';

/** When the join link is shown: from `joinRevealMinutes` before the start until the end. */
export function joinWindow(event: { startsAt: string; endsAt: string; joinRevealMinutes: number }) {
  return { opensAt: new Date(Date.parse(event.startsAt) - event.joinRevealMinutes * 60_000).toISOString(), closesAt: event.endsAt };
}

/**
 * A seated registrant follows their personal join link: attendance is recorded (the first time)
 * and the join URL returned for the redirect — only inside the join window, only for a seat.
 */
export async function joinThroughPersonalLink(platform: Pick<Platform, 'db' | 'clock'>, token: string): Promise<string> {
  const registration = await registrationByToken(platform, token);
  const event = await platform.db.selectFrom('events').select(['startsAt', 'endsAt', 'joinRevealMinutes', 'joinUrl', 'status']).where('id', '=', registration.eventId).executeTakeFirstOrThrow();
  const now = platform.clock.now().toISOString();
  const window = joinWindow(event);
  if (registration.status !== 'confirmed' || event.status !== 'published' || !event.joinUrl || now < window.opensAt || now > window.closesAt) throw new AppError('not_found');
  await platform.db.updateTable('event_registrations').set({ attendedAt: now, attendanceSource: 'join_link' }).where('id', '=', registration.id).where('attendedAt', 'is', null).execute();
  await syncAttendee(platform, registration.id);
  return event.joinUrl;
}

/** The organiser ticks someone in on the check-in list (in-person and hybrid events), or takes the tick back. */
export async function checkIn(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor, eventId: string, registrationId: string, present: boolean): Promise<void> {
  await managedEvent(platform, actor, eventId);
  const updated = await platform.db
    .updateTable('event_registrations')
    .set(present ? { attendedAt: platform.clock.now().toISOString(), attendanceSource: 'check_in' } : { attendedAt: null, attendanceSource: null })
    .where('id', '=', registrationId)
    .where('eventId', '=', eventId)
    .where('status', '=', 'confirmed')
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw new AppError('not_found');
  if (present) await syncAttendee(platform, registrationId);
}

/** Attendance may complete a live-session step of the attendee's pathways (an account with the same address). */
async function syncAttendee(platform: Pick<Platform, 'db' | 'clock'>, registrationId: string): Promise<void> {
  const row = await platform.db.selectFrom('event_registrations').select('email').where('id', '=', registrationId).executeTakeFirst();
  await syncPathwaysOfEmail(platform, row?.email ?? null);
}

/**
 * The post-event survey, once per registration, from the start of the event. Anonymous answers are
 * stored without the registration (only the fact that this registration answered is kept, to stop
 * a second answer).
 */
export async function answerSurvey(platform: Pick<Platform, 'db' | 'clock'>, token: string, input: unknown): Promise<void> {
  const data = parseInput(surveyInput, input);
  const registration = await registrationByToken(platform, token);
  const event = await platform.db.selectFrom('events').select('startsAt').where('id', '=', registration.eventId).executeTakeFirstOrThrow();
  const now = platform.clock.now().toISOString();
  if (registration.status !== 'confirmed' || now < event.startsAt) throw new AppError('not_found');
  await platform.db.transaction().execute(async (trx) => {
    const claimed = await trx.updateTable('event_registrations').set({ surveyAnsweredAt: now }).where('id', '=', registration.id).where('surveyAnsweredAt', 'is', null).executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) throw new AppError('conflict', 'already answered');
    await trx
      .insertInto('event_survey_responses')
      .values({ id: newId(), eventId: registration.eventId, registrationId: data.anonymous ? null : registration.id, rating: data.rating, usefulness: data.usefulness, comments: data.comments || null, createdAt: now })
      .execute();
  });
}

/** An attendance certificate, on request, for someone recorded as present. */
export async function requestAttendanceCertificate(platform: Pick<Platform, 'db' | 'clock'>, token: string): Promise<void> {
  const registration = await registrationByToken(platform, token);
  const row = await platform.db.selectFrom('event_registrations').select(['attendedAt', 'certificateRequestedAt']).where('id', '=', registration.id).executeTakeFirstOrThrow();
  if (!row.attendedAt) throw new AppError('conflict', 'no attendance recorded');
  if (!row.certificateRequestedAt) await platform.db.updateTable('event_registrations').set({ certificateRequestedAt: platform.clock.now().toISOString() }).where('id', '=', registration.id).execute();
}
