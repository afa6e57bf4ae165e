import type { Actor } from '../../accounts/actor.ts';
import type { Platform } from '../../platform.ts';
import { authorizePrivacy } from '../policies.ts';
import type { DataRequestKind } from '../schema.ts';

export interface DataRequestView {
  id: string;
  kind: DataRequestKind;
  requestedAt: string;
  completedAt: string | null;
  outcome: string | null;
}

/**
 * The log of data requests for platform admins, newest first: what was asked, when, and how it
 * ended — enough to show requests are answered without delay (GDPR Art. 12(3)). It names nobody:
 * a deletion keeps no identity, and who downloaded their data is in the audit log for those who
 * need it.
 */
export async function listDataRequests(platform: Pick<Platform, 'db'>, actor: Actor, limit = 200): Promise<DataRequestView[]> {
  authorizePrivacy(actor, 'privacy.viewRequestLog');
  const rows = await platform.db
    .selectFrom('data_requests')
    .select(['id', 'kind', 'requestedAt', 'completedAt', 'outcome'])
    .orderBy('requestedAt', 'desc')
    .orderBy('id', 'desc')
    .limit(Math.min(limit, 1000))
    .execute();
  return rows.map((r) => ({ ...r, kind: r.kind as DataRequestKind }));
}
