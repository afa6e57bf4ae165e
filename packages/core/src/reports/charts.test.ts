import { describe, expect, it } from 'vitest';
import { barChart, columnChart } from './charts.ts';
import { hidden, shown } from './suppression.ts';

const input = { id: 'c1', title: 'Trained <by> sector', rows: [{ label: 'Health', cell: shown(12) }, { label: 'Police', cell: hidden }, { label: 'Other', cell: shown(0) }], suppressedText: '< 5', locale: 'en' };

describe('report charts', () => {
  it('draws an accessible bar chart whose description lists every value, and never sizes a suppressed bar', () => {
    const svg = barChart(input);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="c1-t c1-d"/);
    expect(svg).toContain('<title id="c1-t">Trained &lt;by&gt; sector</title>');
    expect(svg).toContain('<desc id="c1-d">Health: 12; Police: &lt; 5; Other: 0</desc>');
    // The axis ends at a round number above the largest value.
    expect(svg).toContain('>20</text>');
    expect(svg.match(/stroke-dasharray/g)).toHaveLength(1);
    expect(svg).toContain('>&lt; 5</text>');
  });

  it('draws columns per month with short labels', () => {
    const svg = columnChart({ ...input, rows: [{ label: '2026-03', cell: shown(14) }, { label: '2026-04', cell: hidden }] });
    expect(svg).toContain('>26-03</text>');
    expect(svg).toContain('<desc id="c1-d">2026-03: 14; 2026-04: &lt; 5</desc>');
  });
});
