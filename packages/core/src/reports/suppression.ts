/**
 * Small-cell suppression for counts of people. A cell of 1 … k−1 is shown as "< k" (primary
 * suppression). When a total is shown and only one cell of a column was suppressed, the total
 * minus the visible cells would give it away, so the smallest other non-zero cell is suppressed too
 * (complementary suppression). A total below k is itself suppressed. Zero reveals no one and is
 * shown. Rates are shown only when both their parts are, and their base is at least k.
 */
export const DEFAULT_K = 5;

export interface Cell {
  /** The figure, or null when suppressed. */
  value: number | null;
  suppressed: boolean;
}

export const shown = (value: number): Cell => ({ value, suppressed: false });
export const hidden: Cell = { value: null, suppressed: true };

const primary = (v: number, k: number) => v > 0 && v < k;

/** Suppresses one column of people counts and its total (when there is one). */
export function suppressColumn(values: number[], total: number | null, k = DEFAULT_K): { cells: Cell[]; total: Cell | null } {
  const out: Cell[] = values.map((v) => (primary(v, k) ? hidden : shown(v)));
  let totalCell: Cell | null = total === null ? null : primary(total, k) ? hidden : shown(total);
  if (totalCell && !totalCell.suppressed) {
    const suppressed = out.filter((c) => c.suppressed).length;
    if (suppressed === 1) {
      let pick = -1;
      values.forEach((v, i) => {
        if (!out[i]!.suppressed && v > 0 && (pick < 0 || v < values[pick]!)) pick = i;
      });
      if (pick >= 0) out[pick] = hidden;
      // Nothing else to hide behind: the total itself would reveal the one small cell.
      else totalCell = hidden;
    }
  }
  return { cells: out, total: totalCell };
}

/** A share in per cent (one decimal), or suppressed when a part is or the base is below k. */
export function rate(part: Cell, base: Cell, k = DEFAULT_K): Cell {
  if (part.suppressed || base.suppressed || base.value === null || part.value === null || base.value < k || base.value === 0) return hidden;
  return shown(Math.round((part.value / base.value) * 1000) / 10);
}

/** A mean over `n` people, shown only when n ≥ k. */
export function mean(value: number | null, n: number, k = DEFAULT_K): Cell {
  // Nobody rated: nothing to hide, nothing to show.
  if (n === 0) return { value: null, suppressed: false };
  if (value === null || n < k) return hidden;
  return shown(Math.round(value * 100) / 100);
}
