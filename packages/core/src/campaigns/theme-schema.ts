import { z } from 'zod';

/** Audiences a campaign can address (the guidelines' chapter 4). */
export const CAMPAIGN_AUDIENCES = ['general_public', 'young_people', 'older_people', 'parents', 'professionals'] as const;
export type CampaignAudience = (typeof CAMPAIGN_AUDIENCES)[number];

/** Layouts implemented in render/layouts.ts; a theme combines them per asset. */
export const LAYOUTS = ['hero', 'leaflet', 'card', 'banner'] as const;
export const SLOTS = ['headline', 'subline', 'message', 'messages', 'signs', 'tips', 'contacts', 'qr', 'logos'] as const;
export const MOTIFS = ['circles', 'stripes', 'corner', 'none'] as const;
export const ASSET_KEYS = ['poster-a4', 'poster-a3', 'flyer-a5', 'social-square', 'social-landscape', 'social-story'] as const;
export type AssetKey = (typeof ASSET_KEYS)[number];
export type Slot = (typeof SLOTS)[number];

const hex = z.string().regex(/^#[0-9a-f]{6}$/i);
export const themeColours = z.object({ background: hex, text: hex, accent: hex });
export type ThemeColours = z.infer<typeof themeColours>;

export const themeAsset = z.object({
  key: z.enum(ASSET_KEYS),
  kind: z.enum(['poster', 'flyer', 'social']),
  size: z.object({ width: z.number().positive().max(2000), height: z.number().positive().max(2000), unit: z.enum(['mm', 'px']) }),
  layout: z.enum(LAYOUTS),
  slots: z.array(z.enum(SLOTS)).min(1),
});
export type ThemeAsset = z.infer<typeof themeAsset>;

export const themeStructure = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  version: z.number().int().positive(),
  order: z.number().int(),
  audiences: z.array(z.enum(CAMPAIGN_AUDIENCES)).min(1),
  colours: themeColours,
  motif: z.enum(MOTIFS),
  assets: z.array(themeAsset).min(1),
});
export type ThemeStructure = z.infer<typeof themeStructure>;

const text = z.string().trim().min(1);
export const themeTexts = z.object({
  name: text,
  description: text,
  headline: text.max(70),
  subline: text.max(200),
  messages: z.array(z.object({ key: z.string().regex(/^[a-z0-9-]+$/), text: text.max(140) })).min(3),
  posts: z.object({ facebook: text, instagram: text, x: text.max(280), linkedin: text }),
  pressRelease: z.object({ title: text, lead: text, body: text, quote: text }),
});
export type ThemeTexts = z.infer<typeof themeTexts>;
export const POST_PLATFORMS = ['facebook', 'instagram', 'x', 'linkedin'] as const;

export const source = z.object({ title: text, publisher: text, year: z.union([z.number(), z.string()]).transform(String), url: z.url() });

export const commonTexts = z.object({
  helpHeading: text,
  messagesHeading: text,
  tipsHeading: text,
  signsHeading: text,
  safetyNote: text,
  qrCaption: text,
  contactsFallback: text,
  hours: text,
  tips: z.array(text).min(3),
  signs: z.array(text).min(3),
  altTemplate: text,
  pressRelease: z.object({ contactsHeading: text, notesHeading: text, notes: text, ends: text, mediaContact: text }),
  sources: z.array(source).min(1),
});
export type CommonTexts = z.infer<typeof commonTexts>;
