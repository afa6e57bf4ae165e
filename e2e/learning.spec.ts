import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractText } from 'unpdf';
import { expect, expectAccessible, test } from './support/fixtures.ts';
import { waitForMail, waitForMailCount } from './support/mail.ts';
import { as, createCohort } from './support/learning.ts';
import { cli, SHIFTED, startShiftedServer } from './support/shifted-server.ts';

// One programme, start to finish: the steps share what the previous ones created.
test.describe.configure({ mode: 'serial' });

const stamp = Date.now();
const slug = `e2e-course-${stamp}`;
const courseTitle = `Digital safety at intake ${stamp}`;
const cohortTitle = `E2E cohort ${stamp}`;
let certificateCode = '';
let issuedAt = new Date();

test('a trainer builds a course with a case quiz and publishes it; the third learner of a 2-seat cohort waits and is seated when one withdraws', async ({ browser }) => {
  test.setTimeout(180_000);
  const trainer = await as(browser, 'trainer@demo.destalk.test');
  await trainer.getByRole('link', { name: 'Course authoring' }).click();
  await expectAccessible(trainer);
  await trainer.getByLabel('Title').fill(courseTitle);
  await trainer.getByLabel('Short name').fill(slug);
  await trainer.getByRole('button', { name: 'Create the course' }).click();
  await expect(trainer.getByRole('heading', { level: 1, name: courseTitle })).toBeVisible();
  await expectAccessible(trainer);

  await trainer.getByLabel('Summary').fill('How to ask about phones and accounts, safely.');
  await trainer.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(trainer.getByText('Saved.')).toBeVisible();
  await trainer.locator('#new-module-title').fill('Asking about technology');
  await trainer.getByRole('button', { name: 'Add a module' }).click();
  await expect(trainer.getByRole('heading', { name: '1. Asking about technology' })).toBeVisible();
  await trainer.getByLabel('Lesson title').fill('Questions that keep her safe');
  await trainer.getByRole('button', { name: 'Add a lesson' }).click();
  await trainer.getByRole('link', { name: 'Questions that keep her safe' }).click();
  await trainer.getByLabel('Text (Markdown)').fill('## Ask on a safer device\n\n> [!WARNING]\n> Do not change anything on her phone before a safety plan.\n\nAsk who set up the phone and who knows the passcode.');
  await expect(trainer.locator('aside.callout-warning')).toContainText('Do not change anything');
  await expectAccessible(trainer);
  await trainer.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(trainer.getByText('Saved.')).toBeVisible();
  await trainer.getByRole('link', { name: 'Back to the course' }).click();

  await trainer.getByRole('link', { name: 'New case with questions' }).click();
  await trainer.getByLabel('The case').fill('Amal says her ex-partner knows what she wrote to her sister.');
  await trainer.locator('[name="q0.stem"]').fill('What do you do first?');
  await trainer.locator('[name="q0.o0.text"]').fill('Plan with her before anything changes on the phone');
  await trainer.locator('[name="q0.o0.feedback"]').fill('Safety first: changes can alert him.');
  await trainer.locator('[name="q0.o0.correct"]').check();
  await trainer.locator('[name="q0.o1.text"]').fill('Delete the messaging app at once');
  await trainer.locator('[name="q0.o1.feedback"]').fill('Deleting can alert him and destroy evidence.');
  await trainer.getByRole('button', { name: 'Save, then add another question to the case' }).click();
  await expect(trainer.getByText('The question is saved.')).toBeVisible();
  await expectAccessible(trainer);
  await trainer.getByRole('link', { name: 'Back to the course' }).click();

  await trainer.getByRole('link', { name: 'Set up the quiz' }).last().click();
  await trainer.getByLabel('Quiz title').fill('Final check');
  await trainer.getByLabel('Amal says her ex-partner knows what she wrote to her sister.').check();
  await expectAccessible(trainer);
  await trainer.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(trainer.getByRole('heading', { name: 'The draft is ready to publish.' })).toBeVisible();
  await trainer.getByRole('link', { name: 'Preview' }).click();
  await expect(trainer.locator('aside.callout-warning')).toContainText('Do not change anything on her phone');
  await expectAccessible(trainer);
  await trainer.getByRole('link', { name: 'Back to the course' }).click();
  await trainer.getByRole('button', { name: 'Publish a new version' }).click();
  await expect(trainer.getByText('Version 1 is published.')).toBeVisible();

  await createCohort(trainer, courseTitle, cohortTitle, '2', new Date());

  const [lena, marta, noor] = [await as(browser, 'learner@demo.destalk.test'), await as(browser, 'learner2@demo.destalk.test'), await as(browser, 'learner3@demo.destalk.test')];
  for (const learner of [lena, marta]) {
    await learner.goto('/learn');
    await learner.getByRole('article').filter({ hasText: cohortTitle }).getByRole('button', { name: 'Enrol' }).click();
    await expect(learner.getByText(`You have a seat in ${cohortTitle}.`)).toBeVisible();
  }
  await noor.goto('/learn');
  await expectAccessible(noor);
  await noor.getByRole('article').filter({ hasText: cohortTitle }).getByRole('button', { name: 'Join the waitlist' }).click();
  await expect(noor.getByText('The cohort is full. You are number 1 on the waitlist; we will e-mail you when a seat is yours.')).toBeVisible();
  await expectAccessible(noor);

  await marta.goto('/learn');
  await marta.getByRole('article').filter({ hasText: cohortTitle }).getByRole('button', { name: 'Leave this cohort' }).click();
  await expect(marta.getByText('You have left the cohort.')).toBeVisible();
  const mail = await waitForMail('learner3@demo.destalk.test', 'Your place is confirmed');
  expect(mail.text).toContain(`A place has become free in ${courseTitle} (${cohortTitle}) and it is now yours.`);
  await noor.goto('/learn');
  await expect(noor.getByRole('article').filter({ hasText: cohortTitle }).getByText('Enrolled')).toBeVisible();

  await trainer.getByRole('link', { name: cohortTitle }).click();
  await expect(trainer.getByText('2 enrolled · 0 completed · 0 on the waitlist')).toBeVisible();
  await expectAccessible(trainer);
  for (const p of [trainer, lena, marta, noor]) await p.context().close();
});

test('a learner completes the lesson, fails then passes the quiz, and downloads a certificate that /verify confirms', async ({ browser }) => {
  test.setTimeout(120_000);
  const noor = await as(browser, 'learner3@demo.destalk.test');
  await noor.goto('/learn');
  await noor.getByRole('article').filter({ hasText: cohortTitle }).getByRole('link', { name: 'Continue' }).click();
  await expect(noor.getByRole('heading', { level: 1, name: courseTitle })).toBeVisible();
  await expectAccessible(noor);
  await noor.getByRole('link', { name: 'Questions that keep her safe' }).click();
  await expect(noor.locator('aside.callout-warning')).toContainText('Do not change anything on her phone');
  await expectAccessible(noor);
  await noor.getByRole('button', { name: 'Mark as done and go back to the course' }).click();
  await expect(noor.getByText('50% done')).toBeVisible();

  await noor.getByRole('link', { name: 'Final check' }).click();
  await expectAccessible(noor);
  await noor.getByRole('button', { name: 'Submit answers' }).click();
  await expect(noor.getByRole('link', { name: 'Case 1, question 1: Choose an answer to this question.' })).toBeVisible();
  await noor.getByLabel('Delete the messaging app at once').check();
  await noor.getByRole('button', { name: 'Submit answers' }).click();
  await expect(noor.getByText('Not passed yet. Read the explanations, then try again.')).toBeVisible();
  await expect(noor.getByText('Deleting can alert him and destroy evidence.')).toBeVisible();
  await expectAccessible(noor);
  await noor.getByRole('link', { name: 'Try again' }).click();
  await noor.getByLabel('Plan with her before anything changes on the phone').check();
  await noor.getByRole('button', { name: 'Submit answers' }).click();
  await expect(noor.getByText('Passed. Well done.')).toBeVisible();
  await noor.getByRole('link', { name: 'Back to the course' }).last().click();
  await expect(noor.getByText('You have completed the course. Your certificate is ready.')).toBeVisible();
  await expectAccessible(noor);

  const [download] = await Promise.all([noor.waitForEvent('download'), noor.getByRole('link', { name: `Download the certificate for ${courseTitle} (PDF)` }).click()]);
  const pdf = readFileSync((await download.path())!);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
  expect(text).toContain('Certificate of completion');
  expect(text).toContain('Noor Learner');
  expect(text).toContain(courseTitle);
  certificateCode = text.match(/Verification code: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/)?.[1] ?? '';
  expect(certificateCode).not.toBe('');
  issuedAt = new Date();

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/verify/${certificateCode.toLowerCase()}`);
  await expect(visitor.getByText('This certificate is valid.')).toBeVisible();
  await expect(visitor.getByText('Noor L.', { exact: true })).toBeVisible();
  await expect(visitor.locator('#exit-this-page')).toBeVisible();
  expect(await visitor.context().cookies()).toEqual([]);
  await expectAccessible(visitor);
  await noor.context().close();
  await visitor.context().close();
});

test('travelling the clock sends the reminders, shows the certificate expired, and the refresher renews it', async ({ browser }) => {
  test.setTimeout(240_000);
  expect(certificateCode).not.toBe('');
  const expiry = new Date(issuedAt);
  expiry.setUTCFullYear(expiry.getUTCFullYear() + 1);
  const subjects = [/^Your certificate expires on /, /^Your certificate expires on /, /^Your certificate expires on /, 'Your certificate has expired'];
  const reminderCount = { soon: 0 };
  for (const [index, daysBefore] of [60, 30, 7, 0].entries()) {
    const server = await startShiftedServer(new Date(expiry.getTime() - daysBefore * 86_400_000 + 3_600_000));
    const subject = subjects[index]!;
    if (typeof subject !== 'string') reminderCount.soon++;
    const mail = await waitForMailCount('learner3@demo.destalk.test', subject, typeof subject === 'string' ? 1 : reminderCount.soon);
    // Discreet: neither the subject nor the text names the subject matter (the platform's own name aside).
    expect(mail.subject).not.toMatch(/stalk|violen|abus/i);
    expect(mail.text.replaceAll('DeStalk', '')).not.toMatch(/stalk|violen|abus|cyber/i);
    if (daysBefore === 0) {
      const visitor = await (await browser.newContext()).newPage();
      await visitor.goto(`${SHIFTED}/verify/${certificateCode}`);
      await expect(visitor.getByText(/^This certificate has expired\. It was valid until /)).toBeVisible();
      await expectAccessible(visitor);
      await visitor.context().close();

      // The refresher (a package imported with the CLI) renews it, taken a year on.
      const folder = refresherPackage();
      expect(cli(['course', 'import', folder, '--publish'])).toContain(`created course ${slug}-refresher`);
      const today = new Date(expiry.getTime() + 3_600_000);
      const trainer = await as(browser, 'trainer@demo.destalk.test', SHIFTED);
      await createCohort(trainer, `${courseTitle} – refresher`, `${cohortTitle} refresher`, '10', today);
      const noor = await as(browser, 'learner3@demo.destalk.test', SHIFTED);
      await noor.goto('/learn');
      await expect(noor.getByText('Time for the refresher: it renews your certificate for another period.')).toBeVisible();
      await expectAccessible(noor);
      await noor.getByRole('button', { name: 'Enrol in the refresher' }).click();
      await noor.getByRole('article').filter({ hasText: `${cohortTitle} refresher` }).getByRole('link', { name: 'Continue' }).click();
      await noor.getByRole('link', { name: 'What changed this year' }).click();
      await noor.getByRole('button', { name: 'Mark as done and go back to the course' }).click();
      await noor.getByRole('link', { name: 'Refresher check' }).click();
      await noor.getByLabel('False').check();
      await noor.getByRole('button', { name: 'Submit answers' }).click();
      await expect(noor.getByText('Passed. Well done.')).toBeVisible();
      await noor.goto(`${SHIFTED}/verify/${certificateCode}`);
      await expect(noor.getByText('This certificate is valid.')).toBeVisible();
      for (const p of [trainer, noor]) await p.context().close();
    }
    await server.stop();
  }
});

/** A small refresher package of the e2e course, written the way authors and `destalk course export` write them. */
function refresherPackage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'destalk-e2e-refresher-'));
  mkdirSync(join(dir, 'lessons'));
  writeFileSync(
    join(dir, 'course.yaml'),
    [
      `slug: ${slug}-refresher`,
      'defaultLocale: en',
      'locales: [en]',
      `refresherOf: ${slug}`,
      `title: { en: "${courseTitle} – refresher" }`,
      'summary: { en: "A year on: what changed." }',
      'modules:',
      '  - key: refresh',
      '    title: { en: "Refresh" }',
      '    lessons:',
      '      - key: what-changed',
      '        title: { en: "What changed this year" }',
      'finalQuiz:',
      '  key: refresher-check',
      '  title: { en: "Refresher check" }',
      '  passMark: 100',
      '  items: [tf]',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'items.yaml'),
    ['- key: tf', '  type: true_false', '  stem: { en: "A check that finds nothing proves the phone is free of monitoring." }', '  options:', '    - { key: t, text: { en: "True" }, feedback: { en: "No check can prove that." } }', '    - { key: f, text: { en: "False" }, correct: true }'].join('\n'),
  );
  writeFileSync(join(dir, 'lessons/what-changed.en.md'), '## New this year\n\nTrackers now warn on both phone systems.');
  return dir;
}
