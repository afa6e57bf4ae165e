import { z } from 'zod';
import { SECTORS } from '../organisations/schema.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation:date');

/** The dashboard's filters: a period (inclusive days, UTC) and optional sector, country and organisation. */
export const reportFilters = z
  .object({
    from: day,
    to: day,
    sector: z.enum(SECTORS, 'validation:sector').optional(),
    country: z.string().regex(/^[A-Z]{2}$/, 'validation:country').optional(),
    organisationId: z.string().min(1).max(64).optional(),
    k: z.coerce.number().int().min(2).max(50).optional(),
  })
  .refine((f) => f.from <= f.to, { message: 'validation:endBeforeStart', path: ['to'] });
export type ReportFilters = z.infer<typeof reportFilters>;

/** The period as ISO instants for comparing with stored timestamps. */
export function periodOf(f: Pick<ReportFilters, 'from' | 'to'>) {
  return { start: `${f.from}T00:00:00.000Z`, end: `${f.to}T23:59:59.999Z` };
}

/** Every month of the period, `YYYY-MM`. */
export function monthsOf(f: Pick<ReportFilters, 'from' | 'to'>): string[] {
  const months: string[] = [];
  let [y, m] = f.from.slice(0, 7).split('-').map(Number) as [number, number];
  const last = f.to.slice(0, 7);
  for (let guard = 0; guard < 240; guard++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) break;
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
  return months;
}
