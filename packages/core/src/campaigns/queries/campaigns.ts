import type { Actor } from '../../accounts/actor.ts';
import { AppError } from '../../errors.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Platform } from '../../platform.ts';
import { managedCampaign } from '../commands/authoring.ts';
import { campaignUrls } from '../kit-input.ts';
import { authorizeCampaign } from '../policies.ts';
import type { CampaignContact, CampaignMessages, CampaignStatus, ReachKind } from '../schema.ts';
import type { ThemeColours } from '../theme-schema.ts';

type Db = Pick<Platform, 'db'>;

export interface ReachTotals {
  view: number;
  qr: number;
  download: number;
}

async function reachTotals(platform: Db, campaignIds: string[]): Promise<Map<string, ReachTotals>> {
  const totals = new Map<string, ReachTotals>();
  if (!campaignIds.length) return totals;
  const rows = await platform.db
    .selectFrom('campaign_reach')
    .select(['campaignId', 'kind', (eb) => eb.fn.sum<number | string>('count').as('total')])
    .where('campaignId', 'in', campaignIds)
    .groupBy(['campaignId', 'kind'])
    .execute();
  for (const r of rows) {
    const t = totals.get(r.campaignId) ?? { view: 0, qr: 0, download: 0 };
    t[r.kind as ReachKind] = Number(r.total);
    totals.set(r.campaignId, t);
  }
  return totals;
}

/** The campaigns of an organisation for its coordinators, newest first, with their reach. */
export async function campaignsOfOrganisation(platform: Db, actor: Actor, organisationId: string) {
  authorizeCampaign(actor, 'campaign.manage', { organisationId });
  const rows = await platform.db
    .selectFrom('campaigns')
    .select(['id', 'slug', 'name', 'status', 'languages', 'theme', 'updatedAt', 'publishedAt'])
    .where('organisationId', '=', organisationId)
    .orderBy('createdAt', 'desc')
    .execute();
  const reach = await reachTotals(platform, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    status: r.status as CampaignStatus,
    languages: JSON.parse(r.languages) as Locale[],
    theme: r.theme,
    updatedAt: r.updatedAt,
    publishedAt: r.publishedAt,
    reach: reach.get(r.id) ?? { view: 0, qr: 0, download: 0 },
  }));
}

export interface KitStatus {
  id: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  done: number;
  total: number;
  size: number | null;
  createdAt: string;
  finishedAt: string | null;
  failed: boolean;
}

/** Everything the campaign builder shows: the draft, logos, kits and reach per day. */
export async function campaignForEditing(platform: Pick<Platform, 'db' | 'config'>, actor: Actor, campaignId: string) {
  const c = await managedCampaign(platform, actor, campaignId);
  const [owner, logos, kits, reachRows] = await Promise.all([
    platform.db.selectFrom('organisations').innerJoin('regions', 'regions.id', 'organisations.regionId').select(['organisations.name as organisationName', 'regions.name as regionName']).where('organisations.id', '=', c.organisationId).executeTakeFirstOrThrow(),
    platform.db.selectFrom('campaign_logos').select(['id', 'name', 'width', 'height', 'mediaType']).where('campaignId', '=', c.id).orderBy('position').execute(),
    platform.db.selectFrom('campaign_kits').select(['id', 'status', 'done', 'total', 'size', 'createdAt', 'finishedAt']).where('campaignId', '=', c.id).orderBy('createdAt', 'desc').limit(5).execute(),
    platform.db.selectFrom('campaign_reach').select(['day', 'kind', 'count']).where('campaignId', '=', c.id).orderBy('day', 'desc').limit(3 * 60).execute(),
  ]);
  const totals = (await reachTotals(platform, [c.id])).get(c.id) ?? { view: 0, qr: 0, download: 0 };
  const days = new Map<string, ReachTotals>();
  for (const r of reachRows) {
    const d = days.get(r.day) ?? { view: 0, qr: 0, download: 0 };
    d[r.kind as ReachKind] = Number(r.count);
    days.set(r.day, d);
  }
  const urls = campaignUrls(platform.config.publicUrl, c.slug);
  const languages = JSON.parse(c.languages) as Locale[];
  return {
    id: c.id,
    organisationId: c.organisationId,
    organisationName: owner.organisationName,
    regionName: owner.regionName,
    slug: c.slug,
    name: c.name,
    status: c.status as CampaignStatus,
    languages,
    audience: c.audience,
    theme: c.theme,
    messages: JSON.parse(c.messages) as CampaignMessages,
    contacts: JSON.parse(c.contacts) as CampaignContact[],
    colours: JSON.parse(c.colours) as ThemeColours,
    logos: logos.map((l) => ({ id: l.id, name: l.name, width: l.width, height: l.height })),
    kits: kits.map((k): KitStatus => ({ id: k.id, status: k.status as KitStatus['status'], done: k.done, total: k.total, size: k.size, createdAt: k.createdAt, finishedAt: k.finishedAt, failed: k.status === 'failed' })),
    reach: { totals, days: [...days.entries()].map(([day, counts]) => ({ day, ...counts })) },
    pageUrl: urls.page(languages[0] ?? 'en'),
    updatedAt: c.updatedAt,
  };
}
export type CampaignEditing = Awaited<ReturnType<typeof campaignForEditing>>;

/** A finished kit's ZIP for the coordinators. */
export async function campaignKitZip(platform: Db, actor: Actor, campaignId: string, kitId: string): Promise<{ zip: Uint8Array; filename: string }> {
  const c = await managedCampaign(platform, actor, campaignId);
  const kit = await platform.db.selectFrom('campaign_kits').select(['zip']).where('id', '=', kitId).where('campaignId', '=', c.id).where('status', '=', 'done').executeTakeFirst();
  if (!kit?.zip) throw new AppError('not_found');
  return { zip: kit.zip, filename: `${c.slug}-kit.zip` };
}

/** The latest kit of a published campaign, offered to partners on the public page. */
export async function publicCampaignKit(platform: Db, slug: string): Promise<{ campaignId: string; zip: Uint8Array; filename: string }> {
  const row = await platform.db
    .selectFrom('campaign_kits')
    .innerJoin('campaigns', 'campaigns.id', 'campaign_kits.campaignId')
    .select(['campaigns.id as campaignId', 'campaign_kits.zip'])
    .where('campaigns.slug', '=', slug)
    .where('campaigns.status', '=', 'published')
    .where('campaign_kits.status', '=', 'done')
    .orderBy('campaign_kits.createdAt', 'desc')
    .executeTakeFirst();
  if (!row?.zip) throw new AppError('not_found');
  return { campaignId: row.campaignId, zip: row.zip, filename: `${slug}-kit.zip` };
}

/**
 * A partner logo: public once the campaign is published; before that, only for those who manage
 * the campaign (the builder's preview).
 */
export async function campaignLogo(platform: Db, actor: Actor | null, campaignId: string, logoId: string): Promise<{ mediaType: string; bytes: Uint8Array }> {
  const row = await platform.db
    .selectFrom('campaign_logos')
    .innerJoin('campaigns', 'campaigns.id', 'campaign_logos.campaignId')
    .select(['campaign_logos.mediaType', 'campaign_logos.bytes', 'campaigns.status', 'campaigns.organisationId'])
    .where('campaign_logos.id', '=', logoId)
    .where('campaigns.id', '=', campaignId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  if (row.status !== 'published') {
    if (!actor) throw new AppError('not_found');
    authorizeCampaign(actor, 'campaign.manage', row);
  }
  return { mediaType: row.mediaType, bytes: row.bytes };
}
