import { z } from 'zod';
import { SUPPORTED_LOCALES } from '../i18n/locales.ts';
import { CAMPAIGN_AUDIENCES } from './theme-schema.ts';

const trimmed = (max: number) => z.string().trim().max(max, 'validation:tooLong');
const required = (max: number) => trimmed(max).min(1, 'validation:required');

export const campaignSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, 'validation:slug')
  .max(60, 'validation:tooLong')
  .regex(/^[a-z0-9][a-z0-9-]+$/, 'validation:slug');

export const createCampaignInput = z.object({ name: required(120), slug: campaignSlug });

export const basicsInput = z.object({
  name: required(120),
  slug: campaignSlug,
  languages: z.array(z.enum(SUPPORTED_LOCALES, 'validation:locale')).min(1, 'validation:languages').max(5),
  audience: z.enum(CAMPAIGN_AUDIENCES, 'validation:audience'),
});

export const themeInput = z.object({ theme: z.string().min(1, 'validation:theme') });

/** Key messages per language: the chosen keys in order, with the coordinator's wording. */
export const messagesInput = z.partialRecord(z.enum(SUPPORTED_LOCALES), z.array(z.object({ key: z.string().regex(/^[a-z0-9-]+$/), text: required(140) })));
export type CampaignMessages = z.infer<typeof messagesInput>;

const phone = trimmed(30).regex(/^$|^\+?[0-9][0-9 ()/.-]{1,28}$/, 'validation:phone');
// A web address people can type: a domain with an optional path; no scheme other than http(s).
const web = trimmed(120).regex(/^$|^(https?:\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/[^\s<>"]*)?$/i, 'validation:web');

export const contactInput = z
  .object({ name: required(80), phone, web, hours: trimmed(60) })
  .refine((c) => c.phone || c.web, { message: 'validation:contactNeedsReach', path: ['phone'] });
export const contactsInput = z.array(contactInput).max(4, 'validation:tooLong');
export type CampaignContact = z.infer<typeof contactInput>;

const colour = z.string().trim().toLowerCase().regex(/^#[0-9a-f]{6}$/, 'validation:colour');
export const coloursInput = z.object({ background: colour, text: colour, accent: colour });

export const MAX_LOGOS = 4;
export const MAX_LOGO_BYTES = 1024 * 1024;
export const LOGO_MIN_PX = 64;
export const LOGO_MAX_PX = 4000;
export const logoInput = z.object({ name: required(80) });

export const CAMPAIGN_STATUSES = ['draft', 'published', 'archived'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export const REACH_KINDS = ['view', 'qr', 'download'] as const;
export type ReachKind = (typeof REACH_KINDS)[number];
