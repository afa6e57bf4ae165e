import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { expect, expectAccessible, test } from './support/fixtures.ts';
import { as } from './support/learning.ts';
import { waitForMail } from './support/mail.ts';
import { SHIFTED, startShiftedServer } from './support/shifted-server.ts';

test.describe.configure({ mode: 'serial' });

const stamp = Date.now();
const slug = `panel-${stamp}`;
const title = `Stalkerware: what services need to know ${stamp}`;
const JOIN_URL = `https://meet.example.org/panel-${stamp}`;
const ana = `ana.${stamp}@example.org`;
const ben = `ben.${stamp}@example.org`;
// 10:00–12:00 in Rome on 10 March 2027 is 09:00–11:00 UTC.
const STARTS_UTC = '2027-03-10T09:00:00.000Z';
let personalLink = '';

/** A 1×1 PNG for a speaker's photo. */
function photo(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'destalk-e2e-photo-')), 'speaker.png');
  writeFileSync(file, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
  return file;
}

async function register(page: import('@playwright/test').Page, email: string) {
  await page.goto(`/events/${slug}`);
  await page.getByLabel('Your name').fill(email.split('.')[0]!.replace(/^./, (c) => c.toUpperCase()));
  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('group', { name: 'Do you need captions? (optional)' }).getByLabel('Yes').check();
  await page.getByLabel('I have read the privacy notice and agree that my details are used as it says.').check();
  await page.getByRole('button', { name: 'Register' }).click();
  await expect(page.getByText('Thank you. Please check your e-mail and confirm your registration')).toBeVisible();
}

test('an organiser creates an online event with a panel of three speakers and publishes it', async ({ browser }) => {
  test.setTimeout(120_000);
  const organiser = await as(browser, 'trainer@demo.destalk.test');
  await organiser.getByRole('link', { name: 'Events', exact: true }).click();
  await expect(organiser.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
  await expectAccessible(organiser);
  await organiser.getByRole('button', { name: 'Create the event' }).click();
  await expect(organiser.getByRole('link', { name: 'Use lower-case letters, digits and hyphens only.' })).toBeVisible();
  await expectAccessible(organiser);
  await organiser.getByLabel('Title (English)').fill(title);
  await organiser.getByLabel('Short name').fill(slug);
  await organiser.getByLabel('Summary (English)').fill('Research, cybersecurity, a public authority and a support service on one panel.');
  await organiser.getByLabel('Starts').fill('2027-03-10T10:00');
  await organiser.getByLabel('Ends').fill('2027-03-10T12:00');
  await organiser.getByLabel('Seats').fill('1');
  await organiser.getByLabel('Join address (online and hybrid)').fill(JOIN_URL);
  await organiser.getByRole('button', { name: 'Create the event' }).click();
  await expect(organiser.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expectAccessible(organiser);

  for (const [name, affiliation] of [['Dr. Ada Rossi', 'University of Rome'], ['Marco Bianchi', 'Regional CERT'], ['Giulia Verdi', 'Safe Harbour Women’s Centre']] as const) {
    await organiser.getByLabel('Name', { exact: true }).fill(name);
    await organiser.getByLabel('Organisation or role').fill(affiliation);
    await organiser.getByLabel('Short biography (English)').fill(`${name} works on technology-facilitated abuse.`);
    if (name === 'Dr. Ada Rossi') await organiser.getByLabel('Photo (optional)').setInputFiles(photo());
    await organiser.getByRole('button', { name: 'Add the speaker' }).click();
    await expect(organiser.getByRole('button', { name: `Remove ${name}` })).toBeVisible();
  }
  await organiser.getByLabel('Title (English)').nth(1).fill('Panel: stalkerware in practice');
  for (const name of ['Dr. Ada Rossi', 'Marco Bianchi', 'Giulia Verdi']) await organiser.getByRole('checkbox', { name }).check();
  await organiser.getByRole('button', { name: 'Add to the agenda' }).click();
  await expect(organiser.getByRole('button', { name: 'Remove Panel: stalkerware in practice' })).toBeVisible();
  await organiser.getByLabel('Question (English)').fill('Do you need captions?');
  await organiser.getByLabel('Answer', { exact: true }).selectOption({ label: 'Yes or no' });
  await organiser.getByRole('button', { name: 'Add the question' }).click();
  await expect(organiser.getByRole('button', { name: 'Remove “Do you need captions?”' })).toBeVisible();
  await organiser.getByRole('button', { name: 'Publish' }).click();
  await expect(organiser.getByText('The event is published.')).toBeVisible();
  await expectAccessible(organiser);
  await organiser.context().close();
});

test('a visitor registers and confirms by e-mail, gets the calendar file, sees the join link only from the reveal time, cancels, and the first on the waitlist is offered the seat', async ({ browser, page, foreignRequests }) => {
  test.setTimeout(180_000);
  await page.goto('/events');
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('With Dr. Ada Rossi, Marco Bianchi, Giulia Verdi')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Photo of Dr. Ada Rossi' })).toBeVisible();
  expect(await page.content()).not.toContain(JOIN_URL);
  await expectAccessible(page);

  // Missing consent: a clear message, nothing lost.
  await page.getByLabel('Your name').fill('Ana');
  await page.getByLabel('E-mail address').fill(ana);
  await page.getByRole('button', { name: 'Register' }).click();
  await expect(page.getByRole('link', { name: 'Please accept the privacy notice to register.' })).toBeVisible();
  await expect(page.getByLabel('E-mail address')).toHaveValue(ana);
  await expectAccessible(page);
  await register(page, ana);
  expect(await page.context().cookies()).toEqual([]);

  const confirm = await waitForMail(ana, 'Please confirm your registration');
  personalLink = confirm.text.match(/http:\/\/localhost:3123\/events\/r\/[A-Za-z0-9_-]+/)![0];
  await page.goto(personalLink);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Confirm my registration' }).click();
  await expect(page.getByRole('heading', { name: 'Your seat is confirmed.' })).toBeVisible();
  await expect(page.getByText(/^The link to join appears here from March 10, 2027 at 9:30 AM \(Europe\/Rome\)\.$/)).toBeVisible();
  expect(await page.content()).not.toContain(JOIN_URL);
  await expectAccessible(page);

  const registered = await waitForMail(ana, 'Your registration is confirmed');
  expect(registered.attachments.map((a) => a.filename)).toEqual(['event.ics']);
  const vevent = new ICAL.Component(ICAL.parse(registered.attachments[0]!.content)).getFirstSubcomponent('vevent')!;
  expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Rome');
  expect(vevent.getFirstPropertyValue('dtstart')!.toString()).toBe('2027-03-10T10:00:00');
  expect(vevent.getFirstPropertyValue('dtend')!.toString()).toBe('2027-03-10T12:00:00');
  expect(vevent.getFirstPropertyValue('url')).toBe(personalLink);
  expect(registered.attachments[0]!.content).not.toContain(JOIN_URL);

  // Ten minutes before the start (a server whose clock is there): the join link is revealed.
  const shifted = await startShiftedServer(new Date(Date.parse(STARTS_UTC) - 10 * 60_000));
  try {
    const later = await (await browser.newContext({ baseURL: SHIFTED })).newPage();
    const shiftedLink = personalLink.replace('http://localhost:3123', SHIFTED);
    await later.goto(shiftedLink);
    await expect(later.getByRole('link', { name: 'Join the event now' })).toBeVisible();
    await expectAccessible(later);
    const join = await fetch(`${shiftedLink}/join`, { redirect: 'manual' });
    expect(join.status).toBe(302);
    expect(join.headers.get('location')).toBe(JOIN_URL);
    await later.context().close();
  } finally {
    await shifted.stop();
  }

  // A second visitor finds the event full and waits; the first cancels; the second is offered the seat.
  const second = await (await browser.newContext()).newPage();
  await register(second, ben);
  const benConfirm = await waitForMail(ben, 'Please confirm your registration');
  await second.goto(benConfirm.text.match(/http:\/\/localhost:3123\/events\/r\/[A-Za-z0-9_-]+/)![0]);
  await second.getByRole('button', { name: 'Confirm my registration' }).click();
  await expect(second.getByRole('heading', { name: 'You are number 1 on the waiting list.' })).toBeVisible();
  await expectAccessible(second);
  await page.goto(personalLink);
  await page.getByRole('button', { name: 'Cancel my registration' }).click();
  await expect(page.getByText('Your registration is cancelled.')).toBeVisible();
  await expectAccessible(page);
  const offer = await waitForMail(ben, 'A seat is free for you');
  expect(offer.text).toContain(`A seat has become free for “${title}”`);
  await second.reload();
  await expect(second.getByRole('heading', { name: /^A seat is free for you until / })).toBeVisible();
  expect(foreignRequests).toEqual([]);
  await second.context().close();
});

test('the organiser exports the registrations with consents and answers as XLSX', async ({ browser }) => {
  const organiser = await as(browser, 'trainer@demo.destalk.test');
  await organiser.getByRole('link', { name: 'Events', exact: true }).click();
  await organiser.getByRole('link', { name: title }).click();
  await expect(organiser.getByRole('cell', { name: /Cancelled/ })).toBeVisible();
  await expectAccessible(organiser);
  const [download] = await Promise.all([organiser.waitForEvent('download'), organiser.getByRole('link', { name: 'Download XLSX' }).click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await download.path())!);
  const sheet = workbook.getWorksheet('Registrations')!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(header).toEqual(['Name', 'E-mail', 'Organisation', 'Sector', 'Country', 'Accessibility needs', 'Status', 'Waitlist position', 'Registered', 'Confirmed', 'Attended', 'Attendance recorded by', 'Consent version', 'Consent given', 'Consent text', 'Certificate requested', 'Do you need captions?']);
  const rows = [2, 3].map((n) => sheet.getRow(n));
  expect(rows.map((r) => [r.getCell(1).value, r.getCell(2).value, r.getCell(7).value, r.getCell(13).value, r.getCell(17).value])).toEqual([
    ['Ana', ana, 'Cancelled', 1, 'Yes'],
    ['Ben', ben, 'Seat offered', 1, 'Yes'],
  ]);
  expect(String(rows[0]!.getCell(15).value)).toContain('We use your name, e-mail address and answers only to run this event');
  await organiser.context().close();
});
