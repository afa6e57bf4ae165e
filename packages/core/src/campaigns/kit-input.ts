import type { Locale } from '../i18n/locales.ts';
import type { Platform } from '../platform.ts';
import type { KitInput } from './render/kit.ts';
import type { CampaignContact, CampaignMessages } from './schema.ts';
import type { ThemeColours } from './theme-schema.ts';
import { campaignContent } from './themes.ts';

/** The campaign's public page in a language, and the distinct address its QR codes lead to. */
export function campaignUrls(publicUrl: string, slug: string) {
  return {
    page: (locale: Locale) => `${publicUrl}/c/${slug}?lang=${locale}`,
    qr: (locale: Locale) => `${publicUrl}/c/${slug}/q/${locale}`,
  };
}

/** Everything the renderer needs for a campaign, read from the database and the theme files. */
export async function kitInputOf(platform: Pick<Platform, 'db' | 'config' | 'clock'>, campaignId: string): Promise<KitInput> {
  const campaign = await platform.db
    .selectFrom('campaigns')
    .innerJoin('organisations', 'organisations.id', 'campaigns.organisationId')
    .innerJoin('regions', 'regions.id', 'campaigns.regionId')
    .select(['campaigns.slug', 'campaigns.name', 'campaigns.languages', 'campaigns.theme', 'campaigns.messages', 'campaigns.contacts', 'campaigns.colours', 'organisations.name as organisationName', 'regions.name as regionName'])
    .where('campaigns.id', '=', campaignId)
    .executeTakeFirstOrThrow();
  const logos = await platform.db.selectFrom('campaign_logos').select(['mediaType', 'bytes', 'width', 'height']).where('campaignId', '=', campaignId).orderBy('position').execute();
  const content = campaignContent(platform.config.campaignsDir);
  const theme = content.theme(campaign.theme);
  if (!theme) throw new Error(`campaign ${campaignId}: theme ${campaign.theme} is not installed`);
  const messages = JSON.parse(campaign.messages) as CampaignMessages;
  const urls = campaignUrls(platform.config.publicUrl, campaign.slug);
  return {
    content,
    theme,
    languages: JSON.parse(campaign.languages) as Locale[],
    messages: Object.fromEntries(Object.entries(messages).map(([l, list]) => [l, (list ?? []).map((m) => m.text)])),
    contacts: JSON.parse(campaign.contacts) as CampaignContact[],
    colours: JSON.parse(campaign.colours) as ThemeColours,
    logos: logos.map((l) => ({ dataUri: `data:${l.mediaType};base64,${Buffer.from(l.bytes).toString('base64')}`, width: l.width, height: l.height })),
    regionName: campaign.regionName,
    organisationName: campaign.organisationName,
    campaignName: campaign.name,
    pageUrl: urls.page,
    qrUrl: urls.qr,
    date: platform.clock.now(),
  };
}
