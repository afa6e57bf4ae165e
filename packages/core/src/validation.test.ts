import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from './errors.ts';
import { emailSchema, organisationInput } from './organisations/schema.ts';
import { parseInput } from './validation.ts';

describe('parseInput', () => {
  it('returns the parsed, normalised value', () => {
    expect(parseInput(emailSchema, '  Ada@Example.ORG ')).toBe('ada@example.org');
  });

  it('reports every bad field with its catalogue key and ICU values', () => {
    const error = (() => {
      try {
        parseInput(organisationInput, { name: 'x'.repeat(121), slug: 'Not a slug!', sector: 'bakery', countryCode: 'XX', regionId: '' });
      } catch (e) {
        return e;
      }
    })() as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('validation_failed');
    expect(error.fields).toEqual({
      name: [{ key: 'validation:tooLong', values: { max: 120 } }],
      slug: [{ key: 'validation:slug' }],
      sector: [{ key: 'validation:sector' }],
      countryCode: [{ key: 'validation:country' }],
      regionId: [{ key: 'validation:region', values: { min: 1 } }],
    });
  });

  it('maps messages that are not catalogue keys to a generic one', () => {
    const error = (() => {
      try {
        parseInput(z.object({ n: z.number() }), { n: 'a' });
      } catch (e) {
        return e;
      }
    })() as AppError;
    expect(error.fields).toEqual({ n: [{ key: 'validation:invalidInput' }] });
  });
});
