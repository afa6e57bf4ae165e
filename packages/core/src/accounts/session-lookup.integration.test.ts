import { testDialects } from '@destalk/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOrganisation, createUser, signInCookie } from '../testing/factories.ts';
import { createTestPlatform, type TestPlatform } from '../testing/test-platform.ts';
import { loadActor } from './actor.ts';
import { SESSION_DAYS } from './auth.ts';
import { ASK_BETTER_AUTH, lookUpSession } from './session-lookup.ts';

const DAY = 86_400_000;

describe.each(testDialects())('the fast session lookup on %s', (dialect) => {
  let platform: TestPlatform;
  let cookie: string;
  let userId: string;
  beforeEach(async () => {
    platform = await createTestPlatform(dialect);
    const user = await createUser(platform, { email: 'lena@example.org', name: 'Lena M.', locale: 'it' });
    userId = user.userId;
    cookie = await signInCookie(platform, 'lena@example.org');
  });
  afterEach(async () => {
    await platform.destroy();
  });

  const expiresAt = async (value: Date) => {
    const at = dialect === 'postgres' ? value : value.toISOString();
    await platform.db.updateTable('sessions').set({ expiresAt: at as never }).where('userId', '=', userId).execute();
  };

  it('answers a live session with one query, as better-auth would', async () => {
    const found = await lookUpSession(platform, cookie);
    const ours = await loadActor(platform, new Headers({ cookie }));
    const theirs = await platform.auth.api.getSession({ headers: new Headers({ cookie }), query: { disableCookieCache: true } });
    expect(found).toEqual({ sessionId: theirs!.session.id, userId, name: 'Lena M.', email: 'lena@example.org', locale: 'it', isPlatformAdmin: false, twoFactorEnabled: false, memberships: [] });
    expect(ours).toMatchObject({ userId, sessionId: theirs!.session.id, locale: 'it', memberships: [] });
  });

  it('reads the memberships with the session, leaving out archived organisations', async () => {
    const b = await createOrganisation(platform, { name: 'B Centre' });
    const a = await createOrganisation(platform, { name: 'A Service' });
    const gone = await createOrganisation(platform, { name: 'Closed' });
    const now = new Date().toISOString();
    for (const [organisationId, role] of [[b.id, 'trainer'], [a.id, 'learner'], [gone.id, 'coordinator']] as const) {
      await platform.db.insertInto('memberships').values({ id: `m-${organisationId}`, userId, organisationId, role, createdAt: now, updatedAt: now }).execute();
    }
    await platform.db.updateTable('organisations').set({ archivedAt: now }).where('id', '=', gone.id).execute();
    const found = await lookUpSession(platform, cookie);
    expect(found !== null && found !== ASK_BETTER_AUTH && found.memberships).toEqual([
      { membershipId: `m-${a.id}`, organisationId: a.id, organisationName: 'A Service', regionId: a.regionId, role: 'learner' },
      { membershipId: `m-${b.id}`, organisationId: b.id, organisationName: 'B Centre', regionId: b.regionId, role: 'trainer' },
    ]);
    // better-auth's path (a due extension) gives the same actor.
    const fast = await loadActor(platform, new Headers({ cookie }));
    await expiresAt(new Date(Date.now() + (SESSION_DAYS - 2) * DAY));
    expect(await loadActor(platform, new Headers({ cookie }))).toEqual(fast);
  });

  it('should not accept a forged, unknown or revoked session', async () => {
    const [name, value] = cookie.split('=') as [string, string];
    const token = decodeURIComponent(value).split('.')[0]!;
    expect(await lookUpSession(platform, `${name}=${encodeURIComponent(`${token}.${Buffer.alloc(32).toString('base64')}`)}`)).toBeNull();
    expect(await lookUpSession(platform, `${name}=${token}`)).toBeNull();
    expect(await lookUpSession(platform, `${name}=%E0%A4%A`)).toBeNull();
    expect(await lookUpSession(platform, 'other=1')).toBeNull();
    await platform.db.deleteFrom('sessions').where('userId', '=', userId).execute();
    expect(await lookUpSession(platform, cookie)).toBeNull();
    expect(await loadActor(platform, new Headers({ cookie }))).toBeNull();
  });

  it('leaves expired sessions and due extensions to better-auth', async () => {
    // Used two days after sign-in: better-auth extends the expiry (updateAge is one day).
    await expiresAt(new Date(Date.now() + (SESSION_DAYS - 2) * DAY));
    expect(await lookUpSession(platform, cookie)).toBe(ASK_BETTER_AUTH);
    expect((await loadActor(platform, new Headers({ cookie })))?.userId).toBe(userId);
    const extended = await platform.db.selectFrom('sessions').select('expiresAt').where('userId', '=', userId).executeTakeFirstOrThrow();
    expect(new Date(extended.expiresAt as string | Date).getTime()).toBeGreaterThan(Date.now() + (SESSION_DAYS - 1) * DAY);
    expect(await lookUpSession(platform, cookie)).not.toBe(ASK_BETTER_AUTH);

    await expiresAt(new Date(Date.now() - 1000));
    expect(await lookUpSession(platform, cookie)).toBe(ASK_BETTER_AUTH);
    expect(await loadActor(platform, new Headers({ cookie }))).toBeNull();
  });
});
