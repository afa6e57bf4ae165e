import { describe, expect, it } from 'vitest';
import { hidden, mean, rate, shown, suppressColumn } from './suppression.ts';

const values = (cells: Array<{ value: number | null }>) => cells.map((c) => c.value);

describe('small-cell suppression', () => {
  it('hides 1–4, shows 0 and 5+, and leaves the total when two cells hide each other', () => {
    const r = suppressColumn([12, 3, 0, 4, 7], 26);
    expect(values(r.cells)).toEqual([12, null, 0, null, 7]);
    expect(r.total).toEqual(shown(26));
  });

  it('hides a second, smallest non-zero cell when only one is small, so the total cannot reveal it', () => {
    const r = suppressColumn([12, 3, 0, 9, 7], 31);
    expect(values(r.cells)).toEqual([12, null, 0, 9, null]);
    expect(r.total).toEqual(shown(31));
  });

  it('hides the total when nothing else could hide the one small cell', () => {
    expect(suppressColumn([3, 0], 3)).toEqual({ cells: [hidden, shown(0)], total: hidden });
    expect(suppressColumn([3, 0, 0], 9).total).toEqual(hidden);
  });

  it('hides a total below k and needs no complement without a total', () => {
    expect(suppressColumn([2, 1], 3).total).toEqual(hidden);
    expect(values(suppressColumn([12, 3, 9], null).cells)).toEqual([12, null, 9]);
    expect(suppressColumn([12, 3, 9], null).total).toBeNull();
  });

  it('respects another k', () => {
    expect(values(suppressColumn([9, 10, 30], 49, 10).cells)).toEqual([null, null, 30]);
  });

  it('shows a rate only when its parts are shown and its base is at least k', () => {
    expect(rate(shown(9), shown(12))).toEqual(shown(75));
    expect(rate(shown(2), shown(3))).toEqual(hidden);
    expect(rate(hidden, shown(40))).toEqual(hidden);
    expect(rate(shown(0), shown(0))).toEqual(hidden);
    expect(rate(shown(1), shown(3), 3)).toEqual(shown(33.3));
  });

  it('shows a mean only over at least k people', () => {
    expect(mean(3.456, 5)).toEqual(shown(3.46));
    expect(mean(3.456, 4)).toEqual(hidden);
    expect(mean(null, 10)).toEqual(hidden);
    expect(mean(null, 0)).toEqual({ value: null, suppressed: false });
  });
});
