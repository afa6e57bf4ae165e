import { toBool, toIso } from '@destalk/db';
import { describeUserAgent } from '../../accounts/queries/describe-user-agent.ts';
import type { Platform } from '../../platform.ts';
import type { ExportContext } from './context.ts';

type Db = Pick<Platform, 'db'>;

/** The account itself: who the platform thinks the person is. Never a password hash or a secret. */
export async function profileOf(platform: Db, userId: string) {
  const u = await platform.db
    .selectFrom('users')
    .select(['name', 'email', 'emailVerified', 'locale', 'createdAt', 'twoFactorEnabled', 'isPlatformAdmin'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return {
    name: u.name,
    email: u.email,
    emailConfirmed: toBool(u.emailVerified),
    language: u.locale,
    accountCreatedAt: toIso(u.createdAt),
    twoStepVerification: toBool(u.twoFactorEnabled),
    platformAdministrator: toBool(u.isPlatformAdmin),
  };
}

export async function membershipsOf(platform: Db, userId: string, context: ExportContext) {
  const rows = await platform.db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisationId')
    .select(['organisations.name', 'organisations.sector', 'organisations.countryCode', 'memberships.role', 'memberships.createdAt'])
    .where('memberships.userId', '=', userId)
    .orderBy('memberships.createdAt')
    .orderBy('memberships.id')
    .execute();
  return rows.map((r) => ({ organisation: r.name, sector: context.t(`domain:sector.${r.sector}`), country: r.countryCode, role: r.role, since: r.createdAt }));
}

export async function consentsOf(platform: Db, userId: string) {
  const rows = await platform.db.selectFrom('consents').select(['kind', 'version', 'locale', 'givenAt', 'withdrawnAt']).where('userId', '=', userId).orderBy('givenAt').orderBy('id').execute();
  return rows.map((r) => ({ kind: r.kind, version: r.version, language: r.locale, givenAt: r.givenAt, withdrawnAt: r.withdrawnAt }));
}

/** Signed-in devices: what the browser said it was and when; tokens never leave the server. */
export async function sessionsOf(platform: Db, userId: string) {
  const rows = await platform.db.selectFrom('sessions').select(['userAgent', 'createdAt', 'updatedAt', 'expiresAt']).where('userId', '=', userId).orderBy('createdAt').orderBy('id').execute();
  return rows.map((r) => {
    const device = describeUserAgent(r.userAgent);
    return { browser: device.browser, system: device.system, userAgent: r.userAgent, signedInAt: toIso(r.createdAt), lastActiveAt: toIso(r.updatedAt), expiresAt: toIso(r.expiresAt) };
  });
}

/** The security log's entries about the person: what they did and what was done to their account. */
export async function activityOf(platform: Db, userId: string) {
  const rows = await platform.db
    .selectFrom('audit_events')
    .select(['event', 'occurredAt'])
    .where((eb) => eb.or([eb('actorUserId', '=', userId), eb.and([eb('subjectType', '=', 'user'), eb('subjectId', '=', userId)])]))
    .orderBy('occurredAt')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ event: r.event, at: r.occurredAt }));
}

export async function dataRequestsOf(platform: Db, userId: string) {
  const rows = await platform.db.selectFrom('data_requests').select(['kind', 'requestedAt', 'completedAt', 'outcome']).where('userId', '=', userId).orderBy('requestedAt').orderBy('id').execute();
  return rows.map((r) => ({ kind: r.kind, requestedAt: r.requestedAt, completedAt: r.completedAt, outcome: r.outcome }));
}
