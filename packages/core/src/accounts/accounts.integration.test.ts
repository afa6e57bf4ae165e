import { testDialects } from '@destalk/db/testing';
import { getMigrations } from 'better-auth/db/migration';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  actorFor,
  cookieHeader,
  createOrganisation,
  createUser,
  enrolTwoFactor,
  linkIn,
  outbox,
  requestMeta,
  signInCookie,
  TEST_PASSWORD,
  tokenFrom,
  totpFor,
} from '../testing/factories.ts';
import { createTestPlatform, type TestPlatform } from '../testing/test-platform.ts';
import { loadActor } from './actor.ts';
import { requestMagicLink } from './commands/request-magic-link.ts';
import { requestPasswordReset } from './commands/request-password-reset.ts';
import { resetPassword } from './commands/reset-password.ts';
import { revokeOtherSessions, revokeSession } from './commands/revoke-session.ts';
import { signIn } from './commands/sign-in.ts';
import { signUp } from './commands/sign-up.ts';
import { disableTwoFactor } from './commands/two-factor-enrolment.ts';
import { verifyEmail } from './commands/verify-email.ts';
import { verifyMagicLink } from './commands/verify-magic-link.ts';
import { verifyTwoFactorSignIn } from './commands/verify-two-factor-sign-in.ts';
import { listSessions } from './queries/list-sessions.ts';
import { errorOf } from '../testing/app-error.ts';

describe.each(testDialects())('accounts on %s', (dialect) => {
  let platform: TestPlatform;
  beforeEach(async () => {
    platform = await createTestPlatform(dialect);
  });
  afterEach(async () => {
    await platform.destroy();
  });

  it('has exactly the tables and columns better-auth expects', async () => {
    const { toBeCreated, toBeAdded } = await getMigrations(platform.auth.options);
    expect(toBeCreated).toEqual([]);
    expect(toBeAdded).toEqual([]);
  });

  it('signs up, refuses sign-in until the e-mail is confirmed, then signs in', async () => {
    await signUp(platform, { name: 'Ada Lovelace', email: 'Ada@Example.org', password: 'a-long-password', privacyNotice: 'yes' }, requestMeta('', { locale: 'it' }), { version: '2' });
    const [mail] = await outbox(platform);
    expect(mail).toMatchObject({ toAddress: 'ada@example.org', template: 'verifyEmail', locale: 'it' });
    // The privacy notice the form showed is recorded: which version, in which language, when.
    const ada = await platform.db.selectFrom('users').select('id').where('email', '=', 'ada@example.org').executeTakeFirstOrThrow();
    expect(await platform.db.selectFrom('consents').select(['userId', 'kind', 'version', 'locale', 'withdrawnAt']).execute()).toEqual([
      { userId: ada.id, kind: 'privacy_notice', version: '2', locale: 'it', withdrawnAt: null },
    ]);
    const signInBefore = await errorOf(signIn(platform, { email: 'ada@example.org', password: 'a-long-password' }, requestMeta()));
    expect(signInBefore.code).toBe('email_not_verified');

    await verifyEmail(platform, { token: tokenFrom(linkIn(mail!.textBody, platform.config.publicUrl)) }, requestMeta());
    const result = await signIn(platform, { email: 'ada@example.org', password: 'a-long-password' }, requestMeta());
    expect(result.value.status).toBe('signed_in');
    const actor = await actorFor(platform, cookieHeader(result.setCookies));
    expect(actor).toMatchObject({ name: 'Ada Lovelace', email: 'ada@example.org', locale: 'it', isPlatformAdmin: false, twoFactorEnabled: false, memberships: [] });
    expect(result.setCookies[0]).toMatch(/^destalk\.session_token=.+; Max-Age=604800; Path=\/; HttpOnly; SameSite=Lax$/);
  });

  it('answers a sign-up for a known address like any other and e-mails the owner instead', async () => {
    const { email } = await createUser(platform, { email: 'known@example.org' });
    await signUp(platform, { name: 'Someone', email, password: 'another-password', privacyNotice: 'yes' }, requestMeta(), { version: '1' });
    const mails = await outbox(platform);
    expect(mails.map((m) => [m.toAddress, m.template, m.subject])).toEqual([['known@example.org', 'accountExists', 'About your account']]);
    const users = await platform.db.selectFrom('users').select('id').where('email', '=', email).execute();
    expect(users).toHaveLength(1);
    // The owner's own records are not touched by someone else's form.
    expect(await platform.db.selectFrom('consents').select('id').execute()).toEqual([]);
  });

  it('rejects a wrong password and an unknown address with the same error and records the failure', async () => {
    const { email, userId } = await createUser(platform);
    expect((await errorOf(signIn(platform, { email, password: 'wrong-password' }, requestMeta()))).code).toBe('invalid_credentials');
    expect((await errorOf(signIn(platform, { email: 'nobody@example.org', password: 'wrong-password' }, requestMeta()))).code).toBe('invalid_credentials');
    const events = await platform.db.selectFrom('audit_events').select(['event', 'subjectId']).orderBy('id').execute();
    expect(events).toEqual([
      { event: 'auth.sign_in_failed', subjectId: userId },
      { event: 'auth.sign_in_failed', subjectId: null },
    ]);
  });

  it('limits sign-in attempts per address', async () => {
    const { email } = await createUser(platform);
    for (let i = 0; i < 8; i++) {
      expect((await errorOf(signIn(platform, { email, password: 'wrong-password' }, requestMeta('', { clientAddress: `10.0.0.${i}` })))).code).toBe('invalid_credentials');
    }
    const limited = await errorOf(signIn(platform, { email, password: TEST_PASSWORD }, requestMeta('', { clientAddress: '10.0.1.1' })));
    expect(limited.code).toBe('rate_limited');
    expect(limited.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('validates input with field-level keys and writes nothing', async () => {
    const error = await errorOf(signUp(platform, { name: '', email: 'not-an-address', password: 'short' }, requestMeta(), { version: '1' }));
    expect(error.code).toBe('validation_failed');
    expect(error.fields).toEqual({
      name: [{ key: 'validation:required', values: { min: 1 } }],
      email: [{ key: 'validation:email' }],
      password: [{ key: 'validation:passwordTooShort', values: { min: 10 } }],
      privacyNotice: [{ key: 'validation:privacyNoticeRequired' }],
    });
    // A form that is right in every other way still needs the tick, and creates nothing without it.
    const untick = await errorOf(signUp(platform, { name: 'Ada', email: 'ada@example.org', password: 'a-long-password', privacyNotice: '' }, requestMeta(), { version: '1' }));
    expect(untick.fields).toEqual({ privacyNotice: [{ key: 'validation:privacyNoticeRequired' }] });
    expect(await platform.db.selectFrom('users').select('id').execute()).toEqual([]);
    expect(await platform.db.selectFrom('consents').select('id').execute()).toEqual([]);
    expect(await outbox(platform)).toEqual([]);
  });

  it('resets a password from the e-mailed link, signs out old sessions and tells the owner', async () => {
    const { email } = await createUser(platform, { locale: 'de' });
    const oldCookie = await signInCookie(platform, email);
    await requestPasswordReset(platform, { email: 'nobody@example.org' }, requestMeta());
    await requestPasswordReset(platform, { email }, requestMeta());
    const [resetMail] = await outbox(platform);
    expect(resetMail).toMatchObject({ toAddress: email, template: 'resetPassword', locale: 'de' });

    await resetPassword(platform, { token: tokenFrom(linkIn(resetMail!.textBody, platform.config.publicUrl)), password: 'a-brand-new-password' }, requestMeta());
    expect(await loadActor(platform, new Headers({ cookie: oldCookie }))).toBeNull();
    expect((await errorOf(signIn(platform, { email, password: TEST_PASSWORD }, requestMeta()))).code).toBe('invalid_credentials');
    expect((await signIn(platform, { email, password: 'a-brand-new-password' }, requestMeta())).value.status).toBe('signed_in');
    const mails = await outbox(platform);
    expect(mails.map((m) => m.template)).toEqual(['resetPassword', 'passwordChanged']);
    // The link works once.
    const again = await errorOf(resetPassword(platform, { token: tokenFrom(linkIn(resetMail!.textBody, platform.config.publicUrl)), password: 'yet-another-password' }, requestMeta()));
    expect(again.code).toBe('gone');
  });

  it('signs in with a one-time link, which cannot be used twice', async () => {
    const { email, userId } = await createUser(platform);
    await requestMagicLink(platform, { email: 'nobody@example.org' }, requestMeta());
    await requestMagicLink(platform, { email }, requestMeta());
    const mails = await outbox(platform);
    expect(mails.map((m) => [m.toAddress, m.template])).toEqual([[email, 'magicLink']]);
    const token = tokenFrom(linkIn(mails[0]!.textBody, platform.config.publicUrl));
    const result = await verifyMagicLink(platform, { token }, requestMeta());
    expect(result.value.userId).toBe(userId);
    expect((await actorFor(platform, cookieHeader(result.setCookies))).userId).toBe(userId);
    expect((await errorOf(verifyMagicLink(platform, { token }, requestMeta()))).code).toBe('gone');
  });

  it('enrols TOTP, then requires a code (or a recovery code, once) at sign-in', async () => {
    const { email, userId } = await createUser(platform);
    const enrolled = await enrolTwoFactor(platform, await signInCookie(platform, email));
    expect(enrolled.backupCodes).toHaveLength(10);
    expect((await actorFor(platform, enrolled.cookie)).twoFactorEnabled).toBe(true);

    const first = await signIn(platform, { email, password: TEST_PASSWORD }, requestMeta());
    expect(first.value).toEqual({ status: 'two_factor_required' });
    const pending = cookieHeader(first.setCookies);
    expect(pending).toMatch(/destalk\.two_factor=/);
    expect(pending).not.toMatch(/session_token/);
    const wrong = await errorOf(verifyTwoFactorSignIn(platform, 'totp', { code: '000000' }, requestMeta(pending)));
    expect(wrong.fields).toEqual({ code: [{ key: 'validation:totpCode' }] });
    const verified = await verifyTwoFactorSignIn(platform, 'totp', { code: totpFor(enrolled.secret).generate() }, requestMeta(pending));
    expect(verified.value.userId).toBe(userId);
    expect((await actorFor(platform, cookieHeader(verified.setCookies))).userId).toBe(userId);

    const second = cookieHeader((await signIn(platform, { email, password: TEST_PASSWORD }, requestMeta())).setCookies);
    const code = enrolled.backupCodes[0]!;
    expect((await verifyTwoFactorSignIn(platform, 'backup_code', { code }, requestMeta(second))).value.userId).toBe(userId);
    const third = cookieHeader((await signIn(platform, { email, password: TEST_PASSWORD }, requestMeta())).setCookies);
    expect((await errorOf(verifyTwoFactorSignIn(platform, 'backup_code', { code }, requestMeta(third)))).fields).toEqual({ code: [{ key: 'validation:backupCode' }] });

    const events = await platform.db.selectFrom('audit_events').select('event').where('event', 'like', 'auth.two_factor%').orderBy('id').execute();
    expect(events.map((e) => e.event)).toEqual(['auth.two_factor_enabled', 'auth.two_factor_failed', 'auth.two_factor_failed']);
  });

  it('sends no usable magic link to an account with two-step verification', async () => {
    const { email } = await createUser(platform);
    await enrolTwoFactor(platform, await signInCookie(platform, email));
    await outbox(platform); // the "two-step verification turned on" notice
    await platform.db.deleteFrom('outbox_emails').execute();
    await requestMagicLink(platform, { email }, requestMeta());
    const mails = await outbox(platform);
    expect(mails.map((m) => [m.template, m.subject])).toEqual([['magicLinkTwoFactor', 'Your sign-in request']]);
    expect(mails[0]!.textBody).not.toContain('/magic-link/verify');
  });

  it('keeps two-step verification on for coordinators and admins, and lets learners turn it off', async () => {
    const organisation = await createOrganisation(platform);
    for (const overrides of [{ memberships: [[organisation.id, 'coordinator']] as Array<[string, 'coordinator']> }, { admin: true }]) {
      const { email } = await createUser(platform, overrides);
      const enrolled = await enrolTwoFactor(platform, await signInCookie(platform, email));
      const actor = await actorFor(platform, enrolled.cookie);
      expect((await errorOf(disableTwoFactor(platform, actor, { password: TEST_PASSWORD }, requestMeta(enrolled.cookie)))).code).toBe('forbidden');
      expect((await actorFor(platform, enrolled.cookie)).twoFactorEnabled).toBe(true);
    }
    const learner = await createUser(platform, { memberships: [[organisation.id, 'learner']] });
    const enrolled = await enrolTwoFactor(platform, await signInCookie(platform, learner.email));
    const result = await disableTwoFactor(platform, await actorFor(platform, enrolled.cookie), { password: TEST_PASSWORD }, requestMeta(enrolled.cookie));
    expect((await actorFor(platform, cookieHeader(result.setCookies, enrolled.cookie))).twoFactorEnabled).toBe(false);
  });

  it('lists the sessions of the actor only and revokes them', async () => {
    const { email } = await createUser(platform);
    const laptop = await signInCookie(platform, email);
    const phone = await signInCookie(platform, email);
    const other = await createUser(platform);
    await signInCookie(platform, other.email);

    const actor = await actorFor(platform, laptop);
    const sessions = await listSessions(platform, actor);
    expect(sessions).toHaveLength(2);
    expect(sessions[0]).toMatchObject({ id: actor.sessionId, current: true });
    const phoneSession = sessions[1]!;

    const otherActor = await actorFor(platform, await signInCookie(platform, other.email));
    expect((await errorOf(revokeSession(platform, otherActor, phoneSession.id, requestMeta()))).code).toBe('not_found');

    await revokeSession(platform, actor, phoneSession.id, requestMeta());
    expect(await loadActor(platform, new Headers({ cookie: phone }))).toBeNull();
    const tablet = await signInCookie(platform, email);
    expect(await revokeOtherSessions(platform, actor, requestMeta())).toBe(1);
    expect(await loadActor(platform, new Headers({ cookie: tablet }))).toBeNull();
    expect((await loadActor(platform, new Headers({ cookie: laptop })))?.userId).toBe(actor.userId);
  });
});
