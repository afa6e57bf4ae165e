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
  const count = async (table: 'regions' | 'organisations') =>
    toNumber((await platform.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  // People: deleted accounts (anonymised tombstones) are nobody.
  const people = await platform.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).where('anonymisedAt', 'is', null).executeTakeFirstOrThrow();
  return {
    regions: await count('regions'),
    organisations: await count('organisations'),
    users: toNumber(people.n),
    failedJobs: (await platform.jobs.listFailed(1000)).length,
    mail: platform.mailer.kind,
  };
}
