import type { Actor } from '../../accounts/actor.ts';
import { roleIn } from '../../accounts/actor.ts';
import { AppError } from '../../errors.ts';
import { LOCALE_NATIVE_NAMES, type Locale } from '../../i18n/locales.ts';
import { newId } from '../../ids.ts';
import type { Platform } from '../../platform.ts';
import { fieldError, parseInput } from '../../validation.ts';
import { checkColours } from '../contrast.ts';
import { checkLogo } from '../logo-image.ts';
import { authorizeCampaign } from '../policies.ts';
import { basicsInput, type CampaignMessages, coloursInput, contactsInput, createCampaignInput, logoInput, MAX_LOGOS, messagesInput, themeInput } from '../schema.ts';
import { campaignContent } from '../themes.ts';

type Deps = Pick<Platform, 'db' | 'clock' | 'audit' | 'config'>;

/** The campaign row, if the actor may manage it (outsiders: not_found). */
export async function managedCampaign(platform: Pick<Platform, 'db'>, actor: Actor, campaignId: string) {
  const campaign = await platform.db.selectFrom('campaigns').selectAll().where('id', '=', campaignId).executeTakeFirst();
  if (!campaign) throw new AppError('not_found');
  authorizeCampaign(actor, 'campaign.manage', campaign);
  return campaign;
}

async function slugFree(platform: Pick<Platform, 'db'>, slug: string, exceptId?: string) {
  let q = platform.db.selectFrom('campaigns').select('id').where('slug', '=', slug);
  if (exceptId) q = q.where('id', '<>', exceptId);
  if (await q.executeTakeFirst()) throw fieldError('slug', 'validation:slugTaken');
}

/** A draft campaign of one of the actor's organisations, in that organisation's region, on the first theme. */
export async function createCampaign(platform: Deps, actor: Actor, organisationId: string, input: unknown, requestId?: string): Promise<{ id: string }> {
  if (!actor.isPlatformAdmin && !roleIn(actor, organisationId)) throw fieldError('organisationId', 'validation:invalidInput');
  authorizeCampaign(actor, 'campaign.manage', { organisationId });
  const data = parseInput(createCampaignInput, input);
  const organisation = await platform.db.selectFrom('organisations').select('regionId').where('id', '=', organisationId).executeTakeFirst();
  if (!organisation) throw new AppError('not_found');
  await slugFree(platform, data.slug);
  const theme = campaignContent(platform.config.campaignsDir).themes[0]!;
  const id = newId();
  const now = platform.clock.now().toISOString();
  const language: Locale = actor.locale ?? 'en';
  await platform.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('campaigns')
      .values({
        id,
        slug: data.slug,
        organisationId,
        regionId: organisation.regionId,
        name: data.name,
        status: 'draft',
        languages: JSON.stringify([language]),
        audience: theme.structure.audiences[0]!,
        theme: theme.structure.slug,
        messages: '{}',
        contacts: '[]',
        colours: JSON.stringify(theme.structure.colours),
        createdByUserId: actor.userId,
        createdAt: now,
        updatedAt: now,
        publishedAt: null,
      })
      .execute();
    await platform.audit.record({ event: 'campaign.created', actorUserId: actor.userId, organisationId, subjectType: 'campaign', subjectId: id, requestId: requestId ?? null }, trx);
  });
  return { id };
}

async function save(platform: Deps, actor: Actor, campaignId: string, columns: Record<string, string>) {
  const campaign = await managedCampaign(platform, actor, campaignId);
  await platform.db
    .updateTable('campaigns')
    .set({ ...columns, updatedAt: platform.clock.now().toISOString() })
    .where('id', '=', campaign.id)
    .execute();
  return campaign;
}

/** Step 1: name, address, languages (the first is the main one) and audience. */
export async function saveCampaignBasics(platform: Deps, actor: Actor, campaignId: string, input: unknown): Promise<void> {
  const campaign = await managedCampaign(platform, actor, campaignId);
  const data = parseInput(basicsInput, input);
  // A published page's address is printed on posters and in QR codes: it no longer changes.
  const slug = campaign.status === 'draft' ? data.slug : campaign.slug;
  await slugFree(platform, slug, campaign.id);
  const languages = [...new Set(data.languages)];
  await save(platform, actor, campaignId, { name: data.name, slug, languages: JSON.stringify(languages), audience: data.audience });
}

/**
 * Step 2: the theme. Messages chosen from another theme no longer apply and are reset; colours
 * follow the new theme unless the coordinator had chosen their own.
 */
export async function saveCampaignTheme(platform: Deps, actor: Actor, campaignId: string, input: unknown): Promise<void> {
  const campaign = await managedCampaign(platform, actor, campaignId);
  const { theme: slug } = parseInput(themeInput, input);
  const content = campaignContent(platform.config.campaignsDir);
  const theme = content.theme(slug);
  if (!theme) throw fieldError('theme', 'validation:theme');
  if (slug === campaign.theme) return;
  const previous = content.theme(campaign.theme);
  const ownColours = !previous || campaign.colours !== JSON.stringify(previous.structure.colours);
  await save(platform, actor, campaignId, { theme: slug, messages: '{}', ...(ownColours ? {} : { colours: JSON.stringify(theme.structure.colours) }) });
}

/**
 * Step 3: one to three key messages per language, chosen from the theme's and reworded as the
 * region needs. Input: `{ [locale]: [{ key, text }] }` for the campaign's languages.
 */
export async function saveCampaignMessages(platform: Deps, actor: Actor, campaignId: string, input: unknown): Promise<void> {
  const campaign = await managedCampaign(platform, actor, campaignId);
  const data = parseInput(messagesInput, input);
  const theme = campaignContent(platform.config.campaignsDir).theme(campaign.theme);
  if (!theme) throw new AppError('conflict');
  const keys = new Set(theme.texts.en.messages.map((m) => m.key));
  const languages = JSON.parse(campaign.languages) as Locale[];
  const kept: CampaignMessages = {};
  for (const locale of languages) {
    const chosen = (data[locale] ?? []).filter((m) => keys.has(m.key));
    if (chosen.length < 1 || chosen.length > 3) throw fieldError(`messages.${locale}`, 'validation:campaignMessagesCount', { language: LOCALE_NATIVE_NAMES[locale] });
    kept[locale] = chosen;
  }
  await save(platform, actor, campaignId, { messages: JSON.stringify(kept) });
}

/** Step 4: up to four places to get help (helplines, local services) with phone, web and hours. */
export async function saveCampaignContacts(platform: Deps, actor: Actor, campaignId: string, input: unknown): Promise<void> {
  const contacts = parseInput(contactsInput, input);
  await save(platform, actor, campaignId, { contacts: JSON.stringify(contacts) });
}

/** Step 6: colours; a pair people with low vision could not read is refused with its ratio. */
export async function saveCampaignColours(platform: Deps, actor: Actor, campaignId: string, input: unknown): Promise<void> {
  const colours = parseInput(coloursInput, input);
  const check = checkColours(colours);
  if (check.failures.length) {
    const fields: Record<string, Array<{ key: string; values: Record<string, string> }>> = {};
    if (check.failures.includes('text')) fields.text = [{ key: 'validation:contrastText', values: { ratio: check.textRatio.toFixed(1) } }];
    if (check.failures.includes('accent')) fields.accent = [{ key: 'validation:contrastAccent', values: { ratio: check.accentRatio.toFixed(1) } }];
    throw new AppError('validation_failed', 'unreadable colours', { fields });
  }
  await save(platform, actor, campaignId, { colours: JSON.stringify(colours) });
}

/** Step 5: a partner logo (PNG or JPEG, ≤ 1 MB, 64–4000 px), checked by its bytes; at most four. */
export async function addCampaignLogo(platform: Deps, actor: Actor, campaignId: string, input: unknown, bytes: Uint8Array): Promise<{ id: string }> {
  const campaign = await managedCampaign(platform, actor, campaignId);
  const { name } = parseInput(logoInput, input);
  const image = checkLogo(bytes);
  const id = newId();
  await platform.db.transaction().execute(async (trx) => {
    const logos = await trx.selectFrom('campaign_logos').select(['position']).where('campaignId', '=', campaign.id).execute();
    if (logos.length >= MAX_LOGOS) throw fieldError('logo', 'validation:logoLimit', { max: MAX_LOGOS });
    await trx
      .insertInto('campaign_logos')
      .values({ id, campaignId: campaign.id, position: Math.max(0, ...logos.map((l) => l.position)) + 1, name, mediaType: image.mediaType, width: image.width, height: image.height, bytes, createdAt: platform.clock.now().toISOString() })
      .execute();
    await trx.updateTable('campaigns').set({ updatedAt: platform.clock.now().toISOString() }).where('id', '=', campaign.id).execute();
  });
  return { id };
}

export async function removeCampaignLogo(platform: Deps, actor: Actor, campaignId: string, logoId: string): Promise<void> {
  const campaign = await managedCampaign(platform, actor, campaignId);
  const result = await platform.db.deleteFrom('campaign_logos').where('id', '=', logoId).where('campaignId', '=', campaign.id).executeTakeFirst();
  if (!Number(result.numDeletedRows)) throw new AppError('not_found');
}

/** Publishing needs a place to get help: the page exists to lead people to it. */
export async function publishCampaign(platform: Deps, actor: Actor, campaignId: string, requestId?: string): Promise<void> {
  const campaign = await managedCampaign(platform, actor, campaignId);
  if (!(JSON.parse(campaign.contacts) as unknown[]).length) throw fieldError('contacts', 'validation:campaignNoContacts');
  const now = platform.clock.now().toISOString();
  await platform.db.transaction().execute(async (trx) => {
    await trx.updateTable('campaigns').set({ status: 'published', publishedAt: campaign.publishedAt ?? now, updatedAt: now }).where('id', '=', campaign.id).execute();
    await platform.audit.record({ event: 'campaign.published', actorUserId: actor.userId, organisationId: campaign.organisationId, subjectType: 'campaign', subjectId: campaign.id, requestId: requestId ?? null }, trx);
  });
}

/** Takes the page offline (printed QR codes then lead to a "no longer available" page). */
export async function unpublishCampaign(platform: Deps, actor: Actor, campaignId: string, requestId?: string): Promise<void> {
  const campaign = await managedCampaign(platform, actor, campaignId);
  const now = platform.clock.now().toISOString();
  await platform.db.transaction().execute(async (trx) => {
    await trx.updateTable('campaigns').set({ status: 'archived', updatedAt: now }).where('id', '=', campaign.id).execute();
    await platform.audit.record({ event: 'campaign.unpublished', actorUserId: actor.userId, organisationId: campaign.organisationId, subjectType: 'campaign', subjectId: campaign.id, requestId: requestId ?? null }, trx);
  });
}
