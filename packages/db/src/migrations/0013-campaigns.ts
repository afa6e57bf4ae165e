import type { Kysely } from 'kysely';
import type { DialectName } from '../connection.ts';

/**
 * Awareness campaigns: the coordinator's draft (theme, languages, messages, contacts, colours),
 * partner logos, generated kits (a ZIP per generation, with progress), and reach counted as daily
 * aggregates per kind — no visitor identifier or IP address is ever stored.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const bytes = dialect === 'postgres' ? 'bytea' : 'blob';
  await db.schema
    .createTable('campaigns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('organisationId', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('regionId', 'text', (c) => c.notNull().references('regions.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('theme', 'text', (c) => c.notNull())
    .addColumn('messages', 'text', (c) => c.notNull())
    .addColumn('contacts', 'text', (c) => c.notNull())
    .addColumn('colours', 'text', (c) => c.notNull())
    .addColumn('createdByUserId', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .addColumn('publishedAt', 'text')
    .execute();
  await db.schema.createIndex('campaigns_organisation_idx').on('campaigns').columns(['organisationId', 'status']).execute();
  await db.schema.createIndex('campaigns_region_idx').on('campaigns').columns(['regionId', 'status']).execute();

  await db.schema
    .createTable('campaign_logos')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('campaignId', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('mediaType', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('bytes', bytes, (c) => c.notNull())
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('campaign_logos_campaign_idx').on('campaign_logos').columns(['campaignId', 'position']).execute();

  await db.schema
    .createTable('campaign_kits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('campaignId', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('done', 'integer', (c) => c.notNull())
    .addColumn('manifest', 'text')
    .addColumn('zip', bytes)
    .addColumn('size', 'integer')
    .addColumn('error', 'text')
    .addColumn('requestedByUserId', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('finishedAt', 'text')
    .execute();
  await db.schema.createIndex('campaign_kits_campaign_idx').on('campaign_kits').columns(['campaignId', 'createdAt']).execute();

  await db.schema
    .createTable('campaign_reach')
    .addColumn('campaignId', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('campaign_reach_pk', ['campaignId', 'day', 'kind'])
    .execute();
}
