import type { Actor } from '../../accounts/actor.ts';
import type { Platform } from '../../platform.ts';
import { authorizePrivacy } from '../policies.ts';

export interface ConsentView {
  kind: string;
  version: string;
  locale: string;
  givenAt: string;
  withdrawnAt: string | null;
}

/** What the person accepted and when, for their data page: their own records only. */
export async function myConsents(platform: Pick<Platform, 'db'>, actor: Actor): Promise<ConsentView[]> {
  authorizePrivacy(actor, 'privacy.ownData');
  return platform.db
    .selectFrom('consents')
    .select(['kind', 'version', 'locale', 'givenAt', 'withdrawnAt'])
    .where('userId', '=', actor.userId)
    .orderBy('givenAt', 'desc')
    .execute();
}
