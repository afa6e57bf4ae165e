import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Reads the colour tokens straight from styles.css so the test checks what ships.
const css = readFileSync(new URL('./styles.css', import.meta.url), 'utf8');
function tokens(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--color-([a-z-]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}
const light = tokens(css.slice(css.indexOf('@theme'), css.indexOf('@media (prefers-color-scheme: dark)')));
const dark = { ...light, ...tokens(css.slice(css.indexOf('@media (prefers-color-scheme: dark)'), css.indexOf('@layer base'))) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// [foreground, background, minimum]: 4.5 for text (WCAG 1.4.3), 3 for borders and focus (1.4.11).
const pairs: Array<[string, string, number]> = [
  ['ink', 'surface', 4.5], ['ink', 'canvas', 4.5], ['ink', 'surface-muted', 4.5],
  ['muted', 'surface', 4.5], ['muted', 'canvas', 4.5], ['muted', 'surface-muted', 4.5],
  ['primary', 'surface', 4.5], ['primary', 'canvas', 4.5], ['primary-hover', 'surface', 4.5],
  ['on-primary', 'primary', 4.5], ['on-primary', 'primary-hover', 4.5],
  ['on-danger', 'danger', 4.5], ['on-danger', 'danger-hover', 4.5], ['danger', 'surface', 4.5], ['danger', 'danger-soft', 4.5],
  ['accent', 'surface', 4.5], ['accent', 'accent-soft', 4.5], ['accent', 'canvas', 4.5],
  ['success', 'success-soft', 4.5], ['warning', 'warning-soft', 4.5],
  ['ink', 'info-soft', 4.5], ['ink', 'success-soft', 4.5], ['ink', 'warning-soft', 4.5], ['ink', 'danger-soft', 4.5], ['ink', 'accent-soft', 4.5],
  ['line-strong', 'surface', 3], ['focus', 'surface', 3], ['focus', 'canvas', 3],
];

describe.each([['light', light], ['dark', dark]] as const)('%s colour tokens', (_mode, palette) => {
  it.each(pairs)('%s on %s reaches %s:1', (fg, bg, min) => {
    expect(palette[fg], `token ${fg}`).toBeDefined();
    expect(palette[bg], `token ${bg}`).toBeDefined();
    expect(contrast(palette[fg]!, palette[bg]!)).toBeGreaterThanOrEqual(min);
  });
});
