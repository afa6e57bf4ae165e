import { describe, expect, it } from 'vitest';
import { utcToZonedLocal, zonedToUtc } from './zoned-time.ts';

describe('zoned times', () => {
  it('converts wall-clock times of a zone to UTC and back, in winter and summer', () => {
    expect(zonedToUtc('2026-12-03T10:00', 'Europe/Rome')).toBe('2026-12-03T09:00:00.000Z');
    expect(zonedToUtc('2026-07-03T10:00', 'Europe/Rome')).toBe('2026-07-03T08:00:00.000Z');
    expect(zonedToUtc('2026-12-03T10:00', 'America/New_York')).toBe('2026-12-03T15:00:00.000Z');
    expect(zonedToUtc('2026-12-03T10:00', 'UTC')).toBe('2026-12-03T10:00:00.000Z');
    expect(utcToZonedLocal('2026-12-03T09:00:00.000Z', 'Europe/Rome')).toBe('2026-12-03T10:00');
    expect(utcToZonedLocal('2026-07-03T08:00:00.000Z', 'Europe/Rome')).toBe('2026-07-03T10:00');
  });

  it('handles the days the clocks change', () => {
    // 29 March 2026, Rome: 02:00 → 03:00. 02:30 does not exist; the later valid time is used.
    expect(zonedToUtc('2026-03-29T01:30', 'Europe/Rome')).toBe('2026-03-29T00:30:00.000Z');
    expect(zonedToUtc('2026-03-29T03:30', 'Europe/Rome')).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedToUtc('2026-03-29T02:30', 'Europe/Rome')).toBe('2026-03-29T01:30:00.000Z');
    // 25 October 2026, Rome: 03:00 → 02:00.
    expect(zonedToUtc('2026-10-25T12:00', 'Europe/Rome')).toBe('2026-10-25T11:00:00.000Z');
  });
});
