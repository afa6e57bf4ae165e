import { describe, expect, it } from 'vitest';
import { addMonths, DAY, ShiftedClock } from './clock.ts';

describe('addMonths', () => {
  it('keeps the day and the time of day', () => {
    expect(addMonths('2026-03-15T10:30:00.000Z', 12).toISOString()).toBe('2027-03-15T10:30:00.000Z');
    expect(addMonths('2026-11-30T00:00:00.000Z', 3).toISOString()).toBe('2027-02-28T00:00:00.000Z');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(addMonths('2028-02-29T08:00:00.000Z', 12).toISOString()).toBe('2029-02-28T08:00:00.000Z');
    expect(addMonths('2026-01-31T08:00:00.000Z', 1).toISOString()).toBe('2026-02-28T08:00:00.000Z');
    expect(addMonths('2026-01-31T08:00:00.000Z', -2).toISOString()).toBe('2025-11-30T08:00:00.000Z');
  });
});

describe('ShiftedClock', () => {
  it('starts at the chosen moment and then runs', () => {
    const clock = new ShiftedClock('2030-01-01T00:00:00.000Z');
    const first = clock.now().getTime();
    expect(Math.abs(first - Date.parse('2030-01-01T00:00:00.000Z'))).toBeLessThan(DAY / 24);
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(first);
  });
});
