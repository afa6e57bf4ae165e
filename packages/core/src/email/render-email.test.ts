import { describe, expect, it } from 'vitest';
import { coreResources } from '../i18n/messages/index.ts';
import { SUPPORTED_LOCALES } from '../i18n/locales.ts';
import { createI18n, translatorFor } from '../i18n/translator.ts';
import { renderEmail } from './render-email.ts';
import { type EmailTemplateName, type EmailTemplates, templates } from './templates.ts';

const i18n = createI18n(coreResources());
const samples: { [K in EmailTemplateName]: EmailTemplates[K] } = {
  verifyEmail: { name: 'Ada', url: 'https://x.test/verify-email?token=t', expiresHours: 24 },
  accountExists: { url: 'https://x.test/sign-in' },
  resetPassword: { name: 'Ada', url: 'https://x.test/reset-password?token=t', expiresMinutes: 60 },
  magicLink: { url: 'https://x.test/magic-link/verify?token=t', expiresMinutes: 15 },
  magicLinkTwoFactor: { url: 'https://x.test/sign-in' },
  invitation: { inviterName: 'Chiara', organisationName: 'Safe Harbour', role: 'coordinator', url: 'https://x.test/invitations/t', days: 14 },
  seatConfirmed: { courseTitle: 'A course', cohortTitle: 'Spring 2027', url: 'https://x.test/learn/c' },
  cohortMessage: { senderName: 'Tomás', cohortTitle: 'Spring 2027', subject: 'Session on Thursday', body: 'Hello all.\n\nSee you at 10.', url: 'https://x.test/learn/c' },
  discussionDigest: { cohortTitle: 'Spring 2027', count: 3, threads: ['Questions about module 2'], url: 'https://x.test/cohorts/c/discussion' },
  cohortEnrolled: { senderName: 'Tomás', courseTitle: 'A course', cohortTitle: 'Spring 2027', waitlistPosition: null, url: 'https://x.test/learn' },
  certificateReminder: { expired: false, expiresAt: '2027-03-01T10:00:00.000Z', url: 'https://x.test/learn' },
  passwordChanged: { name: 'Ada', date: '2026-03-01T10:00:00.000Z', url: 'https://x.test/forgot-password' },
  twoFactorChanged: { name: 'Ada', enabled: true, date: '2026-03-01T10:00:00.000Z', url: 'https://x.test/account/security' },
  eventConfirm: { eventTitle: 'Panel', when: '3 December 2026, 10:00 (Europe/Rome)', url: 'https://x.test/events/r/t' },
  eventRegistered: { eventTitle: 'Panel', when: '3 December 2026', seated: true, position: null, url: 'https://x.test/events/r/t', calendar: null },
  eventOffer: { eventTitle: 'Panel', when: '3 December 2026', expires: '29 November 2026, 10:00', url: 'https://x.test/events/r/t' },
  eventReminder: { eventTitle: 'Panel', when: '3 December 2026', soon: '1h', url: 'https://x.test/events/r/t' },
  eventUpdated: { eventTitle: 'Panel', when: '3 December 2026', cancelled: false, url: 'https://x.test/events/r/t', calendar: null },
  eventThankYou: { eventTitle: 'Panel', url: 'https://x.test/events/r/t', recordingUrl: 'https://video.test/1', slidesUrl: null },
};

// Words a subject line must never contain: someone else may see the inbox (DESIGN.md §1.3).
const revealing = /stalk|violen|abus|spy|spia|espía|spion|espion|destalk|survivor|victim|vittim|víctim|opfer|victime|gewalt|violenza|violencia/i;

describe('renderEmail', () => {
  for (const locale of SUPPORTED_LOCALES) {
    for (const name of Object.keys(templates) as EmailTemplateName[]) {
      it(`renders ${name} in ${locale} with a discreet subject and the action link in text and HTML`, () => {
        const mail = renderEmail(name, samples[name] as never, { t: translatorFor(i18n, locale), locale, appName: 'Training', publicUrl: 'https://x.test' });
        expect(mail.subject.length).toBeGreaterThan(5);
        expect(mail.subject).not.toMatch(revealing);
        const url = (samples[name] as { url: string }).url;
        expect(mail.text).toContain(url);
        expect(mail.html).toContain(`href="${url}"`);
        expect(mail.html).toContain(`<html lang="${locale}">`);
        expect(mail.text).not.toMatch(/\{[a-zA-Z]+\}/); // no unfilled placeholder
      });
    }
  }

  it('words an expiry reminder without revealing the subject matter, before and after the date', () => {
    const t = translatorFor(i18n, 'en');
    const soon = renderEmail('certificateReminder', samples.certificateReminder, { t, locale: 'en', appName: 'Training', publicUrl: 'https://x.test' });
    expect(soon.subject).toBe('Your certificate expires on March 1, 2027');
    const expired = renderEmail('certificateReminder', { ...samples.certificateReminder, expired: true }, { t, locale: 'en', appName: 'Training', publicUrl: 'https://x.test' });
    expect(expired.subject).toBe('Your certificate has expired');
    expect(expired.text).toContain('Your training certificate expired on March 1, 2027.');
    expect(`${soon.text}${expired.text}`).not.toMatch(revealing);
  });

  it('attaches the calendar file to a confirmed seat, and only then', () => {
    const t = translatorFor(i18n, 'en');
    const calendar = { uid: 'r1@x', sequence: 0, startsAt: '2026-12-03T09:00:00.000Z', endsAt: '2026-12-03T11:00:00.000Z', timezone: 'Europe/Rome', title: 'Panel', description: 'Online', url: 'https://x.test/events/r/t', location: null, stamp: '2026-11-28T10:00:00.000Z', productName: 'Training' };
    const seated = renderEmail('eventRegistered', { ...samples.eventRegistered, calendar }, { t, locale: 'en', appName: 'Training', publicUrl: 'https://x.test' });
    expect(seated.attachments).toHaveLength(1);
    expect(seated.attachments![0]).toMatchObject({ filename: 'event.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH' });
    expect(seated.attachments![0]!.content).toContain('DTSTART;TZID=Europe/Rome:20261203T100000');
    const waiting = renderEmail('eventRegistered', { ...samples.eventRegistered, seated: false, position: 3 }, { t, locale: 'en', appName: 'Training', publicUrl: 'https://x.test' });
    expect(waiting.attachments).toBeUndefined();
    expect(waiting.text).toContain('You are number 3 on the waiting list');
  });

  it('escapes HTML in names', () => {
    const mail = renderEmail('verifyEmail', { name: '<script>x</script>', url: 'https://x.test/v?token=a&b=1', expiresHours: 24 }, { t: translatorFor(i18n, 'en'), locale: 'en', appName: 'Training', publicUrl: 'https://x.test' });
    expect(mail.html).toContain('Hello &lt;script&gt;x&lt;/script&gt;,');
    expect(mail.html).toContain('href="https://x.test/v?token=a&amp;b=1"');
    expect(mail.text).toContain('Hello <script>x</script>,');
  });

  it('formats plurals and dates in the message language', () => {
    const en = renderEmail('verifyEmail', { name: 'A', url: 'https://x.test/a', expiresHours: 1 }, { t: translatorFor(i18n, 'en'), locale: 'en', appName: 'T', publicUrl: 'https://x.test' });
    expect(en.text).toContain('This link works for 1 hour.');
    const changed = renderEmail('passwordChanged', samples.passwordChanged, { t: translatorFor(i18n, 'en'), locale: 'en', appName: 'T', publicUrl: 'https://x.test' });
    expect(changed.text).toContain('was changed on March 1, 2026 at 10:00 AM UTC.');
  });
});
