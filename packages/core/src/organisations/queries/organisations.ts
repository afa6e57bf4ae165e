import { toNumber } from '@destalk/db';
import type { Actor } from '../../accounts/actor.ts';
import { AppError } from '../../errors.ts';
import type { Platform } from '../../platform.ts';
import { authorizeOrganisation, authorizePlatform } from '../policies.ts';
import type { Sector } from '../schema.ts';

type Deps = Pick<Platform, 'db'>;

export interface RegionListItem {
  id: string;
  slug: string;
  name: string;
  countryCode: string;
  defaultLocale: string;
  organisationCount: number;
}

export async function listRegions(platform: Deps, actor: Actor): Promise<RegionListItem[]> {
  authorizePlatform(actor, 'platform.manageRegions');
  const rows = await platform.db
    .selectFrom('regions')
    .leftJoin('organisations', 'organisations.regionId', 'regions.id')
    .select((eb) => ['regions.id', 'regions.slug', 'regions.name', 'regions.countryCode', 'regions.defaultLocale', eb.fn.count<number>('organisations.id').as('organisationCount')])
    .groupBy(['regions.id', 'regions.slug', 'regions.name', 'regions.countryCode', 'regions.defaultLocale'])
    .orderBy('regions.name')
    .execute();
  return rows.map((r) => ({ ...r, organisationCount: toNumber(r.organisationCount) }));
}

export async function getRegion(platform: Deps, actor: Actor, regionId: string) {
  authorizePlatform(actor, 'platform.manageRegions');
  const row = await platform.db.selectFrom('regions').select(['id', 'slug', 'name', 'countryCode', 'defaultLocale']).where('id', '=', regionId).executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return row;
}

export interface OrganisationListItem {
  id: string;
  slug: string;
  name: string;
  sector: Sector;
  countryCode: string;
  regionId: string;
  regionName: string;
  memberCount: number;
}

export async function listOrganisations(platform: Deps, actor: Actor): Promise<OrganisationListItem[]> {
  authorizePlatform(actor, 'platform.manageOrganisations');
  const rows = await platform.db
    .selectFrom('organisations')
    .innerJoin('regions', 'regions.id', 'organisations.regionId')
    .leftJoin('memberships', 'memberships.organisationId', 'organisations.id')
    .select((eb) => [
      'organisations.id',
      'organisations.slug',
      'organisations.name',
      'organisations.sector',
      'organisations.countryCode',
      'organisations.regionId',
      'regions.name as regionName',
      eb.fn.count<number>('memberships.id').as('memberCount'),
    ])
    .where('organisations.archivedAt', 'is', null)
    .groupBy(['organisations.id', 'organisations.slug', 'organisations.name', 'organisations.sector', 'organisations.countryCode', 'organisations.regionId', 'regions.name'])
    .orderBy('organisations.name')
    .execute();
  return rows.map((r) => ({ ...r, sector: r.sector as Sector, memberCount: toNumber(r.memberCount) }));
}

export interface OrganisationDetail {
  id: string;
  slug: string;
  name: string;
  sector: Sector;
  countryCode: string;
  regionId: string;
  regionName: string;
}

export async function getOrganisation(platform: Deps, actor: Actor, organisationId: string): Promise<OrganisationDetail> {
  authorizeOrganisation(actor, 'organisation.view', { organisationId });
  const row = await platform.db
    .selectFrom('organisations')
    .innerJoin('regions', 'regions.id', 'organisations.regionId')
    .select(['organisations.id', 'organisations.slug', 'organisations.name', 'organisations.sector', 'organisations.countryCode', 'organisations.regionId', 'regions.name as regionName'])
    .where('organisations.id', '=', organisationId)
    .where('organisations.archivedAt', 'is', null)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return { ...row, sector: row.sector as Sector };
}
