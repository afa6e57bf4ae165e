import { describe, expect, it } from 'vitest';
import { countryName, formatDate, formatDateTime } from './format.ts';

describe('formatting', () => {
  it('formats dates in the reader’s language, in UTC, the same on every call', () => {
    expect(formatDate('2026-11-28T23:30:00Z', 'en')).toBe('Nov 28, 2026');
    expect(formatDate('2026-11-28T23:30:00Z', 'de')).toBe('28.11.2026');
    expect(formatDate('2026-11-29T00:30:00Z', 'en')).toBe('Nov 29, 2026');
    expect(formatDateTime('2026-11-28T09:05:00Z', 'it')).toBe('28 nov 2026, 09:05 UTC');
    expect(formatDate(null, 'en')).toBe('');
  });

  it('names countries in the reader’s language', () => {
    expect(countryName('IT', 'de')).toBe('Italien');
    expect(countryName('IT', 'fr')).toBe('Italie');
    expect(countryName('IT', 'not a locale!')).toBe('IT');
  });
});
