import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueEmail } from './send-email.ts';
import { SmtpMailer } from './mailer.ts';
import { startSmtpCapture } from '../testing/smtp-capture.ts';
import { createTestPlatform, type TestPlatform } from '../testing/test-platform.ts';

// Delivery does not depend on the database; one dialect is enough here.
describe('e-mail over a real SMTP server', () => {
  let capture: Awaited<ReturnType<typeof startSmtpCapture>>;
  let platform: TestPlatform;
  beforeAll(async () => {
    capture = await startSmtpCapture();
    platform = await createTestPlatform('sqlite', { env: { SMTP_URL: capture.url, MAIL_FROM: 'Training platform <no-reply@learn.example.org>' } });
  });
  afterAll(async () => {
    await platform.destroy();
    await capture.close();
  });

  it('uses SMTP when SMTP_URL is set', () => {
    expect(platform.mailer).toBeInstanceOf(SmtpMailer);
  });

  it('delivers a queued, translated message with a discreet subject, text and HTML', async () => {
    await enqueueEmail(platform.jobs, {
      to: 'ada@example.org',
      locale: 'en',
      template: 'magicLink',
      params: { url: 'http://localhost:3999/magic-link/verify?token=abc123', expiresMinutes: 15 },
    });
    expect(await platform.drainJobs()).toBe(1);
    expect(capture.messages).toHaveLength(1);
    const [message] = capture.messages;
    expect(message!.from).toBe('"Training platform" <no-reply@learn.example.org>');
    expect(message!.to).toEqual(['ada@example.org']);
    expect(message!.subject).toBe('Your sign-in link');
    expect(message!.text).toContain('Sign in: http://localhost:3999/magic-link/verify?token=abc123');
    expect(message!.text).toContain('This link works for 15 minutes.');
    expect(message!.html).toContain('href="http://localhost:3999/magic-link/verify?token=abc123"');
    expect(await platform.db.selectFrom('outbox_emails').select('id').execute()).toEqual([]);
  });

  it('delivers a calendar file as an attachment', async () => {
    const calendar = { uid: 'r1@x', sequence: 0, startsAt: '2026-12-10T09:00:00.000Z', endsAt: '2026-12-10T11:00:00.000Z', timezone: 'Europe/Rome', title: 'Panel', description: 'Online', url: 'http://localhost:3999/events/r/t', location: null, stamp: '2026-11-28T10:00:00.000Z', productName: 'Training' };
    await enqueueEmail(platform.jobs, { to: 'ada@example.org', locale: 'en', template: 'eventRegistered', params: { eventTitle: 'Panel', when: '10 December', seated: true, position: null, url: calendar.url, calendar } });
    expect(await platform.drainJobs()).toBe(1);
    const message = capture.messages.find((m) => m.subject === 'Your registration is confirmed');
    expect(message!.attachments.map((a) => [a.filename, a.contentType])).toEqual([['event.ics', 'text/calendar']]);
    expect(message!.attachments[0]!.content).toContain('DTSTART;TZID=Europe/Rome:20261210T100000');
  });

  it('retries when the server is unreachable and marks the job failed at the end', async () => {
    const unreachable = await createTestPlatform('sqlite', { env: { SMTP_URL: 'smtp://127.0.0.1:1' } });
    try {
      const id = await unreachable.jobs.enqueue('send-email', { to: 'a@example.org', locale: 'en', template: 'magicLink', params: { url: 'http://x/y', expiresMinutes: 15 } }, { retryLimit: 0 });
      expect(await unreachable.drainJobs()).toBe(1);
      const failed = await unreachable.jobs.listFailed();
      expect(failed.map((f) => f.id)).toEqual([id]);
      expect(failed[0]!.lastError).toMatch(/ECONNREFUSED/);
    } finally {
      await unreachable.destroy();
    }
  });
});
