import { testDialects } from '@destalk/db/testing';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY, HOUR, ManualClock, MINUTE } from '../clock.ts';
import { bulkLearners } from '../learning/testing/learning-factories.ts';
import { errorOf } from '../testing/app-error.ts';
import { createOrganisation, elevatedActor, outbox } from '../testing/factories.ts';
import { createTestPlatform, type TestPlatform } from '../testing/test-platform.ts';
import { toXlsx } from '../export/tabular.ts';
import { answerSurvey, checkIn, joinThroughPersonalLink } from './commands/attendance.ts';
import { addSession, addSpeaker, cancelEvent, createEvent, updateEvent } from './commands/organising.ts';
import { acceptOffer, cancelRegistration, confirmRegistration, expireOffers, registerForEvent } from './commands/registration.ts';
import { eraseEndedEvents, sendEventReminders, sendThankYous } from './commands/schedule.ts';
import { eventRegistrations, organisedEvents, registrationsTable } from './queries/organiser.ts';
import { personalRegistration } from './queries/personal.ts';
import { publicEvent } from './queries/public.ts';
import { eventInput, publishedEvent, register, solvedChallenge } from './testing/event-factories.ts';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe.each(testDialects())('events on %s', (dialect) => {
  let platform: TestPlatform;
  let clock: ManualClock;
  beforeEach(async () => {
    clock = new ManualClock('2026-11-28T10:00:00.000Z');
    platform = await createTestPlatform(dialect, { clock });
  });
  afterEach(async () => {
    await platform.destroy();
  });

  async function organiser() {
    const organisation = await createOrganisation(platform, { name: 'Centro A' });
    const other = await createOrganisation(platform, { name: 'Centro B' });
    const [trainer] = await bulkLearners(platform, organisation, 1, 'trainer');
    const [outsider] = await bulkLearners(platform, other, 1, 'trainer');
    const [learner] = await bulkLearners(platform, organisation, 1, 'learner');
    return { organisation, trainer: trainer!, outsider: outsider!, learner: learner! };
  }

  it('never seats more people than the capacity when 300 confirmations arrive at once; the rest wait in order', async () => {
    const { organisation, trainer } = await organiser();
    const { slug } = await publishedEvent(platform, trainer, organisation.id, { capacity: 40 });
    const people = [];
    for (let i = 0; i < 300; i++) people.push(await register(platform, slug, `p${i}@example.org`));
    const results = await Promise.all(people.map((p) => confirmRegistration(platform, p.token)));
    expect(results.filter((r) => r.status === 'confirmed')).toHaveLength(40);
    expect(results.filter((r) => r.status === 'waitlisted')).toHaveLength(260);
    const rows = await platform.db.selectFrom('event_registrations').select(['status', 'waitlistPosition']).execute();
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(40);
    expect(rows.filter((r) => r.status === 'waitlisted').map((r) => r.waitlistPosition).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 260 }, (_, i) => i + 1));
    // Confirming again changes nothing.
    expect(await confirmRegistration(platform, people[0]!.token)).toEqual({ status: results[0]!.status });
  });

  it('offers a freed seat to the first in line; an offer that expires passes to the next', async () => {
    const { organisation, trainer } = await organiser();
    const { slug } = await publishedEvent(platform, trainer, organisation.id, { capacity: 1, offerHours: 12 });
    const [ana, ben, cleo] = [await register(platform, slug, 'ana@example.org'), await register(platform, slug, 'ben@example.org'), await register(platform, slug, 'cleo@example.org')];
    for (const p of [ana!, ben!, cleo!]) await confirmRegistration(platform, p.token);
    await outbox(platform);
    await cancelRegistration(platform, ana!.token);
    expect(await personalRegistration(platform, ben!.token, 'en')).toMatchObject({ status: 'offered', offerExpiresAt: '2026-11-28T22:00:00.000Z' });
    const offerMail = (await outbox(platform)).filter((m) => m.template === 'eventOffer');
    expect(offerMail.map((m) => m.toAddress)).toEqual(['ben@example.org']);
    expect(offerMail[0]!.textBody).toContain('It is kept for you until November 28, 2026 at 11:00 PM (Europe/Rome)');

    clock.advance(11 * HOUR);
    expect(await expireOffers(platform)).toEqual({ expired: 0, offered: 0 });
    clock.advance(2 * HOUR);
    expect(await expireOffers(platform)).toEqual({ expired: 1, offered: 1 });
    expect((await personalRegistration(platform, ben!.token, 'en')).status).toBe('expired');
    expect((await errorOf(acceptOffer(platform, ben!.token))).code).toBe('gone');
    expect((await personalRegistration(platform, cleo!.token, 'en')).status).toBe('offered');
    await acceptOffer(platform, cleo!.token);
    expect((await personalRegistration(platform, cleo!.token, 'en')).status).toBe('confirmed');
    const mails = await outbox(platform);
    expect(mails.filter((m) => m.template === 'eventOffer').map((m) => m.toAddress)).toContain('cleo@example.org');
    expect(mails.filter((m) => m.template === 'eventRegistered').map((m) => m.toAddress)).toContain('cleo@example.org');
  });

  it('confirms by e-mail with a calendar file in the event’s zone, reveals the join link only to seats in the window, and reminds once', async () => {
    const { organisation, trainer } = await organiser();
    const { slug } = await publishedEvent(platform, trainer, organisation.id, { capacity: 2 });
    const ana = await register(platform, slug, 'Ana@Example.org');
    const [confirmMail] = await outbox(platform);
    expect(confirmMail).toMatchObject({ toAddress: 'ana@example.org', template: 'eventConfirm', subject: 'Please confirm your registration' });
    expect(confirmMail!.textBody).toContain(`${platform.config.publicUrl}/events/r/${ana.token}`);
    expect(await personalRegistration(platform, ana.token, 'en')).toMatchObject({ status: 'pending', join: { available: false } });
    // A second registration with the same address sends the link again and creates nothing.
    await register(platform, slug, 'ana@example.org');
    expect(await platform.db.selectFrom('event_registrations').select('id').execute()).toHaveLength(1);

    await confirmRegistration(platform, ana.token);
    await outbox(platform);
    const stored = await platform.db.selectFrom('outbox_emails').select(['template', 'attachments']).where('template', '=', 'eventRegistered').executeTakeFirstOrThrow();
    const [ics] = JSON.parse(stored.attachments!) as Array<{ filename: string; content: string }>;
    const vevent = new ICAL.Component(ICAL.parse(ics!.content)).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Rome');
    expect(vevent.getFirstPropertyValue('dtstart')!.toString()).toBe('2026-12-10T10:00:00');
    expect(vevent.getFirstPropertyValue('dtend')!.toString()).toBe('2026-12-10T12:00:00');
    expect(vevent.getFirstPropertyValue('url')).toBe(`${platform.config.publicUrl}/events/r/${ana.token}`);
    expect(ics!.content).not.toContain('meet.example.org');
    // Registering again once seated re-sends the seat e-mail (with the calendar), not a confirmation request.
    await register(platform, slug, 'ana@example.org');
    expect((await outbox(platform)).map((m) => m.template).slice(-2)).toEqual(['eventRegistered', 'eventRegistered']);

    // The join link: not before 30 minutes ahead of the start, then yes (and attendance is recorded).
    clock.set(new Date('2026-12-09T09:30:00.000Z'));
    expect(await sendEventReminders(platform)).toBe(1); // the day before
    expect(await sendEventReminders(platform)).toBe(0);
    clock.set(new Date('2026-12-10T08:29:00.000Z'));
    expect(await personalRegistration(platform, ana.token, 'en')).toMatchObject({ status: 'confirmed', join: { opensAt: '2026-12-10T08:30:00.000Z', available: false } });
    expect((await errorOf(joinThroughPersonalLink(platform, ana.token))).code).toBe('not_found');
    expect(await sendEventReminders(platform)).toBe(1); // the hour before
    expect(await sendEventReminders(platform)).toBe(0);
    clock.set(new Date('2026-12-10T08:31:00.000Z'));
    expect((await personalRegistration(platform, ana.token, 'en')).join).toEqual({ opensAt: '2026-12-10T08:30:00.000Z', available: true });
    expect(await joinThroughPersonalLink(platform, ana.token)).toBe('https://meet.example.org/destalk-panel');
    const reminders = (await outbox(platform)).filter((m) => m.template === 'eventReminder');
    expect(reminders.map((m) => m.subject)).toEqual(['Reminder: your event', 'Reminder: your event']);
    // The public page never carries the join URL.
    expect(JSON.stringify(await publicEvent(platform, slug, 'en'))).not.toContain('meet.example.org');

    clock.set(new Date('2026-12-10T11:00:00.000Z'));
    await answerSurvey(platform, ana.token, { rating: '5', usefulness: '4', comments: 'Clear and useful', anonymous: 'yes' });
    expect((await errorOf(answerSurvey(platform, ana.token, { rating: '5', usefulness: '4' }))).code).toBe('conflict');
    expect(await platform.db.selectFrom('event_survey_responses').select(['registrationId', 'rating']).execute()).toEqual([{ registrationId: null, rating: 5 }]);
    expect(await sendThankYous(platform)).toBe(1);
    expect(await sendThankYous(platform)).toBe(0);
  });

  it('erases registrants’ personal data after the configured days and keeps the figures', async () => {
    const { organisation, trainer } = await organiser();
    const { id, slug } = await publishedEvent(platform, trainer, organisation.id, { capacity: 2, format: 'hybrid', venue: 'Sala Rossa, Via Roma 1', erasureDays: 30, questions: [{ key: 'role', type: 'text', required: true, label: { en: 'Your role' }, options: [] }] });
    const people = [];
    for (const email of ['a@example.org', 'b@example.org', 'c@example.org']) people.push(await register(platform, slug, email, { accessibilityNeeds: 'Step-free access', answers: { role: 'Social worker' } }));
    for (const p of people) await confirmRegistration(platform, p.token);
    clock.set(new Date('2026-12-10T09:30:00.000Z'));
    await checkIn(platform, trainer, id, people[0]!.id, true);
    const before = await organisedEvents(platform, trainer, organisation.id, 'en');
    expect(before[0]).toMatchObject({ counts: { confirmed: 2, waitlisted: 1, pending: 0 }, attended: 1 });

    clock.set(new Date('2027-01-08T12:00:00.000Z'));
    expect(await eraseEndedEvents(platform)).toEqual({ events: 0, registrations: 0 });
    clock.set(new Date('2027-01-09T12:00:00.000Z'));
    expect(await eraseEndedEvents(platform)).toEqual({ events: 1, registrations: 3 });
    expect(await eraseEndedEvents(platform)).toEqual({ events: 0, registrations: 0 });
    expect(await organisedEvents(platform, trainer, organisation.id, 'en')).toEqual(before);
    const { rows } = await eventRegistrations(platform, trainer, id);
    expect(rows.map((r) => [r.name, r.email, r.accessibilityNeeds, r.answers, r.consentText, r.sector, r.country, r.status])).toEqual([
      [null, null, null, {}, null, 'womens_support_service', 'IT', 'confirmed'],
      [null, null, null, {}, null, 'womens_support_service', 'IT', 'confirmed'],
      [null, null, null, {}, null, 'womens_support_service', 'IT', 'waitlisted'],
    ]);
    expect(JSON.stringify(await platform.db.selectFrom('event_registrations').selectAll().execute())).not.toMatch(/example\.org|Step-free|Social worker/);
    expect((await errorOf(personalRegistration(platform, people[0]!.token, 'en'))).code).toBe('not_found');
  });

  it('refuses bad input with field messages and writes nothing; bots get nothing', async () => {
    const { organisation, trainer } = await organiser();
    const { slug } = await publishedEvent(platform, trainer, organisation.id, { questions: [{ key: 'role', type: 'choice', required: true, label: { en: 'Role' }, options: [{ en: 'Practitioner' }, { en: 'Researcher' }] }] });
    const bot = { honeypot: '', ...solvedChallenge(platform), clientAddress: '203.0.113.9' };
    const noConsent = await errorOf(registerForEvent(platform, slug, { name: 'X', email: 'not-an-address', answers: { role: '0' } }, 'en', bot));
    expect(noConsent.fields).toEqual({ email: [{ key: 'validation:email' }], consent: [{ key: 'validation:consentRequired' }] });
    const noAnswer = await errorOf(registerForEvent(platform, slug, { name: 'X', email: 'x@example.org', consent: 'yes', answers: { role: '7' } }, 'en', bot));
    expect(noAnswer.fields).toEqual({ 'answers.role': [{ key: 'validation:invalidInput' }] });
    // Too fast without a solved challenge: refused; the honeypot: silently ignored.
    const fast = await errorOf(registerForEvent(platform, slug, { name: 'X', email: 'x@example.org', consent: 'yes', answers: { role: '1' } }, 'en', { ...bot, nonce: undefined, challenge: solvedChallenge(platform).challenge }));
    expect(fast.fields).toEqual({ _form: [{ key: 'validation:botCheck' }] });
    await registerForEvent(platform, slug, { name: 'X', email: 'x@example.org', consent: 'yes', answers: { role: '1' } }, 'en', { ...bot, honeypot: 'http://spam.example' });
    expect(await platform.db.selectFrom('event_registrations').select('id').execute()).toEqual([]);
    // A person without JavaScript who took a few seconds is let through.
    const slow = { ...bot, nonce: undefined, challenge: solvedChallenge(platform).challenge };
    clock.advance(5000);
    await registerForEvent(platform, slug, { name: 'X', email: 'x@example.org', consent: 'yes', answers: { role: '1' } }, 'en', slow);
    expect(await platform.db.selectFrom('event_registrations').select(['answers', 'consentText', 'consentVersion']).execute()).toEqual([
      { answers: '{"role":"1"}', consentText: 'We use your details to run this event and delete them 30 days after it.', consentVersion: 1 },
    ]);

    const bad = await errorOf(createEvent(platform, trainer, organisation.id, eventInput({ endsAt: '2026-12-10T09:00', joinUrl: '', timezone: 'Mars/Olympus' })));
    expect(bad.fields).toEqual({ timezone: [{ key: 'validation:timezone' }], endsAt: [{ key: 'validation:endBeforeStart' }], joinUrl: [{ key: 'validation:joinUrlRequired' }] });
  });

  it('exports registrations with consents and answers to XLSX, and tells registrants when the event changes', async () => {
    const { organisation, trainer } = await organiser();
    const { id, slug } = await publishedEvent(platform, trainer, organisation.id, { questions: [{ key: 'sign', type: 'yesno', required: false, label: { en: 'Do you need sign language?' }, options: [] }] });
    const speaker = await addSpeaker(platform, trainer, id, { name: 'Dr. Ada Rossi', affiliation: 'University of Rome', bio: { en: 'Researches technology-facilitated abuse.' } }, { type: 'image/png', bytes: PNG });
    expect((await errorOf(addSpeaker(platform, trainer, id, { name: 'B', affiliation: 'C', bio: { en: 'D' } }, { type: 'image/png', bytes: new TextEncoder().encode('<svg/>') }))).fields).toEqual({ photo: [{ key: 'validation:photoType' }] });
    await addSession(platform, trainer, id, { kind: 'panel', startsAt: '2026-12-10T10:15', endsAt: '2026-12-10T11:30', title: { en: 'Panel' }, speakerIds: [speaker.id] });
    expect((await errorOf(addSession(platform, trainer, id, { kind: 'talk', startsAt: '2026-12-10T13:00', endsAt: '2026-12-10T14:00', title: { en: 'Late' } }))).fields).toEqual({ startsAt: [{ key: 'validation:sessionOutsideEvent' }] });
    const ana = await register(platform, slug, 'ana@example.org', { organisationName: '=HYPERLINK("x")', answers: { sign: 'yes' } });
    await confirmRegistration(platform, ana.token);
    const table = await registrationsTable(platform, trainer, id, platform.translate('en'), 'en');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(table)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Registrations')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 5)).toEqual(['Name', 'E-mail', 'Organisation', 'Sector']);
    expect(sheet.getRow(1).getCell(17).value).toBe('Do you need sign language?');
    expect(sheet.getRow(2).getCell(2).value).toBe('ana@example.org');
    expect(sheet.getRow(2).getCell(3).value).toBe(`'=HYPERLINK("x")`);
    expect(sheet.getRow(2).getCell(7).value).toBe('Seat confirmed');
    expect(sheet.getRow(2).getCell(13).value).toBe(1);
    expect(sheet.getRow(2).getCell(17).value).toBe('Yes');

    await outbox(platform);
    const moved = eventInput({ slug, startsAt: '2026-12-11T10:00', endsAt: '2026-12-11T12:00', questions: [{ key: 'sign', type: 'yesno', required: false, label: { en: 'Do you need sign language?' }, options: [] }] });
    expect(await updateEvent(platform, trainer, id, moved)).toEqual({ notified: 1 });
    const [update] = (await outbox(platform)).filter((m) => m.template === 'eventUpdated');
    expect(update!.textBody).toContain('It now takes place Friday, December 11, 2026');
    expect(await cancelEvent(platform, trainer, id)).toEqual({ notified: 1 });
  });

  it('should not let anyone of another organisation see, change or export its events', async () => {
    const { organisation, trainer, outsider, learner } = await organiser();
    const { id } = await publishedEvent(platform, trainer, organisation.id);
    expect((await errorOf(eventRegistrations(platform, outsider, id))).code).toBe('not_found');
    expect((await errorOf(registrationsTable(platform, outsider, id, platform.translate('en'), 'en'))).code).toBe('not_found');
    expect((await errorOf(updateEvent(platform, outsider, id, eventInput()))).code).toBe('not_found');
    expect((await errorOf(cancelEvent(platform, outsider, id))).code).toBe('not_found');
    expect((await errorOf(organisedEvents(platform, outsider, organisation.id, 'en'))).code).toBe('not_found');
    expect((await errorOf(createEvent(platform, outsider, organisation.id, eventInput()))).code).toBe('validation_failed');
    expect((await errorOf(eventRegistrations(platform, learner, id))).code).toBe('forbidden');
    const admin = (await elevatedActor(platform, { admin: true })).actor;
    expect((await eventRegistrations(platform, admin, id)).rows).toEqual([]);
    expect((await platform.db.selectFrom('events').select('status').executeTakeFirstOrThrow()).status).toBe('published');
    clock.advance(DAY + MINUTE);
  });
});
