/** Every date decision goes through a clock so tests can travel in time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests move by hand. */
export class ManualClock implements Clock {
  #now: Date;
  constructor(start: Date | string = '2026-01-15T09:00:00.000Z') {
    this.#now = new Date(start);
  }
  now(): Date {
    return new Date(this.#now);
  }
  set(to: Date | string): void {
    this.#now = new Date(to);
  }
  advance(ms: number): void {
    this.#now = new Date(this.#now.getTime() + ms);
  }
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * The same day `months` later (UTC); a day the target month lacks clamps to its last day, so a
 * year after 29 February is 28 February, never 1 March.
 */
export function addMonths(from: Date | string, months: number): Date {
  const start = new Date(from);
  const target = new Date(start);
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  return target;
}

/**
 * A clock that starts at a chosen moment and then runs at normal speed (CLOCK_START): to rehearse
 * a programme's year — reminders, expiries, refreshers — on a test or training installation.
 */
export class ShiftedClock implements Clock {
  readonly #offset: number;
  constructor(start: Date | string) {
    this.#offset = new Date(start).getTime() - Date.now();
  }
  now(): Date {
    return new Date(Date.now() + this.#offset);
  }
}
