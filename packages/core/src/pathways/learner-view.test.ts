import { describe, expect, it } from 'vitest';
import { demoteHeadings } from './queries/learner.ts';

describe('a step body under its step title', () => {
  it('moves its headings one level down', () => {
    expect(demoteHeadings('<h2>A</h2><p>x</p><h3>B</h3><h4>C</h4>')).toBe('<h3>A</h3><p>x</p><h4>B</h4><h5>C</h5>');
  });
});
