import { z } from 'zod';
import { AppError } from '../errors.ts';

const answerField = /^answer:([A-Za-z0-9_-]{1,64})$/;
const answersSchema = z.record(z.string().max(64), z.array(z.string().max(64)).max(20)).refine((v) => Object.keys(v).length <= 200);

/**
 * The answers of a quiz or knowledge-check form: one `answer:<question>` field per choice (several
 * for multiple choice). Bounded so a forged form cannot make us store or score megabytes.
 */
export function answersFromForm(entries: Iterable<[string, unknown]>): Record<string, string[]> {
  const collected: Record<string, string[]> = {};
  for (const [name, value] of entries) {
    const match = answerField.exec(name);
    if (match && typeof value === 'string') (collected[match[1]!] ??= []).push(value);
  }
  const parsed = answersSchema.safeParse(collected);
  if (!parsed.success) throw new AppError('bad_request', 'malformed answers');
  return parsed.data;
}
