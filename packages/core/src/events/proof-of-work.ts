import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Bot protection for public registration without any third-party service (ADR 0015): the form
 * carries a signed challenge; the browser finds a nonce whose SHA-256 with the challenge starts
 * with DIFFICULTY zero bits (about 65,000 hashes on average, well under a second) and sends it.
 * A browser without JavaScript sends no nonce; then the form must have been open for a few
 * seconds, and that path has a stricter rate limit. A honeypot field catches the simplest bots.
 */
export const POW_DIFFICULTY = 16;
/** Without a solved challenge, a human needs at least this long to fill in the form. */
export const MIN_FILL_MS = 4000;
const MAX_AGE_MS = 2 * 60 * 60 * 1000;

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(`pow:${payload}`).digest('base64url').slice(0, 22);
}

export function issueChallenge(secret: string, now: Date): string {
  const payload = `${now.getTime()}.${randomBytes(9).toString('base64url')}`;
  return `${payload}.${sign(secret, payload)}`;
}

/** The number of leading zero bits of a hash. */
export function leadingZeroBits(hash: Buffer): number {
  let bits = 0;
  for (const byte of hash) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    bits += Math.clz32(byte) - 24;
    break;
  }
  return bits;
}

export function powHash(challenge: string, nonce: string): Buffer {
  return createHash('sha256').update(`${challenge}:${nonce}`).digest();
}

export type ChallengeVerdict = 'solved' | 'slow_fill' | 'invalid';

/**
 * `solved`: a valid nonce; `slow_fill`: no nonce, but a genuine challenge issued long enough ago
 * (a person without JavaScript); `invalid`: forged, expired, too fast without a nonce, or a wrong nonce.
 */
export function checkChallenge(secret: string, challenge: string, nonce: string | undefined, now: Date, difficulty = POW_DIFFICULTY): ChallengeVerdict {
  const parts = challenge.split('.');
  if (parts.length !== 3) return 'invalid';
  const payload = `${parts[0]}.${parts[1]}`;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(parts[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  const age = now.getTime() - Number(parts[0]);
  if (!Number.isFinite(age) || age < 0 || age > MAX_AGE_MS) return 'invalid';
  if (nonce) return /^\d{1,12}$/.test(nonce) && leadingZeroBits(powHash(challenge, nonce)) >= difficulty ? 'solved' : 'invalid';
  return age >= MIN_FILL_MS ? 'slow_fill' : 'invalid';
}
