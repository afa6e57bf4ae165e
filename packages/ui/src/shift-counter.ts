export type ShiftCounterEvent = 'press-two-more' | 'press-one-more' | 'expired' | 'activate';

export interface ShiftCounterOptions {
  /** Presses that trigger the exit (GOV.UK: 3). */
  presses?: number;
  /** Time allowed from one press to the next before the count resets (GOV.UK: 5 s). */
  windowMs?: number;
  onEvent(event: ShiftCounterEvent, count: number): void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface KeyUpLike {
  key: string;
  shiftKey: boolean;
}

/**
 * The keyboard shortcut of "Exit this page", as GOV.UK specifies it: Shift pressed and released
 * on its own three times, each press within 5 seconds of the last, leaves the page. A Shift used
 * as a modifier (Shift+A) does not count, and any other key resets a started count.
 */
export function createShiftCounter(options: ShiftCounterOptions) {
  const presses = options.presses ?? 3;
  const windowMs = options.windowMs ?? 5000;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let count = 0;
  let timer: unknown = null;
  let lastKeyWasModifier = false;

  const stopTimer = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
  };
  const reset = (announce: boolean) => {
    stopTimer();
    const had = count > 0;
    count = 0;
    if (announce && had) options.onEvent('expired', 0);
  };

  return {
    keyup(event: KeyUpLike): void {
      if (event.key === 'Shift' && !lastKeyWasModifier) {
        count += 1;
        stopTimer();
        if (count >= presses) {
          count = 0;
          options.onEvent('activate', presses);
        } else {
          options.onEvent(presses - count === 2 ? 'press-two-more' : 'press-one-more', count);
          timer = setTimer(() => reset(true), windowMs);
        }
      } else if (count > 0) {
        reset(true);
      }
      // A Shift released after being held for another key was a modifier, not a press.
      lastKeyWasModifier = event.shiftKey;
    },
    get count() {
      return count;
    },
    dispose(): void {
      stopTimer();
    },
  };
}
