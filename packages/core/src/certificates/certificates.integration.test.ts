import { testDialects } from '@destalk/db/testing';
import { extractText } from 'unpdf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY, ManualClock } from '../clock.ts';
import { enrolInCohort } from '../learning/commands/enrolment.ts';
import { importCoursePackage } from '../learning/commands/import-course-package.ts';
import { bulkLearners, completeSampleCourse, openCohort } from '../learning/testing/learning-factories.ts';
import { samplePackage } from '../learning/testing/sample-package.ts';
import { createOrganisation, elevatedActor, outbox } from '../testing/factories.ts';
import { createTestPlatform, type TestPlatform } from '../testing/test-platform.ts';
import { revokeCertificate } from './commands/revoke.ts';
import { renderCertificatePdf } from './pdf.ts';
import { certificateForDocument, myCertificates, verifyCertificate } from './queries/certificates.ts';
import { sendCertificateReminders } from './reminders.ts';
import { errorOf } from '../testing/app-error.ts';

describe.each(testDialects())('certificates on %s', (dialect) => {
  let platform: TestPlatform;
  let clock: ManualClock;
  beforeEach(async () => {
    clock = new ManualClock('2026-03-10T09:00:00.000Z');
    platform = await createTestPlatform(dialect, { clock });
  });
  afterEach(async () => {
    await platform.destroy();
  });

  async function certified() {
    const organisation = await createOrganisation(platform, { sector: 'womens_support_service' });
    const admin = (await elevatedActor(platform, { admin: true })).actor;
    const cohort = await openCohort(platform, admin, { organisationId: organisation.id });
    const [learner, trainer] = await bulkLearners(platform, organisation, 2);
    await platform.db.updateTable('users').set({ name: 'Lena Maria Rossi' }).where('id', '=', learner!.userId).execute();
    await enrolInCohort(platform, learner!, cohort.id);
    await completeSampleCourse(platform, learner!, cohort.id);
    const [certificate] = await myCertificates(platform, learner!, 'en');
    return { organisation, admin, learner: learner!, trainerMembership: trainer!, certificate: certificate! };
  }

  it('issues a certificate valid for twelve months, printable and publicly verifiable with little personal data', async () => {
    const { learner, certificate } = await certified();
    expect(certificate).toMatchObject({ courseTitle: 'Recognising technology-facilitated abuse', status: 'valid', issuedAt: '2026-03-10T09:00:00.000Z', expiresAt: '2027-03-10T09:00:00.000Z', refresherDue: false });
    expect(certificate.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    // Typed by hand from paper: lower case, spaces, an O for a zero.
    const typed = certificate.code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    expect(await verifyCertificate(platform, typed, 'it')).toEqual({
      status: 'valid',
      holder: 'Lena M. R.',
      courseTitle: 'Riconoscere la violenza facilitata dalla tecnologia',
      issuedAt: '2026-03-10T09:00:00.000Z',
      expiresAt: '2027-03-10T09:00:00.000Z',
      revokedAt: null,
    });
    expect((await errorOf(verifyCertificate(platform, 'AAAA-BBBB-CCCC', 'en'))).code).toBe('not_found');
    expect((await errorOf(verifyCertificate(platform, '<script>', 'en'))).code).toBe('not_found');

    const data = await certificateForDocument(platform, learner, certificate.id, 'en');
    const pdf = await renderCertificatePdf(data, { t: platform.translate('en'), locale: 'en', appName: 'DeStalk', verifyUrl: `http://localhost:3999/verify/${certificate.code}` });
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toContain('Certificate of completion');
    expect(text).toContain('Lena Maria Rossi');
    expect(text).toContain('Recognising technology-facilitated abuse');
    expect(text).toContain('Valid until March 10, 2027');
    expect(text).toContain(`Verification code: ${certificate.code}`);
  });

  it('should not print or revoke a certificate of another person or organisation', async () => {
    const { certificate } = await certified();
    const other = await createOrganisation(platform);
    const [stranger] = await bulkLearners(platform, other, 1);
    const [otherTrainer] = await bulkLearners(platform, other, 1, 'trainer');
    expect((await errorOf(certificateForDocument(platform, stranger!, certificate.id, 'en'))).code).toBe('not_found');
    expect((await errorOf(revokeCertificate(platform, otherTrainer!, certificate.id, { reason: 'Issued by mistake' }))).code).toBe('not_found');
  });

  it('lets a trainer of the organisation revoke it with a reason; the page then says revoked and a refresher does not renew it', async () => {
    const { organisation, admin, learner, certificate } = await certified();
    const [trainer] = await bulkLearners(platform, organisation, 1, 'trainer');
    expect((await errorOf(revokeCertificate(platform, learner, certificate.id, { reason: 'x' }))).code).toBe('validation_failed');
    expect((await errorOf(revokeCertificate(platform, learner, certificate.id, { reason: 'Issued by mistake' }))).code).toBe('forbidden');
    await revokeCertificate(platform, trainer!, certificate.id, { reason: 'Issued by mistake' });
    expect((await verifyCertificate(platform, certificate.code, 'en')).status).toBe('revoked');
    expect((await errorOf(revokeCertificate(platform, trainer!, certificate.id, { reason: 'Again' }))).code).toBe('conflict');
    const audit = await platform.db.selectFrom('audit_events').select(['event', 'subjectId']).where('event', '=', 'certificate.revoked').execute();
    expect(audit).toEqual([{ event: 'certificate.revoked', subjectId: certificate.id }]);

    await importCoursePackage(platform, samplePackage({ slug: 'sample-refresher', refresherOf: 'sample-course' }), { publish: true });
    const refresher = await openCohort(platform, admin, { organisationId: organisation.id, courseSlug: 'sample-refresher' });
    await enrolInCohort(platform, learner, refresher.id);
    await completeSampleCourse(platform, learner, refresher.id);
    expect(await myCertificates(platform, learner, 'en')).toMatchObject([{ status: 'revoked', expiresAt: '2027-03-10T09:00:00.000Z' }]);
  });

  it('sends discreet reminders 60, 30 and 7 days before expiry and at expiry, once each; the refresher renews and restarts them', async () => {
    const { admin, organisation, learner, certificate } = await certified();
    await outbox(platform);
    await platform.db.deleteFrom('outbox_emails').execute();
    const sweep = async () => {
      const { sent } = await sendCertificateReminders(platform);
      await platform.drainJobs();
      return sent;
    };
    const expiry = new Date(certificate.expiresAt).getTime();
    expect(await sweep()).toBe(0);
    for (const [daysBefore, kind] of [[60, 'd60'], [30, 'd30'], [7, 'd7'], [0, 'expired']] as const) {
      clock.set(new Date(expiry - daysBefore * DAY + 3_600_000));
      expect(await sweep()).toBe(1);
      expect(await sweep()).toBe(0); // a second sweep (or instance) sends nothing more
      const reminders = await platform.db.selectFrom('certificate_reminders').select('kind').orderBy('sentAt').execute();
      expect(reminders.at(-1)!.kind).toBe(kind);
    }
    const mails = await outbox(platform);
    expect(mails.map((m) => m.subject)).toEqual(['Your certificate expires on March 10, 2027', 'Your certificate expires on March 10, 2027', 'Your certificate expires on March 10, 2027', 'Your certificate has expired']);
    expect(new Set(mails.map((m) => m.toAddress))).toEqual(new Set([learner.email]));
    expect((await verifyCertificate(platform, certificate.code, 'en')).status).toBe('expired');
    expect((await myCertificates(platform, learner, 'en'))[0]).toMatchObject({ status: 'expired', refresherDue: true });

    // The refresher, taken after expiry, renews from its completion date.
    await importCoursePackage(platform, samplePackage({ slug: 'sample-refresher', refresherOf: 'sample-course' }), { publish: true });
    const refresher = await openCohort(platform, admin, { organisationId: organisation.id, courseSlug: 'sample-refresher' });
    await enrolInCohort(platform, learner, refresher.id);
    clock.advance(2 * DAY);
    await completeSampleCourse(platform, learner, refresher.id);
    const renewed = await verifyCertificate(platform, certificate.code, 'en');
    expect(renewed).toMatchObject({ status: 'valid', issuedAt: '2026-03-10T09:00:00.000Z', expiresAt: new Date(new Date(expiry + 2 * DAY + 3_600_000).setUTCFullYear(2028)).toISOString() });
    const renewals = await platform.db.selectFrom('certificate_renewals').select(['previousExpiresAt', 'expiresAt']).execute();
    expect(renewals).toEqual([{ previousExpiresAt: '2027-03-10T09:00:00.000Z', expiresAt: renewed.expiresAt }]);
    clock.set(new Date(new Date(renewed.expiresAt).getTime() - 59 * DAY));
    expect(await sweep()).toBe(1);
  });

  it('renews from the old expiry when the refresher is done before it, so finishing early costs nothing', async () => {
    const { admin, organisation, learner, certificate } = await certified();
    await importCoursePackage(platform, samplePackage({ slug: 'sample-refresher', refresherOf: 'sample-course' }), { publish: true });
    clock.set('2027-02-01T09:00:00.000Z');
    const refresher = await openCohort(platform, admin, { organisationId: organisation.id, courseSlug: 'sample-refresher' });
    await enrolInCohort(platform, learner, refresher.id);
    await completeSampleCourse(platform, learner, refresher.id);
    expect((await verifyCertificate(platform, certificate.code, 'en')).expiresAt).toBe('2028-03-10T09:00:00.000Z');
  });

  it('issues one certificate when the completing steps race', async () => {
    const organisation = await createOrganisation(platform, { sector: 'womens_support_service' });
    const admin = (await elevatedActor(platform, { admin: true })).actor;
    const cohort = await openCohort(platform, admin, { organisationId: organisation.id });
    const [learner] = await bulkLearners(platform, organisation, 1);
    await enrolInCohort(platform, learner!, cohort.id);
    await completeSampleCourse(platform, learner!, cohort.id);
    const { settleCompletion } = await import('../learning/commands/progress.ts');
    await Promise.all(Array.from({ length: 200 }, () => settleCompletion(platform, learner!, cohort.id)));
    expect(await platform.db.selectFrom('certificate_renewals').select('id').execute()).toHaveLength(0);
    expect(await platform.db.selectFrom('certificates').select('id').execute()).toHaveLength(1);
  });
});
