import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createShiftCounter, type ShiftCounterEvent } from './shift-counter.ts';

const shift = { key: 'Shift', shiftKey: false };

describe('createShiftCounter', () => {
  let events: Array<[ShiftCounterEvent, number]>;
  beforeEach(() => {
    vi.useFakeTimers();
    events = [];
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const counter = () => createShiftCounter({ onEvent: (e, n) => events.push([e, n]) });

  it('activates on the third Shift within 5 seconds of each other, announcing progress', () => {
    const c = counter();
    c.keyup(shift);
    vi.advanceTimersByTime(4900);
    c.keyup(shift);
    vi.advanceTimersByTime(4900);
    c.keyup(shift);
    expect(events).toEqual([
      ['press-two-more', 1],
      ['press-one-more', 2],
      ['activate', 3],
    ]);
    expect(c.count).toBe(0);
  });

  it('expires after 5 seconds without a press and announces it', () => {
    const c = counter();
    c.keyup(shift);
    c.keyup(shift);
    vi.advanceTimersByTime(5000);
    expect(events).toEqual([
      ['press-two-more', 1],
      ['press-one-more', 2],
      ['expired', 0],
    ]);
    c.keyup(shift);
    expect(events.at(-1)).toEqual(['press-two-more', 1]);
  });

  it('does not count Shift used as a modifier, and another key resets the count', () => {
    const c = counter();
    c.keyup(shift);
    c.keyup({ key: 'A', shiftKey: true }); // typing a capital letter
    expect(events).toEqual([
      ['press-two-more', 1],
      ['expired', 0],
    ]);
    c.keyup(shift); // released after the capital: a modifier
    expect(c.count).toBe(0);
    c.keyup(shift);
    c.keyup(shift);
    c.keyup(shift);
    expect(events.at(-1)).toEqual(['activate', 3]);
  });
});
