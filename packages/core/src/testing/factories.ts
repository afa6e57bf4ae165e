import * as OTPAuth from 'otpauth';
import { type Actor, loadActor } from '../accounts/actor.ts';
import type { RequestMeta } from '../accounts/auth-call.ts';
import { signIn } from '../accounts/commands/sign-in.ts';
import { confirmTwoFactorEnrolment, startTwoFactorEnrolment } from '../accounts/commands/two-factor-enrolment.ts';
import { hashPassword, insertVerifiedAccount } from '../accounts/commands/create-verified-account.ts';
import { newId } from '../ids.ts';
import type { Locale } from '../i18n/locales.ts';
import type { MemberRole, Sector } from '../organisations/schema.ts';
import type { Platform } from '../platform.ts';
import type { TestPlatform } from './test-platform.ts';

let sequence = 0;
const next = () => ++sequence;

export const TEST_PASSWORD = 'test-password-123';

/** Turns Set-Cookie lines into the Cookie header a browser would send back (later lines win). */
export function cookieHeader(setCookies: string[], previous = ''): string {
  const jar = new Map<string, string>();
  for (const pair of previous.split(/;\s*/).filter(Boolean)) {
    const [name, ...rest] = pair.split('=');
    if (name) jar.set(name, rest.join('='));
  }
  for (const line of setCookies) {
    const [pair = ''] = line.split(';');
    const [name, ...rest] = pair.split('=');
    if (!name) continue;
    const value = rest.join('=');
    if (value === '' || /max-age=0/i.test(line)) jar.delete(name);
    else jar.set(name, value);
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

export function requestMeta(cookie = '', overrides: Partial<RequestMeta> = {}): RequestMeta {
  const headers = new Headers(cookie ? { cookie } : {});
  return { headers, clientAddress: '198.51.100.7', requestId: `req-${next()}`, locale: 'en', ...overrides };
}

export async function createRegion(platform: Platform, overrides: { defaultLocale?: Locale } = {}) {
  const n = next();
  const id = newId();
  const now = platform.clock.now().toISOString();
  await platform.db.insertInto('regions').values({ id, slug: `region-${n}`, name: `Region ${n}`, countryCode: 'IT', defaultLocale: overrides.defaultLocale ?? 'en', createdAt: now, updatedAt: now }).execute();
  return { id };
}

export async function createOrganisation(platform: Platform, overrides: { regionId?: string; sector?: Sector; name?: string } = {}) {
  const n = next();
  const regionId = overrides.regionId ?? (await createRegion(platform)).id;
  const id = newId();
  const now = platform.clock.now().toISOString();
  const name = overrides.name ?? `Organisation ${n}`;
  await platform.db
    .insertInto('organisations')
    .values({ id, slug: `organisation-${n}`, name, sector: overrides.sector ?? 'womens_support_service', countryCode: 'IT', regionId, createdAt: now, updatedAt: now })
    .execute();
  return { id, regionId, name };
}

export async function createUser(platform: Platform, overrides: { email?: string; name?: string; admin?: boolean; locale?: Locale; memberships?: Array<[string, MemberRole]> } = {}) {
  const n = next();
  const email = overrides.email ?? `person${n}@example.org`;
  const passwordHash = await hashPassword(platform, TEST_PASSWORD);
  const userId = await platform.db.transaction().execute((trx) =>
    insertVerifiedAccount(trx, platform, { name: overrides.name ?? `Person ${n}`, email, passwordHash, locale: overrides.locale ?? null, isPlatformAdmin: overrides.admin ?? false }),
  );
  const now = platform.clock.now().toISOString();
  for (const [organisationId, role] of overrides.memberships ?? []) {
    await platform.db.insertInto('memberships').values({ id: newId(), userId, organisationId, role, createdAt: now, updatedAt: now }).execute();
  }
  return { userId, email };
}

/** Signs in with the test password and returns the session's Cookie header. */
export async function signInCookie(platform: Platform, email: string, password = TEST_PASSWORD): Promise<string> {
  const result = await signIn(platform, { email, password }, requestMeta());
  if (result.value.status !== 'signed_in') throw new Error('expected a plain sign-in');
  return cookieHeader(result.setCookies);
}

export async function actorFor(platform: Platform, cookie: string): Promise<Actor> {
  const actor = await loadActor(platform, new Headers({ cookie }));
  if (!actor) throw new Error('no session for this cookie');
  return actor;
}

export function totpFor(secret: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
}

/** Enrols TOTP for a signed-in account; returns the new cookie, the secret and the recovery codes. */
export async function enrolTwoFactor(platform: Platform, cookie: string) {
  const actor = await actorFor(platform, cookie);
  const setup = await startTwoFactorEnrolment(platform, actor, { password: TEST_PASSWORD }, requestMeta(cookie));
  const confirmed = await confirmTwoFactorEnrolment(platform, actor, { code: totpFor(setup.secret).generate() }, requestMeta(cookie));
  return { cookie: cookieHeader(confirmed.setCookies, cookie), secret: setup.secret, backupCodes: confirmed.value.backupCodes };
}

/** A user signed in with two-step verification on: what coordinators and admins need. */
export async function elevatedActor(platform: Platform, overrides: Parameters<typeof createUser>[1] = {}) {
  const user = await createUser(platform, overrides);
  const enrolled = await enrolTwoFactor(platform, await signInCookie(platform, user.email));
  return { ...user, ...enrolled, actor: await actorFor(platform, enrolled.cookie) };
}

export async function outbox(platform: TestPlatform) {
  await platform.drainJobs();
  return platform.db.selectFrom('outbox_emails').select(['toAddress', 'subject', 'textBody', 'template', 'locale']).orderBy('createdAt').orderBy('id').execute();
}

/** The first address in an e-mail's text that starts with the platform's public URL. */
export function linkIn(text: string, publicUrl: string): string {
  const match = text.match(new RegExp(`${publicUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s]+`));
  if (!match) throw new Error(`no link in: ${text}`);
  return match[0];
}

export function tokenFrom(link: string): string {
  const url = new URL(link);
  return url.searchParams.get('token') ?? url.pathname.split('/').pop() ?? '';
}
