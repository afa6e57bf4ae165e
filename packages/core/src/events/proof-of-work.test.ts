import { describe, expect, it } from 'vitest';
import { checkChallenge, issueChallenge, leadingZeroBits, powHash } from './proof-of-work.ts';

const SECRET = 'test-secret';
const now = new Date('2026-11-28T10:00:00.000Z');

function solve(challenge: string, difficulty: number): string {
  for (let n = 0; ; n++) if (leadingZeroBits(powHash(challenge, String(n))) >= difficulty) return String(n);
}

describe('the registration challenge', () => {
  it('counts leading zero bits', () => {
    expect(leadingZeroBits(Buffer.from([0, 0, 0x10, 0xff]))).toBe(19);
    expect(leadingZeroBits(Buffer.from([0x80]))).toBe(0);
    expect(leadingZeroBits(Buffer.from([0x01]))).toBe(7);
  });

  it('accepts a solved challenge at once and a slow human without a nonce, and nothing else', () => {
    const challenge = issueChallenge(SECRET, now);
    const nonce = solve(challenge, 8);
    expect(checkChallenge(SECRET, challenge, nonce, new Date(now.getTime() + 500), 8)).toBe('solved');
    let wrong = 0;
    while (leadingZeroBits(powHash(challenge, String(wrong))) >= 8) wrong++;
    expect(checkChallenge(SECRET, challenge, String(wrong), new Date(now.getTime() + 500), 8)).toBe('invalid');
    expect(checkChallenge(SECRET, challenge, undefined, new Date(now.getTime() + 1000), 8)).toBe('invalid');
    expect(checkChallenge(SECRET, challenge, undefined, new Date(now.getTime() + 5000), 8)).toBe('slow_fill');
    expect(checkChallenge(SECRET, challenge, undefined, new Date(now.getTime() + 3 * 3600_000), 8)).toBe('invalid');
    expect(checkChallenge('another-secret', challenge, nonce, new Date(now.getTime() + 500), 8)).toBe('invalid');
    const [ts, rand, mac] = challenge.split('.');
    expect(checkChallenge(SECRET, `${Number(ts) - 60_000}.${rand}.${mac}`, undefined, new Date(now.getTime() + 500), 8)).toBe('invalid');
    expect(checkChallenge(SECRET, 'garbage', undefined, now, 8)).toBe('invalid');
  });
});
