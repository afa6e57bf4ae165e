import { toNumber } from '@destalk/db';
import type { Actor } from '../accounts/actor.ts';
import { authorizePlatform } from '../organisations/policies.ts';
import type { Platform } from '../platform.ts';

export interface PlatformOverview {
  regions: number;
  organisations: number;
  users: number;
  failedJobs: number;
  mail: 'smtp' | 'outbox';
}

export async function platformOverview(platform: Pick<Platform, 'db' | 'jobs' | 'mailer'>, actor: Actor): Promise<PlatformOverview> {
  authorizePlatform(actor, 'platform.manageOrganisations');
  const count = async (table: 'regions' | 'organisations' | 'users') =>
    toNumber((await platform.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return {
    regions: await count('regions'),
    organisations: await count('organisations'),
    users: await count('users'),
    failedJobs: (await platform.jobs.listFailed(1000)).length,
    mail: platform.mailer.kind,
  };
}
