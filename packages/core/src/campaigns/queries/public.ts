import { AppError } from '../../errors.ts';
import { isLocale, type Locale } from '../../i18n/locales.ts';
import type { Platform } from '../../platform.ts';
import type { CampaignContact, CampaignMessages } from '../schema.ts';
import type { ThemeColours } from '../theme-schema.ts';
import { campaignContent } from '../themes.ts';

/**
 * A published campaign's public page in `wanted` (one of the campaign's languages, else its main
 * one): messages, safety tips, signs, where to get help, partner logos and sources. Drafts and
 * archived campaigns are `not_found` (a printed QR code then leads to a plain "not available").
 */
export async function publicCampaign(platform: Pick<Platform, 'db' | 'config'>, slug: string, wanted: string | null | undefined) {
  const c = await platform.db
    .selectFrom('campaigns')
    .innerJoin('regions', 'regions.id', 'campaigns.regionId')
    .innerJoin('organisations', 'organisations.id', 'campaigns.organisationId')
    .select(['campaigns.id', 'campaigns.slug', 'campaigns.name', 'campaigns.status', 'campaigns.languages', 'campaigns.theme', 'campaigns.messages', 'campaigns.contacts', 'campaigns.colours', 'regions.name as regionName', 'organisations.name as organisationName'])
    .where('campaigns.slug', '=', slug)
    .executeTakeFirst();
  if (!c || c.status !== 'published') throw new AppError('not_found');
  const content = campaignContent(platform.config.campaignsDir);
  const theme = content.theme(c.theme);
  if (!theme) throw new AppError('not_found');
  const languages = JSON.parse(c.languages) as Locale[];
  const locale: Locale = isLocale(wanted) && languages.includes(wanted) ? wanted : languages[0]!;
  const texts = content.textsOf(theme, locale);
  const common = content.commonOf(locale);
  const chosen = (JSON.parse(c.messages) as CampaignMessages)[locale];
  const [logos, kit] = await Promise.all([
    platform.db.selectFrom('campaign_logos').select(['id', 'name', 'width', 'height']).where('campaignId', '=', c.id).orderBy('position').execute(),
    platform.db.selectFrom('campaign_kits').select('id').where('campaignId', '=', c.id).where('status', '=', 'done').executeTakeFirst(),
  ]);
  return {
    id: c.id,
    slug: c.slug,
    locale,
    languages,
    regionName: c.regionName,
    organisationName: c.organisationName,
    headline: texts.headline,
    subline: texts.subline,
    messages: chosen?.length ? chosen.map((m) => m.text) : texts.messages.slice(0, 3).map((m) => m.text),
    headings: { messages: common.messagesHeading, tips: common.tipsHeading, signs: common.signsHeading, help: common.helpHeading },
    safetyNote: common.safetyNote,
    tips: common.tips,
    signs: common.signs,
    hoursLabel: common.hours,
    fallback: common.contactsFallback,
    contacts: JSON.parse(c.contacts) as CampaignContact[],
    colours: JSON.parse(c.colours) as ThemeColours,
    logos: logos.map((l) => ({ id: l.id, name: l.name, width: l.width, height: l.height })),
    sources: common.sources,
    hasKit: Boolean(kit),
  };
}
export type PublicCampaign = Awaited<ReturnType<typeof publicCampaign>>;
