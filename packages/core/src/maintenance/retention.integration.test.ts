import { testDialects } from '@destalk/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY, ManualClock } from '../clock.ts';
import { enqueueEmail } from '../email/send-email.ts';
import { createUser, signInCookie } from '../testing/factories.ts';
import { createTestPlatform, type TestPlatform } from '../testing/test-platform.ts';
import { runRetention } from './retention.ts';

describe.each(testDialects())('retention on %s', (dialect) => {
  let platform: TestPlatform;
  let clock: ManualClock;
  beforeEach(async () => {
    clock = new ManualClock(new Date());
    platform = await createTestPlatform(dialect, { clock, env: { OUTBOX_RETENTION_DAYS: '7', AUDIT_RETENTION_DAYS: '30' } });
  });
  afterEach(async () => {
    await platform.destroy();
  });

  it('keeps recent data and deletes kept e-mails, finished jobs and audit entries once they are old', async () => {
    const { email } = await createUser(platform);
    await signInCookie(platform, email); // an audit entry and a session
    await enqueueEmail(platform.jobs, { to: email, locale: 'en', template: 'magicLink', params: { url: 'http://x/y', expiresMinutes: 15 } });
    await platform.drainJobs();

    expect(await runRetention(platform)).toEqual({ outboxEmails: 0, jobs: 0, rateLimits: 0, verifications: 0, sessions: 0, invitations: 0, auditEvents: 0, savedReports: 0, toolCopies: 0 });
    clock.advance(8 * DAY);
    const week = await runRetention(platform);
    expect(week).toMatchObject({ outboxEmails: 1, jobs: 1, auditEvents: 0 });
    clock.advance(23 * DAY);
    const month = await runRetention(platform);
    expect(month).toMatchObject({ outboxEmails: 0, auditEvents: 1 });
    expect(await platform.db.selectFrom('audit_events').select('id').execute()).toEqual([]);
    expect(await platform.db.selectFrom('outbox_emails').select('id').execute()).toEqual([]);
  });
});
