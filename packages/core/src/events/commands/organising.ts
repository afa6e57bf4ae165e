import type { Actor } from '../../accounts/actor.ts';
import { roleIn } from '../../accounts/actor.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { Platform } from '../../platform.ts';
import { fieldError, parseInput } from '../../validation.ts';
import { notifyRegistrations } from '../notify.ts';
import { authorizeEvent } from '../policies.ts';
import { z } from 'zod';
import { type EventQuestion, eventInput, sessionInput, speakerInput } from '../schema.ts';
import { lockEvent, offerFreeSeats } from '../seats.ts';
import { zonedToUtc } from '../zoned-time.ts';

type Deps = Pick<Platform, 'db' | 'clock' | 'audit' | 'jobs' | 'config'>;

export async function managedEvent(platform: Pick<Platform, 'db'>, actor: Actor, eventId: string) {
  const event = await platform.db.selectFrom('events').selectAll().where('id', '=', eventId).executeTakeFirst();
  if (!event) throw new AppError('not_found');
  authorizeEvent(actor, 'event.manage', event);
  return event;
}

function columnsOf(data: ReturnType<typeof eventInput.parse>) {
  return {
    format: data.format,
    timezone: data.timezone,
    startsAt: zonedToUtc(data.startsAt, data.timezone),
    endsAt: zonedToUtc(data.endsAt, data.timezone),
    title: JSON.stringify(data.title),
    summary: JSON.stringify(data.summary),
    description: JSON.stringify(data.description),
    spokenLanguages: JSON.stringify(data.spokenLanguages),
    subtitleLanguages: JSON.stringify(data.subtitleLanguages),
    signLanguage: Object.keys(data.signLanguage).length ? JSON.stringify(data.signLanguage) : null,
    venue: data.format === 'online' ? null : (data.venue ?? null),
    joinUrl: data.format === 'in_person' ? null : (data.joinUrl ?? null),
    joinRevealMinutes: data.joinRevealMinutes,
    capacity: data.capacity,
    offerHours: data.offerHours,
    erasureDays: data.erasureDays,
    recordingUrl: data.recordingUrl ?? null,
    slidesUrl: data.slidesUrl ?? null,
    questions: JSON.stringify(data.questions),
  };
}

/** A draft event of one of the actor's organisations, published in that organisation's region. */
export async function createEvent(platform: Deps, actor: Actor, organisationId: string, input: unknown, requestId?: string): Promise<{ id: string }> {
  if (!actor.isPlatformAdmin && !roleIn(actor, organisationId)) throw fieldError('organisationId', 'validation:invalidInput');
  authorizeEvent(actor, 'event.manage', { organisationId });
  const data = parseInput(eventInput, input);
  const organisation = await platform.db.selectFrom('organisations').select('regionId').where('id', '=', organisationId).executeTakeFirst();
  if (!organisation) throw new AppError('not_found');
  if (await platform.db.selectFrom('events').select('id').where('slug', '=', data.slug).executeTakeFirst()) throw fieldError('slug', 'validation:slugTaken');
  const id = newId();
  const now = platform.clock.now().toISOString();
  await platform.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('events')
      .values({
        id,
        slug: data.slug,
        organisationId,
        regionId: organisation.regionId,
        status: 'draft',
        ...columnsOf(data),
        consentText: JSON.stringify(data.consentText),
        consentVersion: 1,
        nextWaitlistPosition: 1,
        createdByUserId: actor.userId,
        createdAt: now,
        updatedAt: now,
        publishedAt: null,
        remindersSent: '[]',
        thankYouSentAt: null,
        erasedAt: null,
      })
      .execute();
    await platform.audit.record({ event: 'event.created', actorUserId: actor.userId, organisationId, subjectType: 'event', subjectId: id, requestId: requestId ?? null }, trx);
  });
  return { id };
}

/**
 * Saves the event. A changed consent text becomes a new version (earlier registrants keep the
 * text they accepted). When the time, place or format of a published event changes, everyone
 * holding or waiting for a seat is told, with an updated calendar entry. A smaller capacity never
 * unseats anyone; a larger one offers the new seats to the waitlist.
 */
export async function updateEvent(platform: Deps & Pick<Platform, 'dialect'>, actor: Actor, eventId: string, input: unknown): Promise<{ notified: number }> {
  const event = await managedEvent(platform, actor, eventId);
  const data = parseInput(eventInput, { ...(input as object), slug: event.slug });
  const columns = columnsOf(data);
  const consentChanged = JSON.stringify(data.consentText) !== event.consentText;
  const now = platform.clock.now();
  const offered = await platform.db.transaction().execute(async (trx) => {
    await lockEvent(trx, platform.dialect, eventId);
    await trx
      .updateTable('events')
      .set({ ...columns, consentText: JSON.stringify(data.consentText), consentVersion: consentChanged ? event.consentVersion + 1 : event.consentVersion, updatedAt: now.toISOString() })
      .where('id', '=', eventId)
      .execute();
    return event.status === 'published' && columns.capacity > event.capacity ? offerFreeSeats(trx, { id: eventId, capacity: columns.capacity, offerHours: columns.offerHours }, now) : [];
  });
  await notifyRegistrations(platform, offered, 'offer');
  const material = columns.startsAt !== event.startsAt || columns.endsAt !== event.endsAt || columns.venue !== event.venue || columns.format !== event.format || columns.joinUrl !== event.joinUrl;
  if (event.status !== 'published' || !material) return { notified: 0 };
  const people = await platform.db.selectFrom('event_registrations').select('id').where('eventId', '=', eventId).where('status', 'in', ['confirmed', 'offered', 'waitlisted']).execute();
  return { notified: await notifyRegistrations(platform, people.map((p) => p.id), 'updated') };
}

export async function publishEvent(platform: Deps, actor: Actor, eventId: string, requestId?: string): Promise<void> {
  const event = await managedEvent(platform, actor, eventId);
  if (event.status === 'cancelled') throw new AppError('conflict', 'a cancelled event stays cancelled');
  const now = platform.clock.now().toISOString();
  await platform.db.transaction().execute(async (trx) => {
    await trx.updateTable('events').set({ status: 'published', publishedAt: event.publishedAt ?? now, updatedAt: now }).where('id', '=', eventId).execute();
    await platform.audit.record({ event: 'event.published', actorUserId: actor.userId, organisationId: event.organisationId, subjectType: 'event', subjectId: eventId, requestId: requestId ?? null }, trx);
  });
}

/** Cancels the event and tells everyone registered (with a calendar cancellation for seated people). */
export async function cancelEvent(platform: Deps, actor: Actor, eventId: string, requestId?: string): Promise<{ notified: number }> {
  const event = await managedEvent(platform, actor, eventId);
  if (event.status === 'cancelled') return { notified: 0 };
  const now = platform.clock.now().toISOString();
  await platform.db.transaction().execute(async (trx) => {
    await trx.updateTable('events').set({ status: 'cancelled', updatedAt: now }).where('id', '=', eventId).execute();
    await platform.audit.record({ event: 'event.cancelled', actorUserId: actor.userId, organisationId: event.organisationId, subjectType: 'event', subjectId: eventId, requestId: requestId ?? null }, trx);
  });
  const people = await platform.db.selectFrom('event_registrations').select('id').where('eventId', '=', eventId).where('status', 'in', ['confirmed', 'offered', 'waitlisted', 'pending']).execute();
  return { notified: await notifyRegistrations(platform, people.map((p) => p.id), 'cancelled') };
}

const PHOTO_TYPES: Record<string, (b: Uint8Array) => boolean> = {
  'image/png': (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/webp': (b) => b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57 && b[9] === 0x45,
};
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

/** A speaker with a bio per language and an optional photo (PNG, JPEG or WebP up to 2 MB, checked by its bytes). */
export async function addSpeaker(platform: Deps, actor: Actor, eventId: string, input: unknown, photo?: { type: string; bytes: Uint8Array }): Promise<{ id: string }> {
  await managedEvent(platform, actor, eventId);
  const data = parseInput(speakerInput, input);
  if (photo && photo.bytes.length) {
    if (photo.bytes.length > MAX_PHOTO_BYTES) throw fieldError('photo', 'validation:photoTooLarge', { max: 2 });
    const check = PHOTO_TYPES[photo.type];
    if (!check || !check(photo.bytes)) throw fieldError('photo', 'validation:photoType');
  }
  const id = newId();
  const last = await platform.db.selectFrom('event_speakers').select(({ fn }) => fn.max<number>('position').as('p')).where('eventId', '=', eventId).executeTakeFirst();
  await platform.db
    .insertInto('event_speakers')
    .values({
      id,
      eventId,
      position: Number(last?.p ?? 0) + 1,
      name: data.name,
      affiliation: data.affiliation,
      bio: JSON.stringify(data.bio),
      photoType: photo?.bytes.length ? photo.type : null,
      photo: photo?.bytes.length ? photo.bytes : null,
    })
    .execute();
  return { id };
}

export async function removeSpeaker(platform: Deps, actor: Actor, eventId: string, speakerId: string): Promise<void> {
  await managedEvent(platform, actor, eventId);
  const removed = await platform.db.deleteFrom('event_speakers').where('id', '=', speakerId).where('eventId', '=', eventId).executeTakeFirst();
  if (Number(removed.numDeletedRows) !== 1) throw new AppError('not_found');
}

/** A session of the agenda (talk, panel or break), its times read in the event's zone, its speakers from the event's. */
export async function addSession(platform: Deps, actor: Actor, eventId: string, input: unknown): Promise<{ id: string }> {
  const event = await managedEvent(platform, actor, eventId);
  const data = parseInput(sessionInput, input);
  const speakers = await platform.db.selectFrom('event_speakers').select('id').where('eventId', '=', eventId).execute();
  const known = new Set(speakers.map((s) => s.id));
  if (data.speakerIds.some((id) => !known.has(id))) throw fieldError('speakerIds', 'validation:invalidInput');
  const startsAt = zonedToUtc(data.startsAt, event.timezone);
  const endsAt = zonedToUtc(data.endsAt, event.timezone);
  if (startsAt < event.startsAt || endsAt > event.endsAt) throw fieldError('startsAt', 'validation:sessionOutsideEvent');
  const id = newId();
  await platform.db
    .insertInto('event_sessions')
    .values({ id, eventId, kind: data.kind, startsAt, endsAt, title: JSON.stringify(data.title), description: JSON.stringify(data.description), speakerIds: JSON.stringify(data.speakerIds) })
    .execute();
  return { id };
}

export async function removeSession(platform: Deps, actor: Actor, eventId: string, sessionId: string): Promise<void> {
  await managedEvent(platform, actor, eventId);
  const removed = await platform.db.deleteFrom('event_sessions').where('id', '=', sessionId).where('eventId', '=', eventId).executeTakeFirst();
  if (Number(removed.numDeletedRows) !== 1) throw new AppError('not_found');
}

const questionInput = z.object({
  label: z.string().trim().min(1, 'validation:required').max(300, 'validation:tooLong'),
  type: z.enum(['text', 'choice', 'yesno'], { error: 'validation:invalidInput' }),
  required: z.preprocess((v) => v === 'yes' || v === true || v === 'on', z.boolean()),
  options: z.string().max(2000, 'validation:tooLong').default(''),
});

/** Adds one of the event's own registration questions, written in one language (others can be added later by editing). */
export async function addQuestion(platform: Deps, actor: Actor, eventId: string, input: unknown, locale: string): Promise<{ key: string }> {
  const event = await managedEvent(platform, actor, eventId);
  const data = parseInput(questionInput, input);
  const options = data.options
    .split('\n')
    .map((o) => o.trim())
    .filter(Boolean);
  if (data.type === 'choice' && options.length < 2) throw fieldError('options', 'validation:twoOptions');
  const questions = JSON.parse(event.questions) as EventQuestion[];
  if (questions.length >= 20) throw fieldError('label', 'validation:invalidInput');
  const key = `q${questions.reduce((max, q) => Math.max(max, Number(q.key.slice(1)) || 0), 0) + 1}`;
  const question: EventQuestion = { key, type: data.type, required: data.required, label: { [locale]: data.label }, options: data.type === 'choice' ? options.map((o) => ({ [locale]: o })) : [] };
  await platform.db.updateTable('events').set({ questions: JSON.stringify([...questions, question]), updatedAt: platform.clock.now().toISOString() }).where('id', '=', eventId).execute();
  return { key };
}

/** Removes a question; answers already given stay with their registrations until erasure. */
export async function removeQuestion(platform: Deps, actor: Actor, eventId: string, key: string): Promise<void> {
  const event = await managedEvent(platform, actor, eventId);
  const questions = JSON.parse(event.questions) as EventQuestion[];
  if (!questions.some((q) => q.key === key)) throw new AppError('not_found');
  await platform.db
    .updateTable('events')
    .set({ questions: JSON.stringify(questions.filter((q) => q.key !== key)), updatedAt: platform.clock.now().toISOString() })
    .where('id', '=', eventId)
    .execute();
}
