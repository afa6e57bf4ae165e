import { z } from 'zod';
import { SUPPORTED_LOCALES } from '../i18n/locales.ts';
import { COUNTRY_CODES } from './countries.ts';

export const SECTORS = [
  'womens_support_service',
  'perpetrator_programme',
  'public_authority',
  'law_enforcement',
  'health',
  'education',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

export const MEMBER_ROLES = ['learner', 'trainer', 'coordinator'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const INVITATION_DAYS = 14;

const name = z.string().trim().min(1, 'validation:required').max(120, 'validation:tooLong');
const slug = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, 'validation:slug')
  .max(60, 'validation:tooLong')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'validation:slug');
const country = z.enum(COUNTRY_CODES, { error: 'validation:country' });
export const emailSchema = z.string().trim().toLowerCase().max(254, 'validation:tooLong').pipe(z.email('validation:email'));

export const regionInput = z.object({
  name,
  slug,
  countryCode: country,
  defaultLocale: z.enum(SUPPORTED_LOCALES, { error: 'validation:locale' }),
});
export type RegionInput = z.infer<typeof regionInput>;

export const organisationInput = z.object({
  name,
  slug,
  sector: z.enum(SECTORS, { error: 'validation:sector' }),
  countryCode: country,
  regionId: z.string().min(1, 'validation:region'),
});
export type OrganisationInput = z.infer<typeof organisationInput>;

export const invitationInput = z.object({
  email: emailSchema,
  role: z.enum(MEMBER_ROLES, { error: 'validation:role' }),
});
export type InvitationInput = z.infer<typeof invitationInput>;

export const roleChangeInput = z.object({
  role: z.enum(MEMBER_ROLES, { error: 'validation:role' }),
});
