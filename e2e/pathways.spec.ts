import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Request } from '@playwright/test';
import { extractText } from 'unpdf';
import { parse as parseYaml } from 'yaml';
import { allStoredText, e2eDatabase } from './support/database.ts';
import { expect, expectAccessible, test } from './support/fixtures.ts';
import { as, createCohort } from './support/learning.ts';
import { cli } from './support/shifted-server.ts';

// One pathway, start to finish: the steps share what the previous ones created.
test.describe.configure({ mode: 'serial' });

const stamp = Date.now();
const courseSlug = `e2e-pathway-course-${stamp}`;
const courseTitle = `Intake conversations ${stamp}`;
const cohortTitle = `Pathway cohort ${stamp}`;
const pathwayTitle = `Victim support practice ${stamp}`;
const pathwaySlug = `e2e-pathway-${stamp}`;
const REFLECTION = 'I would first agree a safer way to reach her, then plan with her before anything on the phone changes, because removing the app may alert him and destroy evidence.';

/** A one-lesson course with a one-question final check, imported with the CLI. */
function coursePackage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'destalk-e2e-pathway-course-'));
  mkdirSync(join(dir, 'lessons'));
  writeFileSync(
    join(dir, 'course.yaml'),
    [
      `slug: ${courseSlug}`,
      'defaultLocale: en',
      'locales: [en]',
      `title: { en: "${courseTitle}" }`,
      'summary: { en: "Asking about technology at intake." }',
      'modules:',
      '  - key: intake',
      '    title: { en: "Intake" }',
      '    lessons:',
      '      - key: asking',
      '        title: { en: "Asking about devices" }',
      'finalQuiz:',
      '  key: intake-check',
      '  title: { en: "Intake check" }',
      '  passMark: 100',
      '  items: [tf]',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'items.yaml'),
    ['- key: tf', '  type: true_false', '  stem: { en: "Remove a suspected app at once, before any safety planning." }', '  options:', '    - { key: t, text: { en: "True" } }', '    - { key: f, text: { en: "False" }, correct: true }'].join('\n'),
  );
  writeFileSync(join(dir, 'lessons/asking.en.md'), '## Ask about devices\n\nAsk who set up her phone and who knows its code.');
  return dir;
}

const screening = parseYaml(readFileSync(new URL('../content/tools/tech-abuse-screening/tool.yaml', import.meta.url), 'utf8')) as {
  practice: Array<{ key: string; answers: Record<string, string | string[]> }>;
};

async function answer(page: Page, answers: Record<string, string | string[]>) {
  for (const [key, value] of Object.entries(answers)) {
    for (const v of Array.isArray(value) ? value : [value]) await page.locator(`input[name="${key}"][value="${v}"]`).check();
  }
}

test('a trainer writes a pathway in the browser; a learner completes its course, tool practice, reading and reflection and receives the pathway certificate', async ({ browser }) => {
  test.setTimeout(180_000);
  expect(cli(['course', 'import', coursePackage(), '--publish'])).toContain(`created course ${courseSlug}`);
  const trainer = await as(browser, 'trainer@demo.destalk.test');
  await createCohort(trainer, courseTitle, cohortTitle, '10', new Date());

  // Authoring: details, four steps, publish.
  await trainer.getByRole('link', { name: 'Write pathways' }).click();
  await expect(trainer.getByRole('heading', { level: 1, name: 'Write pathways' })).toBeVisible();
  await expectAccessible(trainer);
  await trainer.getByRole('button', { name: 'Create the pathway' }).click();
  await expect(trainer.getByRole('link', { name: 'Use lower-case letters, digits and hyphens only.' })).toBeVisible();
  await expect(trainer.getByRole('link', { name: 'Please fill in this field.' })).toHaveCount(2);
  await expectAccessible(trainer);
  await trainer.getByLabel('Title (English)').fill(pathwayTitle);
  await trainer.getByLabel('Short name').fill(pathwaySlug);
  await trainer.getByLabel('Audience').selectOption({ label: 'Victim-support services' });
  await trainer.getByLabel('Summary (English)').fill('A course, practice with the intake screening, a reading and a reflection.');
  await trainer.getByRole('button', { name: 'Create the pathway' }).click();
  await expect(trainer.getByRole('heading', { level: 1, name: `Edit: ${pathwayTitle}` })).toBeVisible();
  await expectAccessible(trainer);

  const addStep = async (kind: string, title: string, body: string, pick?: { field: string; label: string }) => {
    const form = trainer.locator('form').filter({ has: trainer.getByRole('button', { name: 'Add the step' }) });
    await form.getByLabel('Kind of step').selectOption({ label: kind });
    if (pick) await form.getByLabel(pick.field).selectOption({ label: pick.label });
    await form.getByLabel('Title (English)').fill(title);
    await form.getByLabel('Text (English, Markdown)').fill(body);
    await form.getByRole('button', { name: 'Add the step' }).click();
    await expect(trainer.getByRole('listitem').filter({ hasText: title })).toBeVisible();
  };
  await addStep('Course', 'Take the intake course', 'Complete the course in your cohort.', { field: 'Course', label: courseTitle });
  await addStep('Tool practice', 'Practise the intake screening', 'Pass one practice case.', { field: 'Tool', label: 'Technology-abuse screening at intake' });
  await addStep('Reading', 'Why not remove the app at once', '## Plan first\n\nRemoving monitoring can alert the person who installed it.');
  await addStep('Reflection', 'Your first conversation', 'How would you start the conversation about her phone?');
  await expect(trainer.getByRole('listitem').filter({ hasText: 'Take the intake course' })).toContainText(courseSlug);
  await trainer.getByRole('button', { name: 'Publish' }).click();
  await expect(trainer.getByText('The pathway is published.')).toBeVisible();
  await expectAccessible(trainer);

  // The learner starts it and works through the steps.
  const marta = await as(browser, 'learner2@demo.destalk.test');
  await marta.getByRole('link', { name: 'Pathways', exact: true }).click();
  await expect(marta.getByRole('heading', { level: 1, name: 'Training pathways' })).toBeVisible();
  await expectAccessible(marta);
  await marta.getByRole('link', { name: pathwayTitle, exact: true }).click();
  await marta.getByRole('button', { name: 'Start this pathway' }).click();
  await expect(marta.getByText("Taken with Safe Harbour Women's Centre: its trainers review your reflections and confirm your live sessions.")).toBeVisible();
  await expect(marta.getByText('To do')).toHaveCount(4);
  await expectAccessible(marta);

  // Course step: enrol, read the lesson, pass the check.
  await marta.goto('/learn');
  await marta.getByRole('article').filter({ hasText: cohortTitle }).getByRole('button', { name: 'Enrol' }).click();
  await marta.getByRole('article').filter({ hasText: cohortTitle }).getByRole('link', { name: 'Continue' }).click();
  await marta.getByRole('link', { name: 'Asking about devices' }).click();
  await marta.getByRole('button', { name: 'Mark as done and go back to the course' }).click();
  await marta.getByRole('link', { name: 'Intake check' }).click();
  await marta.getByLabel('False').check();
  await marta.getByRole('button', { name: 'Submit answers' }).click();
  await expect(marta.getByText('Passed. Well done.')).toBeVisible();

  // Tool-practice step: a wrong attempt first, then the case's answers.
  await marta.goto(`/pathways/${pathwaySlug}`);
  await marta.getByRole('link', { name: 'Practise with the tool' }).click();
  await expect(marta.getByRole('heading', { level: 1, name: 'Technology-abuse screening at intake' })).toBeVisible();
  await expectAccessible(marta);
  const practiceCase = screening.practice[0]!;
  await marta.locator(`a[href$="/practice/${practiceCase.key}"]`).click();
  await expectAccessible(marta);
  await marta.getByRole('button', { name: 'Check my answers' }).click();
  await expect(marta.getByText('Not yet: compare the flags below, reread the case and try again.')).toBeVisible();
  await expectAccessible(marta);
  await answer(marta, practiceCase.answers);
  await marta.getByRole('button', { name: 'Check my answers' }).click();
  await expect(marta.getByText('Well done: your answers raise the same flags as the case.')).toBeVisible();
  await expectAccessible(marta);

  // Reading and reflection.
  await marta.goto(`/pathways/${pathwaySlug}`);
  await marta.getByRole('button', { name: 'I have read this' }).click();
  await marta.getByLabel('Your reflection').fill('Too short.');
  await marta.getByRole('button', { name: 'Send for review' }).click();
  await expect(marta.getByRole('link', { name: 'Please write at least 80 characters.' })).toBeVisible();
  await expectAccessible(marta);
  await marta.getByLabel('Your reflection').fill(REFLECTION);
  await marta.getByRole('button', { name: 'Send for review' }).click();
  await expect(marta.getByText('Waiting for review')).toBeVisible();
  await expect(marta.getByText('Done', { exact: true })).toHaveCount(3);
  await expectAccessible(marta);

  // The trainer accepts the reflection.
  await trainer.getByRole('link', { name: 'Pathway participants' }).click();
  await expect(trainer.getByRole('heading', { level: 1, name: 'Pathway participants' })).toBeVisible();
  await expectAccessible(trainer);
  await trainer.getByRole('link', { name: 'Review: Marta Learner, Your first conversation' }).click();
  await expect(trainer.getByText(REFLECTION)).toBeVisible();
  await expectAccessible(trainer);
  await trainer.getByLabel('Accept: the step is done').check();
  await trainer.getByRole('button', { name: 'Send the review' }).click();
  await expect(trainer.getByText('Review sent.')).toBeVisible();
  await expect(trainer.getByText('No reflection is waiting for review.')).toBeVisible();

  // Completed: the certificate.
  await marta.reload();
  await expect(marta.getByText(/^You completed this pathway on /)).toBeVisible();
  await expectAccessible(marta);
  const [download] = await Promise.all([marta.waitForEvent('download'), marta.getByRole('link', { name: 'Download the pathway certificate (PDF)' }).click()]);
  const { text } = await extractText(new Uint8Array(readFileSync((await download.path())!)), { mergePages: true });
  expect(text).toContain('has completed the training pathway');
  expect(text).toContain('Marta Learner');
  expect(text).toContain(pathwayTitle);
  const code = text.match(/Verification code: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/)?.[1] ?? '';
  expect(code).not.toBe('');
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/verify/${code}`);
  await expect(visitor.getByText('This certificate is valid.')).toBeVisible();
  await expect(visitor.getByText(pathwayTitle)).toBeVisible();
  await expectAccessible(visitor);

  await trainer.goto('/author/pathways');
  await expect(trainer.getByRole('row').filter({ hasText: pathwayTitle })).toContainText(/Published\s*4\s*1\s*1/);
  for (const p of [trainer, marta, visitor]) await p.context().close();
});

test('the interactive tool keeps every answer in the page until "save", which keeps no free text; the blank copy prints', async ({ browser }) => {
  const marker = `Mariam lives at 12 Via Example ${stamp}`;
  const lena = await as(browser, 'learner@demo.destalk.test');
  const sent: Request[] = [];
  lena.on('request', (r) => sent.push(r));
  await lena.goto('/tools');
  await expectAccessible(lena);
  await lena.getByRole('link', { name: 'Technology-abuse screening at intake' }).click();
  await lena.getByRole('link', { name: 'Use with a person' }).click();
  await expect(lena.getByText('Private by design.')).toBeVisible();
  await expectAccessible(lena);
  const before = sent.length;
  await lena.getByLabel('Her main concerns about technology, in her own words').fill(marker);
  await answer(lena, { 'device-from-partner': 'yes', 'passcode-known': 'yes', 'partner-had-phone': 'yes', 'knows-private-content': 'yes', 'image-threat': 'yes' });
  await lena.getByRole('button', { name: 'Show the summary' }).click();
  await expect(lena.getByRole('heading', { name: 'Summary' })).toBeFocused();
  await expect(lena.locator('[data-flag]')).not.toHaveCount(0);
  await expect(lena.locator('#tool-summary')).toContainText(marker);
  await expectAccessible(lena);
  // Nothing went to the server: no request at all since the page loaded, and no trace in the database.
  expect(sent.slice(before).map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
  expect(allStoredText()).not.toContain(marker);

  // "Save" sends the form; the copy keeps structured answers and flags, not the note.
  await lena.getByRole('button', { name: 'Save an anonymised copy' }).click();
  await expect(lena.getByText('Anonymised copy saved. Free-text notes were not kept.')).toBeVisible();
  await expectAccessible(lena);
  expect(sent.slice(before).filter((r) => r.method() === 'POST')).toHaveLength(1);
  const db = e2eDatabase();
  const copy = db.prepare('select answers, flags, toolVersion from tool_saved_copies order by createdAt desc limit 1').get() as { answers: string; flags: string; toolVersion: string };
  db.close();
  expect(JSON.parse(copy.answers)).toMatchObject({ 'device-from-partner': 'yes', 'image-threat': 'yes' });
  expect(JSON.parse(copy.flags).length).toBeGreaterThan(0);
  expect(allStoredText()).not.toContain(marker);
  await lena.getByRole('button', { name: 'Delete this copy' }).click();
  await expect(lena.getByText('The copy was deleted.')).toBeVisible();

  // The blank copy for paper: every question with boxes, the flags explained, no navigation in print.
  await lena.goto('/tools/tech-abuse-screening/print');
  await expect(lena.getByRole('heading', { level: 1, name: 'Technology-abuse screening at intake (blank copy)' })).toBeVisible();
  await expect(lena.getByRole('heading', { name: 'When to raise a flag' })).toBeVisible();
  await expectAccessible(lena);
  await lena.emulateMedia({ media: 'print' });
  await expect(lena.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(lena.getByRole('heading', { level: 1 })).toBeVisible();
  await lena.context().close();
});

test('without JavaScript the tool still gives its summary (computed on the server, stored nowhere) and the library and practice work', async ({ browser }) => {
  const marker = `No-script note ${stamp}`;
  // axe needs script, so it runs on these pages in the tests above (same markup, JavaScript on).
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const { signIn } = await import('./support/auth.ts');
  await signIn(page, 'learner@demo.destalk.test', 'destalk-demo-2026');
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto('/tools/tech-abuse-screening/use');
  await expect(page.getByText('Without JavaScript, “Show the summary” sends the answers to the server once to calculate the summary; they are not stored.')).toBeVisible();
  await page.getByLabel('Her main concerns about technology, in her own words').fill(marker);
  await answer(page, { 'image-threat': 'yes' });
  await page.getByRole('button', { name: 'Show the summary' }).click();
  await expect(page.getByRole('heading', { name: 'Summary' })).toBeVisible();
  await expect(page.locator('[data-flag="image-abuse"]')).toBeVisible();
  await expect(page.locator('#tool-summary')).toContainText(marker);
  // The answers are back in the form, so the person can go on.
  await expect(page.locator('input[name="image-threat"][value="yes"]')).toBeChecked();
  expect(allStoredText()).not.toContain(marker);

  await page.goto('/tools/multi-agency-referral');
  await page.locator('a[href*="/practice/"]').first().click();
  await page.getByRole('button', { name: 'Check my answers' }).click();
  await expect(page.getByText('Not yet: compare the flags below, reread the case and try again.')).toBeVisible();
  await context.close();
});
