import type { Actor } from '../../accounts/actor.ts';
import type { Platform } from '../../platform.ts';
import { createEvent, publishEvent } from '../commands/organising.ts';
import { registerForEvent } from '../commands/registration.ts';
import { issueChallenge, leadingZeroBits, POW_DIFFICULTY, powHash } from '../proof-of-work.ts';
import type { EventInput } from '../schema.ts';
import { registrationToken } from '../tokens.ts';

let counter = 0;

export function eventInput(overrides: Partial<EventInput> = {}): EventInput {
  counter += 1;
  return {
    slug: `event-${counter}-${Date.now()}`,
    format: 'online',
    timezone: 'Europe/Rome',
    startsAt: '2026-12-10T10:00',
    endsAt: '2026-12-10T12:00',
    title: { en: 'Stalkerware: what services need to know', it: 'Stalkerware: cosa devono sapere i servizi' },
    summary: { en: 'A panel of research, cybersecurity, public authorities and services.' },
    description: { en: '## Programme\n\nThree speakers, questions from the audience.' },
    spokenLanguages: ['en'],
    subtitleLanguages: ['en'],
    signLanguage: {},
    joinUrl: 'https://meet.example.org/destalk-panel',
    joinRevealMinutes: 30,
    capacity: 5,
    offerHours: 24,
    erasureDays: 30,
    consentText: { en: 'We use your details to run this event and delete them 30 days after it.' },
    questions: [],
    ...overrides,
  };
}

/** A published event of the organisation, by one of its trainers. */
export async function publishedEvent(platform: Platform, organiser: Actor, organisationId: string, overrides: Partial<EventInput> = {}) {
  const input = eventInput(overrides);
  const { id } = await createEvent(platform, organiser, organisationId, input);
  await publishEvent(platform, organiser, id);
  return { id, slug: input.slug! };
}

/** A solved challenge, as a browser would send it (one per platform and moment: solving costs ~65,000 hashes). */
const solved = new Map<string, { challenge: string; nonce: string }>();
export function solvedChallenge(platform: Pick<Platform, 'config' | 'clock'>, fresh = false) {
  const key = `${platform.config.sessionSecret}:${platform.clock.now().getTime()}`;
  if (!fresh && solved.has(key)) return solved.get(key)!;
  const value = solveNow(platform);
  solved.set(key, value);
  return value;
}

function solveNow(platform: Pick<Platform, 'config' | 'clock'>) {
  const challenge = issueChallenge(platform.config.sessionSecret, platform.clock.now());
  let n = 0;
  while (leadingZeroBits(powHash(challenge, String(n))) < POW_DIFFICULTY) n++;
  return { challenge, nonce: String(n) };
}

let address = 0;

/** Registers someone through the public command; returns the registration id and personal token. */
export async function register(platform: Platform, slug: string, email: string, extra: Record<string, unknown> = {}, challenge = solvedChallenge(platform)) {
  address += 1;
  await registerForEvent(platform, slug, { name: `Person ${email}`, email, sector: 'womens_support_service', country: 'IT', consent: 'yes', ...extra }, 'en', {
    honeypot: '',
    ...challenge,
    clientAddress: `198.51.${Math.floor(address / 250) % 250}.${address % 250}`,
  });
  const row = await platform.db
    .selectFrom('event_registrations')
    .innerJoin('events', 'events.id', 'event_registrations.eventId')
    .select('event_registrations.id')
    .where('event_registrations.email', '=', email.toLowerCase())
    .where('events.slug', '=', slug)
    .orderBy('event_registrations.createdAt', 'desc')
    .executeTakeFirstOrThrow();
  return { id: row.id, token: registrationToken(platform.config.sessionSecret, row.id) };
}
