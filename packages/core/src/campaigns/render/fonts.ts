/// <reference path="./vendor.d.ts" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);

/**
 * The campaign kit's typeface: Atkinson Hyperlegible (Braille Institute, SIL OFL 1.1), designed for
 * readers with low vision, shipped with the app from npm (@fontsource). Its Latin subset covers
 * every character of en, it, es, de and fr (checked by a test over all shipped texts).
 */
export const FONT_FAMILY = 'Atkinson Hyperlegible';
export const FONT_FILES = {
  regular: require.resolve('@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff'),
  bold: require.resolve('@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff'),
} as const;

interface LoadedFonts {
  regular: Buffer;
  bold: Buffer;
  metrics: { regular: fontkit.Font; bold: fontkit.Font };
}

let loaded: LoadedFonts | undefined;
export function fonts(): LoadedFonts {
  if (!loaded) {
    const regular = readFileSync(FONT_FILES.regular);
    const bold = readFileSync(FONT_FILES.bold);
    loaded = { regular, bold, metrics: { regular: fontkit.create(regular), bold: fontkit.create(bold) } };
  }
  return loaded;
}

/** Characters of `text` the typeface cannot draw (they would print as empty boxes). */
export function missingGlyphs(text: string): string[] {
  const { regular, bold } = fonts().metrics;
  const missing = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || /\s/.test(ch)) continue;
    if (!regular.hasGlyphForCodePoint(cp) || !bold.hasGlyphForCodePoint(cp)) missing.add(ch);
  }
  return [...missing];
}

/** Width of `text` at `size`, in the same unit as `size`. */
export function textWidth(text: string, size: number, weight: 400 | 700): number {
  const font = weight === 700 ? fonts().metrics.bold : fonts().metrics.regular;
  return (font.layout(text).advanceWidth / font.unitsPerEm) * size;
}

/** How many lines `text` takes when wrapped at word boundaries into `width` (as the layout engine does). */
export function lineCount(text: string, size: number, width: number, weight: 400 | 700): number {
  const space = textWidth(' ', size, weight);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = textWidth(word, size, weight);
    if (used > 0 && used + space + w > width) {
      lines += 1;
      used = w;
    } else {
      used += (used > 0 ? space : 0) + w;
    }
  }
  return lines;
}
