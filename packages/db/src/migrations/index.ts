import type { Kysely } from 'kysely';
import type { DialectName } from '../connection.ts';
import * as authTables from './0001-auth-tables.ts';
import * as organisations from './0002-organisations.ts';
import * as platformServices from './0003-platform-services.ts';
import * as stalkerwareCheck from './0004-stalkerware-check.ts';
import * as learning from './0005-learning.ts';
import * as assetsCertificates from './0006-assets-certificates.ts';
import * as cohortDiscussion from './0007-cohort-discussion.ts';
import * as courseDrafts from './0008-course-drafts.ts';
import * as seatFunction from './0009-seat-function.ts';
import * as pathwaysTools from './0010-pathways-tools.ts';
import * as events from './0011-events.ts';
import * as pathwayStepEvents from './0012-pathway-step-events.ts';
import * as campaigns from './0013-campaigns.ts';
import * as impactPrivacy from './0014-impact-privacy.ts';

export interface DialectMigration {
  up(db: Kysely<unknown>, dialect: DialectName): Promise<void>;
}

/**
 * Every migration, in order. Imported statically (not read from a folder) so the set is
 * bundled into the server build and the CLI alike. Names never change once released.
 */
export const migrations: Record<string, DialectMigration> = {
  '0001-auth-tables': authTables,
  '0002-organisations': organisations,
  '0003-platform-services': platformServices,
  '0004-stalkerware-check': stalkerwareCheck,
  '0005-learning': learning,
  '0006-assets-certificates': assetsCertificates,
  '0007-cohort-discussion': cohortDiscussion,
  '0008-course-drafts': courseDrafts,
  '0009-seat-function': seatFunction,
  '0010-pathways-tools': pathwaysTools,
  '0011-events': events,
  '0012-pathway-step-events': pathwayStepEvents,
  '0013-campaigns': campaigns,
  '0014-impact-privacy': impactPrivacy,
};
