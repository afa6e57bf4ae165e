import type { Cell } from './suppression.ts';

export interface ChartInput {
  id: string;
  title: string;
  /** One bar (or column) per row: its label and first figure. */
  rows: Array<{ label: string; cell: Cell }>;
  /** How a suppressed value reads, e.g. "< 5". */
  suppressedText: string;
  locale: string;
}

const INK = '#17202b';
const MUTED = '#46505e';
const BAR = '#1d4f7c';
const GRID = '#d5dbe0';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const niceMax = (v: number) => {
  if (v <= 5) return 5;
  const p = 10 ** Math.floor(Math.log10(v));
  return Math.ceil(v / p) * p;
};

function frame(c: ChartInput, width: number, height: number, body: string, summary: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${c.id}-t ${c.id}-d" font-family="Inter, Arial, sans-serif"><title id="${c.id}-t">${esc(c.title)}</title><desc id="${c.id}-d">${esc(summary)}</desc>${body}</svg>`;
}

/** The description read by screen readers: every value, so the chart says what it shows. */
function summaryOf(c: ChartInput, fmt: (n: number) => string): string {
  return c.rows.map((r) => `${r.label}: ${r.cell.suppressed ? c.suppressedText : fmt(r.cell.value ?? 0)}`).join('; ');
}

/** Horizontal bars, one per row; a suppressed value is an outlined bar marked "< k", never its size. */
export function barChart(c: ChartInput, width = 640): string {
  const fmt = (n: number) => new Intl.NumberFormat(c.locale).format(n);
  const labelW = Math.min(240, Math.max(90, ...c.rows.map((r) => r.label.length * 6.6)));
  const rowH = 26;
  const top = 8;
  const height = top + c.rows.length * rowH + 24;
  const max = niceMax(Math.max(0, ...c.rows.map((r) => r.cell.value ?? 0)));
  const plotW = width - labelW - 70;
  const x = (v: number) => labelW + (v / max) * plotW;
  const ticks = [0, max / 2, max].map((v) => `<line x1="${x(v)}" x2="${x(v)}" y1="${top}" y2="${height - 20}" stroke="${GRID}"/><text x="${x(v)}" y="${height - 6}" font-size="11" fill="${MUTED}" text-anchor="middle">${fmt(v)}</text>`).join('');
  const bars = c.rows
    .map((r, i) => {
      const y = top + i * rowH;
      const label = `<text x="${labelW - 8}" y="${y + 17}" font-size="12" fill="${INK}" text-anchor="end">${esc(r.label.length > 36 ? `${r.label.slice(0, 35)}…` : r.label)}</text>`;
      if (r.cell.suppressed) {
        return `${label}<rect x="${labelW}" y="${y + 5}" width="${Math.max(18, plotW * 0.04)}" height="16" fill="none" stroke="${MUTED}" stroke-dasharray="3 2"/><text x="${labelW + Math.max(18, plotW * 0.04) + 6}" y="${y + 17}" font-size="12" fill="${MUTED}">${esc(c.suppressedText)}</text>`;
      }
      const v = r.cell.value ?? 0;
      return `${label}<rect x="${labelW}" y="${y + 5}" width="${Math.max(0, x(v) - labelW)}" height="16" fill="${BAR}"/><text x="${x(v) + 6}" y="${y + 17}" font-size="12" fill="${INK}">${fmt(v)}</text>`;
    })
    .join('');
  return frame(c, width, height, ticks + bars, summaryOf(c, fmt));
}

/** Columns over time (months), with the same rule for suppressed values. */
export function columnChart(c: ChartInput, width = 640): string {
  const fmt = (n: number) => new Intl.NumberFormat(c.locale).format(n);
  const height = 220;
  const left = 36;
  const bottom = 34;
  const top = 16;
  const max = niceMax(Math.max(0, ...c.rows.map((r) => r.cell.value ?? 0)));
  const plotH = height - top - bottom;
  const step = (width - left - 8) / Math.max(1, c.rows.length);
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const grid = [0, max / 2, max].map((v) => `<line x1="${left}" x2="${width - 8}" y1="${y(v)}" y2="${y(v)}" stroke="${GRID}"/><text x="${left - 6}" y="${y(v) + 4}" font-size="11" fill="${MUTED}" text-anchor="end">${fmt(v)}</text>`).join('');
  const cols = c.rows
    .map((r, i) => {
      const cx = left + i * step + step / 2;
      const w = Math.max(4, step * 0.6);
      const label = `<text x="${cx}" y="${height - bottom + 16}" font-size="10" fill="${INK}" text-anchor="middle">${esc(/^\d{4}-\d{2}$/.test(r.label) ? r.label.slice(2) : r.label)}</text>`;
      if (r.cell.suppressed) return `${label}<rect x="${cx - w / 2}" y="${y(0) - 14}" width="${w}" height="14" fill="none" stroke="${MUTED}" stroke-dasharray="3 2"/><text x="${cx}" y="${y(0) - 18}" font-size="10" fill="${MUTED}" text-anchor="middle">${esc(c.suppressedText)}</text>`;
      const v = r.cell.value ?? 0;
      return `${label}<rect x="${cx - w / 2}" y="${y(v)}" width="${w}" height="${y(0) - y(v)}" fill="${BAR}"/>${v > 0 ? `<text x="${cx}" y="${y(v) - 4}" font-size="10" fill="${INK}" text-anchor="middle">${fmt(v)}</text>` : ''}`;
    })
    .join('');
  return frame(c, width, height, grid + cols, summaryOf(c, fmt));
}
