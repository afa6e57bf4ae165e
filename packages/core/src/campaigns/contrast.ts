/**
 * WCAG 2.x contrast (relative luminance of sRGB colours). The kit refuses colour pairs that people
 * with low vision could not read: text needs 4.5:1 on its background (normal-size text on flyers
 * and cards), the accent 3:1 (large text and graphic parts, WCAG 1.4.11).
 */
export const MIN_TEXT_CONTRAST = 4.5;
export const MIN_ACCENT_CONTRAST = 3;

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => channel(Number.parseInt(h, 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The contrast ratio, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [l1, l2] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
}

export interface ColourCheck {
  textRatio: number;
  accentRatio: number;
  /** Which pairs fail: `text` and/or `accent`. */
  failures: Array<'text' | 'accent'>;
}

export function checkColours(colours: { background: string; text: string; accent: string }): ColourCheck {
  const textRatio = contrastRatio(colours.text, colours.background);
  const accentRatio = contrastRatio(colours.accent, colours.background);
  const failures: ColourCheck['failures'] = [];
  if (textRatio < MIN_TEXT_CONTRAST) failures.push('text');
  if (accentRatio < MIN_ACCENT_CONTRAST) failures.push('accent');
  return { textRatio, accentRatio, failures };
}
