import type { Actor } from '../../accounts/actor.ts';
import { AppError } from '../../errors.ts';
import { isLocale, type Locale } from '../../i18n/locales.ts';
import type { Platform } from '../../platform.ts';
import { managedCampaign } from '../commands/authoring.ts';
import { checkColours } from '../contrast.ts';
import { kitInputOf } from '../kit-input.ts';
import { renderPng } from '../render/draw.ts';
import { assetContent } from '../render/kit.ts';
import type { ThemeColours } from '../theme-schema.ts';

export const PREVIEW_WIDTH = 480;

/**
 * A small PNG of one asset of the campaign as saved, in one of its languages — what the builder
 * shows beside every step. `colours` previews unsaved colours (the colour step's live preview);
 * unreadable ones are ignored, as saving them would be.
 */
export async function campaignAssetPreview(platform: Pick<Platform, 'db' | 'config' | 'clock'>, actor: Actor, campaignId: string, assetKey: string, wanted: string | null, colours?: Partial<ThemeColours>): Promise<Buffer> {
  const campaign = await managedCampaign(platform, actor, campaignId);
  const input = await kitInputOf(platform, campaign.id);
  const asset = input.theme.structure.assets.find((a) => a.key === assetKey);
  if (!asset) throw new AppError('not_found');
  const locale: Locale = isLocale(wanted) && input.languages.includes(wanted) ? wanted : input.languages[0]!;
  const tried = { ...input.colours, ...colours };
  const usable = /^#[0-9a-f]{6}$/i.test(tried.background) && /^#[0-9a-f]{6}$/i.test(tried.text) && /^#[0-9a-f]{6}$/i.test(tried.accent) && !checkColours(tried).failures.length;
  const content = assetContent({ ...input, colours: usable ? tried : input.colours }, locale);
  return renderPng(asset, asset.kind === 'social' ? { ...content, qrUrl: undefined } : content, PREVIEW_WIDTH);
}
