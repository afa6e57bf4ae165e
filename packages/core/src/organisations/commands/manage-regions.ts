import type { Actor } from '../../accounts/actor.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { Platform } from '../../platform.ts';
import { fieldError, parseInput } from '../../validation.ts';
import { authorizePlatform } from '../policies.ts';
import { regionInput } from '../schema.ts';

export interface RegionView {
  id: string;
  slug: string;
  name: string;
  countryCode: string;
  defaultLocale: string;
}

export async function createRegion(platform: Platform, actor: Actor, input: unknown, requestId?: string): Promise<RegionView> {
  authorizePlatform(actor, 'platform.manageRegions');
  const data = parseInput(regionInput, input);
  const now = platform.clock.now().toISOString();
  const id = newId();
  await platform.db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('regions').select('id').where('slug', '=', data.slug).executeTakeFirst();
    if (taken) throw fieldError('slug', 'validation:slugTaken');
    await trx.insertInto('regions').values({ id, ...data, createdAt: now, updatedAt: now }).execute();
    await platform.audit.record({ event: 'region.created', actorUserId: actor.userId, subjectType: 'region', subjectId: id, data: { slug: data.slug }, requestId: requestId ?? null }, trx);
  });
  return { id, ...data };
}

export async function updateRegion(platform: Platform, actor: Actor, regionId: string, input: unknown, requestId?: string): Promise<RegionView> {
  authorizePlatform(actor, 'platform.manageRegions');
  const data = parseInput(regionInput, input);
  await platform.db.transaction().execute(async (trx) => {
    const region = await trx.selectFrom('regions').select('id').where('id', '=', regionId).executeTakeFirst();
    if (!region) throw new AppError('not_found');
    const taken = await trx.selectFrom('regions').select('id').where('slug', '=', data.slug).where('id', '!=', regionId).executeTakeFirst();
    if (taken) throw fieldError('slug', 'validation:slugTaken');
    await trx.updateTable('regions').set({ ...data, updatedAt: platform.clock.now().toISOString() }).where('id', '=', regionId).execute();
    await platform.audit.record({ event: 'region.updated', actorUserId: actor.userId, subjectType: 'region', subjectId: regionId, requestId: requestId ?? null }, trx);
  });
  return { id: regionId, ...data };
}
