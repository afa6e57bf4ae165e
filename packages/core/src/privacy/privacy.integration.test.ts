import { type DB, type Kysely, toNumber } from '@destalk/db';
import { testDialects } from '@destalk/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadActor } from '../accounts/actor.ts';
import { signIn } from '../accounts/commands/sign-in.ts';
import { hashPassword } from '../accounts/commands/create-verified-account.ts';
import { signUp } from '../accounts/commands/sign-up.ts';
import { listUsers } from '../admin/users.ts';
import { verifyCertificate } from '../certificates/queries/certificates.ts';
import { MINUTE, ManualClock } from '../clock.ts';
import { enrolInCohort } from '../learning/commands/enrolment.ts';
import { openCohort } from '../learning/testing/learning-factories.ts';
import { verifyPathwayCertificate } from '../pathways/queries/certificates.ts';
import { errorOf } from '../testing/app-error.ts';
import { actorFor, createOrganisation, createUser, elevatedActor, outbox, requestMeta, signInCookie, TEST_PASSWORD } from '../testing/factories.ts';
import { tablesContaining } from '../testing/stored-text.ts';
import { createTestPlatform, type TestPlatform } from '../testing/test-platform.ts';
import { deleteAccount } from './commands/delete-account.ts';
import { exportPersonalData } from './commands/export-personal-data.ts';
import { listDataRequests } from './queries/data-requests.ts';
import { myConsents } from './queries/my-consents.ts';
import { impactReport } from '../reports/impact-report.ts';
import { anotherPerson, worldWithPerson } from './testing/privacy-factories.ts';

const CONFIRMED = { password: TEST_PASSWORD, confirm: 'yes' };

/** The figures reports are made of, per organisation where they are counted so, and the impact report itself. */
async function figures(platform: TestPlatform) {
  const db: Kysely<DB> = platform.db;
  const report = await impactReport(platform, { kind: 'platform' }, { from: '2000-01-01', to: '2100-12-31' }, platform.translate('en'), 'en');
  const perOrganisation = async (rows: Array<{ organisationId: string | null; n: number | string | bigint }>) =>
    Object.fromEntries(rows.map((r) => [r.organisationId ?? '-', toNumber(r.n)]));
  const count = async (table: 'quiz_attempts' | 'lesson_completions' | 'self_assessments' | 'pathway_step_records' | 'tool_practice_results' | 'users') =>
    toNumber((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return {
    completedEnrolments: await perOrganisation(
      await db.selectFrom('enrolments').innerJoin('cohorts', 'cohorts.id', 'enrolments.cohortId').select(['cohorts.organisationId', (eb) => eb.fn.countAll<number>().as('n')]).where('enrolments.status', '=', 'completed').groupBy('cohorts.organisationId').execute(),
    ),
    certificates: await perOrganisation(await db.selectFrom('certificates').select(['organisationId', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('organisationId').execute()),
    pathwayCompletions: await perOrganisation(
      await db.selectFrom('pathway_enrolments').select(['organisationId', (eb) => eb.fn.countAll<number>().as('n')]).where('completedAt', 'is not', null).groupBy('organisationId').execute(),
    ),
    pathwayCertificates: await perOrganisation(await db.selectFrom('pathway_certificates').select(['organisationId', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('organisationId').execute()),
    memberships: await perOrganisation(await db.selectFrom('memberships').select(['organisationId', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('organisationId').execute()),
    quizAttempts: await count('quiz_attempts'),
    lessonCompletions: await count('lesson_completions'),
    selfAssessments: await count('self_assessments'),
    pathwaySteps: await count('pathway_step_records'),
    practiceResults: await count('tool_practice_results'),
    accounts: await count('users'),
    report: report.tables.map((t) => ({ key: t.key, rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value)]), total: t.total?.map((c) => c.value) ?? null })),
    headline: report.headline.map((h) => [h.key, h.cell.value]),
  };
}

describe.each(testDialects())('privacy on %s', (dialect) => {
  let platform: TestPlatform;
  let clock: ManualClock;
  beforeEach(async () => {
    clock = new ManualClock('2026-11-28T10:00:00.000Z');
    platform = await createTestPlatform(dialect, { clock });
  });
  afterEach(async () => {
    await platform.destroy();
  });

  it('exports exactly the person’s own data, readable, without secrets or anyone else’s data, and logs the request', async () => {
    const w = await worldWithPerson(platform, clock);
    const other = await anotherPerson(platform, w);
    clock.advance(MINUTE);
    const { filename, document } = await exportPersonalData(platform, w.actor, { locale: 'en', toolTitle: (slug) => (slug === 'practice-tool' ? 'Practice tool' : undefined), requestId: 'req-export' });
    const certificate = await platform.db.selectFrom('certificates').select('code').where('userId', '=', w.userId).executeTakeFirstOrThrow();
    const pathwayCertificate = await platform.db.selectFrom('pathway_certificates').select('code').where('userId', '=', w.userId).executeTakeFirstOrThrow();
    const at = '2026-11-28T10:00:00.000Z';
    const later = '2026-11-28T10:01:00.000Z';
    const course = 'Recognising technology-facilitated abuse';

    expect(filename).toBe('destalk-my-data-2026-11-28.json');
    expect(document).toEqual({
      about: { service: 'DeStalk', address: 'http://localhost:3999', generatedAt: '2026-11-28T10:02:00.000Z', language: 'en' },
      data: {
        profile: { name: w.person.name, email: w.person.email, emailConfirmed: true, language: null, accountCreatedAt: at, twoStepVerification: false, platformAdministrator: false },
        memberships: [{ organisation: 'Centro Aurora', sector: "Women's support service", country: 'IT', role: 'learner', since: at }],
        enrolments: [
          {
            course,
            cohort: 'Autumn cohort',
            status: 'completed',
            audience: 'victim_support',
            requestedAt: at,
            seatedAt: at,
            leftAt: null,
            completedAt: later,
            lastActiveAt: later,
            lessonsCompleted: 3,
            lessonCompletions: [
              { lesson: 'Overview', completedAt: later },
              { lesson: 'Asking at intake', completedAt: later },
              { lesson: 'Safety first', completedAt: later },
            ],
          },
        ],
        quizAttempts: [
          { course, quiz: 'Module quiz', attempt: 1, score: 100, passed: true, submittedAt: later },
          { course, quiz: 'Final quiz', attempt: 1, score: 100, passed: true, submittedAt: later },
        ],
        selfAssessments: [
          {
            course,
            moment: 'pre',
            answers: [
              { statement: 'I know the warning signs of stalkerware.', rating: 2 },
              { statement: 'I feel confident asking about technology at intake.', rating: 3 },
            ],
            submittedAt: at,
          },
        ],
        certificates: [{ code: certificate.code, course, nameOnCertificate: w.person.name, issuedAt: later, expiresAt: '2027-11-28T10:01:00.000Z', status: 'valid', revokedAt: null, renewals: [] }],
        pathways: [
          {
            pathway: 'Support pathway',
            organisation: 'Centro Aurora',
            enrolledAt: at,
            completedAt: later,
            stepsCompleted: [
              { step: 'Take the course', kind: 'course', completedBy: 'course', completedAt: later },
              { step: 'Reflect', kind: 'reflection', completedBy: 'reviewer', completedAt: later },
            ],
            reflections: [
              {
                step: 'Reflect',
                text: `I am ${w.person.name}; I would first make sure she has a safer device and a safety plan before anything else happens.`,
                status: 'accepted',
                feedback: null,
                submittedAt: later,
                reviewedAt: later,
              },
            ],
          },
        ],
        pathwayCertificates: [{ code: pathwayCertificate.code, pathway: 'Support pathway', nameOnCertificate: w.person.name, issuedAt: later, expiresAt: '2028-11-28T10:01:00.000Z', status: 'valid', revokedAt: null }],
        toolPractice: [{ tool: 'Practice tool', case: 'case-one', toolVersion: '1.2.0', passedAt: later }],
        // The free-text note was never stored; the structured answers were.
        toolSavedCopies: [{ tool: 'Practice tool', toolVersion: '1.2.0', language: 'en', answers: { location: 'no', channels: ['social'] }, flagsRaised: ['harassed'], savedAt: later, deletedAfter: '2027-02-26T10:01:00.000Z' }],
        checkReportsSaved: [],
        eventRegistrations: [
          {
            event: 'Panel on stalkerware',
            eventStartsAt: '2026-12-10T09:00:00.000Z',
            status: 'pending',
            email: w.person.email,
            name: `Person ${w.person.email}`,
            organisation: 'Centro Aurora',
            sector: "Women's support service",
            country: 'IT',
            accessibilityNeeds: `Captions please, ${w.person.name}`,
            answers: [],
            language: 'en',
            consent: { version: 1, text: 'We use your details to run this event and delete them 30 days after it.', givenAt: later },
            registeredAt: later,
            confirmedAt: null,
            cancelledAt: null,
            attendedAt: null,
          },
        ],
        discussionPosts: [
          { cohort: 'Autumn cohort', kind: 'thread', thread: `Hello from ${w.person.name}`, text: `Write to me at ${w.person.email}.`, postedAt: later, hiddenByFacilitator: false },
          { cohort: 'Autumn cohort', kind: 'reply', thread: `Hello from ${w.person.name}`, text: `${w.person.name} again.`, postedAt: later, hiddenByFacilitator: false },
        ],
        discussionDigests: [],
        consents: [{ kind: 'privacy_notice', version: '1', language: 'en', givenAt: later, withdrawnAt: null }],
        // better-auth stamps sessions with its own clock: the shape is what matters here.
        sessions: [{ browser: null, system: null, userAgent: '', signedInAt: expect.any(String), lastActiveAt: expect.any(String), expiresAt: expect.any(String) }],
        activity: [
          { event: 'auth.sign_in', at },
          { event: 'tool.copy_saved', at: later },
        ],
        dataRequests: [],
      },
    });
    const text = JSON.stringify(document);
    expect(text).not.toContain(other.name);
    expect(text).not.toContain(other.email);
    // Nothing secret: no password hash, no token, no internal id.
    expect(text).not.toMatch(/\$|scrypt|token|"id"/i);
    expect(text).not.toContain(w.userId);

    expect(await platform.db.selectFrom('data_requests').select(['kind', 'userId', 'requestedAt', 'completedAt', 'outcome']).execute()).toEqual([
      { kind: 'export', userId: w.userId, requestedAt: '2026-11-28T10:02:00.000Z', completedAt: '2026-11-28T10:02:00.000Z', outcome: 'delivered' },
    ]);
    const audit = await platform.db.selectFrom('audit_events').select(['event', 'actorUserId', 'subjectId', 'requestId']).where('event', '=', 'account.data_exported').execute();
    expect(audit).toEqual([{ event: 'account.data_exported', actorUserId: w.userId, subjectId: w.userId, requestId: 'req-export' }]);
  });

  it('deletes an account by anonymising it in place: every figure stays, no trace of the name or address is left', async () => {
    const w = await worldWithPerson(platform, clock);
    const other = await anotherPerson(platform, w);
    await platform.drainJobs();
    // Sanity: the search finds the person before (else its silence afterwards would prove nothing).
    expect((await tablesContaining(platform.db, [w.person.name, w.person.email])).sort()).toEqual(
      ['certificates', 'cohort_posts', 'event_registrations', 'invitations', 'jobs', 'outbox_emails', 'pathway_certificates', 'pathway_reflections', 'users', 'verifications'].sort(),
    );
    const before = await figures(platform);
    const certificate = await platform.db.selectFrom('certificates').select('code').where('userId', '=', w.userId).executeTakeFirstOrThrow();
    const pathwayCertificate = await platform.db.selectFrom('pathway_certificates').select('code').where('userId', '=', w.userId).executeTakeFirstOrThrow();

    clock.advance(MINUTE);
    const result = await deleteAccount(platform, w.actor, CONFIRMED, requestMeta(w.cookie, { requestId: 'req-delete' }));
    // The browser's session cookie is cleared.
    expect(result.setCookies.some((c) => /^destalk\.session_token=;/.test(c) && /Max-Age=0/.test(c))).toBe(true);

    expect(await figures(platform)).toEqual(before);
    expect(await tablesContaining(platform.db, [w.person.name, w.person.email])).toEqual([]);
    // The other person is untouched.
    expect(await tablesContaining(platform.db, [other.name, other.email])).toEqual(expect.arrayContaining(['users', 'certificates']));

    const tombstone = await platform.db.selectFrom('users').select(['name', 'email', 'image', 'locale', 'anonymisedAt']).where('id', '=', w.userId).executeTakeFirstOrThrow();
    expect(tombstone).toEqual({ name: 'Deleted account', email: `deleted-${w.userId}@anonymised.invalid`, image: null, locale: null, anonymisedAt: '2026-11-28T10:02:00.000Z' });
    for (const table of ['sessions', 'accounts', 'two_factors', 'tool_saved_copies'] as const) {
      expect(await platform.db.selectFrom(table).select('userId').where('userId', '=', w.userId).execute(), table).toEqual([]);
    }
    // What the person wrote is gone; the rows that count stay.
    expect(await platform.db.selectFrom('pathway_reflections').select(['answer', 'status']).execute()).toEqual([{ answer: '', status: 'accepted' }]);
    expect(await platform.db.selectFrom('cohort_posts').select(['title', 'body']).where('authorUserId', '=', w.userId).orderBy('createdAt').orderBy('id').execute()).toEqual([
      { title: '', body: '' },
      { title: null, body: '' },
    ]);
    // The registration for the coming event is cancelled and erased like an event's erasure does.
    expect(await platform.db.selectFrom('event_registrations').select(['status', 'email', 'name', 'organisationName', 'accessibilityNeeds', 'tokenHash', 'sector', 'country', 'erasedAt']).execute()).toEqual([
      { status: 'cancelled', email: null, name: null, organisationName: null, accessibilityNeeds: null, tokenHash: null, sector: 'womens_support_service', country: 'IT', erasedAt: '2026-11-28T10:02:00.000Z' },
    ]);
    // Consents stay as anonymous records of what was shown, withdrawn now.
    expect(await platform.db.selectFrom('consents').select(['userId', 'kind', 'version', 'withdrawnAt']).execute()).toEqual([{ userId: null, kind: 'privacy_notice', version: '1', withdrawnAt: '2026-11-28T10:02:00.000Z' }]);

    // Certificates still verify publicly, without a name.
    expect(await verifyCertificate(platform, certificate.code, 'en')).toMatchObject({ status: 'valid', holder: '', courseTitle: 'Recognising technology-facilitated abuse' });
    expect(await verifyPathwayCertificate(platform, pathwayCertificate.code, 'en')).toMatchObject({ status: 'valid', holder: '' });

    // Signed out everywhere; the old credentials and the old address open nothing.
    expect(await loadActor(platform, new Headers({ cookie: w.cookie }))).toBeNull();
    expect((await errorOf(signIn(platform, { email: w.person.email, password: TEST_PASSWORD }, requestMeta()))).code).toBe('invalid_credentials');
    expect((await listUsers(platform)).map((u) => u.id)).not.toContain(w.userId);

    // Nothing is ever sent to the tombstone (e.g. a certificate reminder later).
    await platform.drainJobs();
    expect((await outbox(platform)).filter((m) => m.toAddress.endsWith('anonymised.invalid'))).toEqual([]);

    // The address can sign up again, as a new account.
    await signUp(platform, { name: 'Zelda Again', email: w.person.email, password: 'a-long-password', privacyNotice: 'yes' }, requestMeta(), { version: '1' });
    const again = await platform.db.selectFrom('users').select(['id', 'name']).where('email', '=', w.person.email).execute();
    expect(again).toEqual([{ id: expect.not.stringMatching(w.userId), name: 'Zelda Again' }]);
    expect((await outbox(platform)).filter((m) => m.toAddress === w.person.email).map((m) => m.template)).toEqual(['verifyEmail']);

    // Logged without identity, in the request log and in the audit log.
    expect(await platform.db.selectFrom('data_requests').select(['kind', 'userId', 'requestedAt', 'completedAt', 'outcome']).execute()).toEqual([
      { kind: 'deletion', userId: null, requestedAt: '2026-11-28T10:02:00.000Z', completedAt: '2026-11-28T10:02:00.000Z', outcome: 'anonymised' },
    ]);
    const audit = await platform.db.selectFrom('audit_events').select(['actorUserId', 'subjectType', 'subjectId', 'data', 'requestId']).where('event', '=', 'account.deleted').execute();
    expect(audit).toEqual([{ actorUserId: w.userId, subjectType: 'user', subjectId: w.userId, data: '{}', requestId: 'req-delete' }]);
  });

  it('gives a waiting person the seat a deleted account held in a running cohort; a completed enrolment stays completed', async () => {
    const admin = (await elevatedActor(platform, { admin: true })).actor;
    const organisation = await createOrganisation(platform);
    const cohort = await openCohort(platform, admin, { organisationId: organisation.id, seatCap: 1 });
    const seated = await createUser(platform, { memberships: [[organisation.id, 'learner']] });
    const waiting = await createUser(platform, { memberships: [[organisation.id, 'learner']] });
    const seatedCookie = await signInCookie(platform, seated.email);
    const seatedActor = await actorFor(platform, seatedCookie);
    expect(await enrolInCohort(platform, seatedActor, cohort.id)).toMatchObject({ status: 'seated' });
    expect(await enrolInCohort(platform, await actorFor(platform, await signInCookie(platform, waiting.email)), cohort.id)).toMatchObject({ status: 'waitlisted' });
    await platform.drainJobs();

    await deleteAccount(platform, seatedActor, CONFIRMED, requestMeta(seatedCookie));
    const statuses = await platform.db.selectFrom('enrolments').select(['userId', 'status']).orderBy('requestedAt').orderBy('id').execute();
    expect(statuses).toEqual([
      { userId: seated.userId, status: 'withdrawn' },
      { userId: waiting.userId, status: 'seated' },
    ]);
    expect((await outbox(platform)).filter((m) => m.template === 'seatConfirmed').map((m) => m.toAddress)).toEqual([waiting.email]);
  });

  it('refuses a wrong password, a missing tick, the last coordinator and the last admin, and changes nothing', async () => {
    const coordinatorOrg = await createOrganisation(platform, { name: 'Rete Solo' });
    const person = await createUser(platform, { name: 'Only Coordinator', memberships: [[coordinatorOrg.id, 'coordinator']] });
    const cookie = await signInCookie(platform, person.email);
    const actor = await actorFor(platform, cookie);

    expect((await errorOf(deleteAccount(platform, actor, { password: 'not-the-password', confirm: 'yes' }, requestMeta(cookie)))).fields).toEqual({ password: [{ key: 'validation:currentPasswordWrong' }] });
    expect((await errorOf(deleteAccount(platform, actor, { password: TEST_PASSWORD }, requestMeta(cookie)))).fields).toEqual({ confirm: [{ key: 'validation:deletionConfirmRequired' }] });
    expect((await errorOf(deleteAccount(platform, actor, CONFIRMED, requestMeta(cookie)))).fields).toEqual({ _form: [{ key: 'validation:lastCoordinatorDeletion', values: { organisations: 'Rete Solo' } }] });
    // A second coordinator, even one whose account was deleted before, does not count; a live one does.
    const formerCoordinator = await createUser(platform, { memberships: [[coordinatorOrg.id, 'coordinator']] });
    await platform.db.updateTable('users').set({ anonymisedAt: '2026-11-01T00:00:00.000Z' }).where('id', '=', formerCoordinator.userId).execute();
    expect((await errorOf(deleteAccount(platform, actor, CONFIRMED, requestMeta(cookie)))).fields?._form?.[0]?.key).toBe('validation:lastCoordinatorDeletion');

    const admin = await elevatedActor(platform, { admin: true, name: 'Only Admin' });
    expect((await errorOf(deleteAccount(platform, admin.actor, CONFIRMED, requestMeta(admin.cookie)))).fields).toEqual({ _form: [{ key: 'validation:lastAdminDeletion' }] });

    expect(await platform.db.selectFrom('users').select('name').where('anonymisedAt', 'is', null).orderBy('name').execute()).toEqual([{ name: 'Only Admin' }, { name: 'Only Coordinator' }]);
    expect(await platform.db.selectFrom('data_requests').select('id').execute()).toEqual([]);
    expect(await loadActor(platform, new Headers({ cookie }))).not.toBeNull();

    // With a colleague appointed and another admin in place, both may go.
    await createUser(platform, { memberships: [[coordinatorOrg.id, 'coordinator']] });
    await createUser(platform, { admin: true });
    await deleteAccount(platform, actor, CONFIRMED, requestMeta(cookie));
    await deleteAccount(platform, admin.actor, CONFIRMED, requestMeta(admin.cookie));
    expect(await platform.db.selectFrom('data_requests').select('kind').execute()).toEqual([{ kind: 'deletion' }, { kind: 'deletion' }]);
  });

  it('should not export or delete the data of another person: the commands only act on the signed-in person', async () => {
    const w = await worldWithPerson(platform, clock);
    const other = await anotherPerson(platform, w);
    // Another person's export holds their data only.
    const { document } = await exportPersonalData(platform, other.actor, { locale: 'en' });
    expect(document.data.profile.email).toBe(other.email);
    expect(document.data.enrolments).toHaveLength(1);
    expect(JSON.stringify(document)).not.toContain(w.person.email);
    expect(JSON.stringify(document)).not.toContain(w.person.name);
    // Knowing someone's password is not enough: it is checked against the actor's own account.
    const ownPassword = 'zelda-has-her-own-password';
    await platform.db.updateTable('accounts').set({ password: await hashPassword(platform, ownPassword) }).where('userId', '=', w.userId).execute();
    expect((await errorOf(deleteAccount(platform, other.actor, { password: ownPassword, confirm: 'yes' }, requestMeta()))).fields).toEqual({ password: [{ key: 'validation:currentPasswordWrong' }] });
    await deleteAccount(platform, other.actor, CONFIRMED, requestMeta());
    expect(await platform.db.selectFrom('users').select(['name', 'anonymisedAt']).where('id', '=', w.userId).executeTakeFirstOrThrow()).toEqual({ name: w.person.name, anonymisedAt: null });
    expect((await exportPersonalData(platform, w.actor, { locale: 'en' })).document.data.certificates[0]?.nameOnCertificate).toBe(w.person.name);
  });

  it('lists consents for their owner and the request log for platform admins with a second factor only', async () => {
    const w = await worldWithPerson(platform, clock);
    expect(await myConsents(platform, w.actor)).toEqual([{ kind: 'privacy_notice', version: '1', locale: 'en', givenAt: '2026-11-28T10:01:00.000Z', withdrawnAt: null }]);
    await exportPersonalData(platform, w.actor, { locale: 'en' });
    const other = await anotherPerson(platform, w);
    await deleteAccount(platform, other.actor, CONFIRMED, requestMeta());

    const admin = (await elevatedActor(platform, { admin: true })).actor;
    expect((await listDataRequests(platform, admin)).map((r) => [r.kind, r.outcome])).toEqual([
      ['deletion', 'anonymised'],
      ['export', 'delivered'],
    ]);
    expect((await errorOf(listDataRequests(platform, w.actor))).code).toBe('forbidden');
    const adminWithoutSecondFactor = await actorFor(platform, await signInCookie(platform, (await createUser(platform, { admin: true })).email));
    expect((await errorOf(listDataRequests(platform, adminWithoutSecondFactor))).code).toBe('two_factor_required');
  });
});
