import type { z } from 'zod';
import { AppError, type FieldError, type FieldErrors } from './errors.ts';

/**
 * Our schemas carry catalogue keys as messages (`validation:required`). Anything else (a
 * message zod made up itself, e.g. for a wrong type) becomes the generic `validation:invalidInput`.
 */
function toFieldError(issue: z.core.$ZodIssue): FieldError {
  const key = /^[a-z]+:[A-Za-z.]+$/.test(issue.message) ? issue.message : 'validation:invalidInput';
  const values: Record<string, number> = {};
  if (issue.code === 'too_big') values.max = Number(issue.maximum);
  if (issue.code === 'too_small') values.min = Number(issue.minimum);
  return Object.keys(values).length ? { key, values } : { key };
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join('.') : '_form';
    (fields[field] ??= []).push(toFieldError(issue));
  }
  return fields;
}

/** Validates input at the boundary; throws AppError('validation_failed') with per-field keys. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new AppError('validation_failed', 'invalid input', { fields: fieldErrorsOf(result.error) });
  return result.data;
}

/** A single-field validation failure raised by a command (e.g. a wrong current password). */
export function fieldError(field: string, key: string, values?: Record<string, string | number>): AppError {
  return new AppError('validation_failed', key, { fields: { [field]: [values ? { key, values } : { key }] } });
}
