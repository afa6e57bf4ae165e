import type { Actor } from '../../accounts/actor.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { Platform } from '../../platform.ts';
import { fieldError, parseInput } from '../../validation.ts';
import { authorizePlatform } from '../policies.ts';
import { type OrganisationInput, organisationInput, type Sector } from '../schema.ts';

export interface OrganisationView {
  id: string;
  slug: string;
  name: string;
  sector: Sector;
  countryCode: string;
  regionId: string;
}

async function assertRegionAndSlug(trx: Platform['db'], data: OrganisationInput, exceptId?: string) {
  const region = await trx.selectFrom('regions').select('id').where('id', '=', data.regionId).executeTakeFirst();
  if (!region) throw fieldError('regionId', 'validation:region');
  let query = trx.selectFrom('organisations').select('id').where('slug', '=', data.slug);
  if (exceptId) query = query.where('id', '!=', exceptId);
  if (await query.executeTakeFirst()) throw fieldError('slug', 'validation:slugTaken');
}

export async function createOrganisation(platform: Platform, actor: Actor, input: unknown, requestId?: string): Promise<OrganisationView> {
  authorizePlatform(actor, 'platform.manageOrganisations');
  const data = parseInput(organisationInput, input);
  const id = newId();
  const now = platform.clock.now().toISOString();
  await platform.db.transaction().execute(async (trx) => {
    await assertRegionAndSlug(trx, data);
    await trx.insertInto('organisations').values({ id, ...data, createdAt: now, updatedAt: now }).execute();
    await platform.audit.record({ event: 'organisation.created', actorUserId: actor.userId, organisationId: id, subjectType: 'organisation', subjectId: id, data: { sector: data.sector }, requestId: requestId ?? null }, trx);
  });
  return { id, ...data };
}

export async function updateOrganisation(platform: Platform, actor: Actor, organisationId: string, input: unknown, requestId?: string): Promise<OrganisationView> {
  authorizePlatform(actor, 'platform.manageOrganisations');
  const data = parseInput(organisationInput, input);
  await platform.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('organisations').select('id').where('id', '=', organisationId).executeTakeFirst();
    if (!existing) throw new AppError('not_found');
    await assertRegionAndSlug(trx, data, organisationId);
    await trx.updateTable('organisations').set({ ...data, updatedAt: platform.clock.now().toISOString() }).where('id', '=', organisationId).execute();
    await platform.audit.record({ event: 'organisation.updated', actorUserId: actor.userId, organisationId, subjectType: 'organisation', subjectId: organisationId, requestId: requestId ?? null }, trx);
  });
  return { id: organisationId, ...data };
}
