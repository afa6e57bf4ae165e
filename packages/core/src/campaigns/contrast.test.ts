import { describe, expect, it } from 'vitest';
import { checkColours, contrastRatio } from './contrast.ts';

describe('colour contrast', () => {
  it('computes the WCAG ratios of known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // WCAG's own example boundary: #767676 on white is 4.54:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('refuses unreadable text and a faint accent, and accepts a readable pair', () => {
    expect(checkColours({ background: '#ffff00', text: '#ffffff', accent: '#000000' }).failures).toEqual(['text']);
    expect(checkColours({ background: '#2b1a4a', text: '#ffffff', accent: '#3a2a5a' }).failures).toEqual(['accent']);
    expect(checkColours({ background: '#777777', text: '#ffffff', accent: '#808080' }).failures).toEqual(['text', 'accent']);
    const ok = checkColours({ background: '#2b1a4a', text: '#ffffff', accent: '#ffc857' });
    expect(ok.failures).toEqual([]);
    expect(ok.textRatio).toBeGreaterThan(14);
  });
});
