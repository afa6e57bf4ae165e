import { z } from 'zod';
import { COUNTRY_CODES } from '../organisations/countries.ts';
import { SECTORS } from '../organisations/schema.ts';

const isoDate = z.iso.datetime({ error: 'validation:invalidInput' });
const calendarDay = /^\d{4}-\d{2}-\d{2}$/;
// A form's date field gives a calendar day: a period starts at its first moment and ends at its last (UTC).
const fromDay = (time: string) => z.preprocess((v) => (typeof v === 'string' && calendarDay.test(v) ? `${v}T${time}Z` : v), isoDate);
const dayStart = fromDay('00:00:00.000');
const dayEnd = fromDay('23:59:59.999');

export const eligibilitySchema = z.object({
  sectors: z.array(z.enum(SECTORS)).default([]),
  countries: z.array(z.enum(COUNTRY_CODES)).default([]),
  organisationIds: z.array(z.string()).default([]),
});
export type Eligibility = z.infer<typeof eligibilitySchema>;

export const cohortInput = z
  .object({
    courseSlug: z.string().min(1, 'validation:required'),
    organisationId: z.string().nullable().default(null),
    title: z.string().trim().min(1, 'validation:required').max(120, 'validation:tooLong'),
    startsAt: dayStart,
    endsAt: dayEnd,
    enrolmentOpensAt: dayStart,
    enrolmentClosesAt: dayEnd,
    seatCap: z.coerce.number().int().min(1, 'validation:invalidInput').max(10_000, 'validation:invalidInput'),
    enrolmentMode: z.enum(['self', 'invitation']).default('self'),
    eligibility: eligibilitySchema.default({ sectors: [], countries: [], organisationIds: [] }),
    facilitatorIds: z.array(z.string()).default([]),
  })
  .refine((c) => c.startsAt < c.endsAt, { path: ['endsAt'], message: 'validation:invalidInput' })
  .refine((c) => c.enrolmentOpensAt < c.enrolmentClosesAt, { path: ['enrolmentClosesAt'], message: 'validation:invalidInput' });
export type CohortInput = z.input<typeof cohortInput>;
