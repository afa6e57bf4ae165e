import { describe, expect, it } from 'vitest';
import { negotiateLocale, resolveLocale } from './locales.ts';

describe('negotiateLocale', () => {
  it('takes the highest-quality supported language', () => {
    expect(negotiateLocale('pt-BR,pt;q=0.9,de-AT;q=0.8,fr;q=0.7')).toBe('de');
  });
  it('keeps header order among equal qualities', () => {
    expect(negotiateLocale('it, es')).toBe('it');
  });
  it('ignores languages with q=0 and unsupported ones', () => {
    expect(negotiateLocale('fr;q=0, pl')).toBeUndefined();
  });
  it('returns undefined for a missing header', () => {
    expect(negotiateLocale(undefined)).toBeUndefined();
  });
});

describe('resolveLocale', () => {
  it('prefers the account preference over an explicit choice and the browser', () => {
    expect(resolveLocale({ accountLocale: 'it', chosenLocale: 'fr', acceptLanguage: 'de' })).toBe('it');
  });
  it('prefers an explicit choice over the browser', () => {
    expect(resolveLocale({ accountLocale: null, chosenLocale: 'fr', acceptLanguage: 'de' })).toBe('fr');
  });
  it('ignores an unsupported explicit choice', () => {
    expect(resolveLocale({ chosenLocale: 'xx', acceptLanguage: 'es-ES' })).toBe('es');
  });
  it('falls back to English', () => {
    expect(resolveLocale({})).toBe('en');
  });
});
