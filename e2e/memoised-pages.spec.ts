import type { Browser, Page } from '@playwright/test';
import { signIn } from './support/auth.ts';
import { DEMO_PASSWORD, expect, expectAccessible, test } from './support/fixtures.ts';

// ADR 0013: the lesson page is rendered once per distinct input and served from memory. What
// must stay true: every response gets its own nonce matching its CSP, the shared page carries
// no one's name, and progress still changes what a learner sees.

const COURSE = 'Cyberviolence and stalkerware: recognise, respond, refer';

async function learnerOnFirstLesson(browser: Browser, email: string): Promise<{ page: Page; lessonUrl: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto('/learn');
  const offer = page.getByRole('region', { name: 'Open for enrolment' }).getByRole('article').filter({ has: page.getByRole('heading', { name: COURSE, exact: true }) });
  await offer.getByRole('button', { name: 'Enrol' }).click();
  await expect(page.getByText(/You have a seat in/)).toBeVisible();
  const mine = page.getByRole('region', { name: 'Your courses' }).getByRole('article').filter({ has: page.getByRole('heading', { name: COURSE, exact: true }) });
  await mine.getByRole('link', { name: 'Continue' }).click();
  await page.getByRole('link', { name: 'Start the course' }).click();
  await expect(page.locator('.prose-guide')).toBeVisible();
  return { page, lessonUrl: new URL(page.url()).pathname };
}

async function memoisedHits(page: Page): Promise<number> {
  const text = await (await page.request.get('/metrics')).text();
  return Number(/^destalk_memoised_pages_served_total (\d+)/m.exec(text)?.[1] ?? 'NaN');
}

function nonces(html: string, csp: string): { page: Set<string>; header: string } {
  return { page: new Set([...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]!)), header: /'nonce-([^']+)'/.exec(csp)?.[1] ?? '' };
}

test('the lesson page is shared between learners of a cohort, names no one, and gets a fresh nonce each time', async ({ browser }) => {
  const lena = await learnerOnFirstLesson(browser, 'learner@demo.destalk.test');
  const marta = await learnerOnFirstLesson(browser, 'learner2@demo.destalk.test');
  expect(marta.lessonUrl).toBe(lena.lessonUrl);
  await expectAccessible(lena.page);

  const before = await memoisedHits(lena.page);
  const seen = new Set<string>();
  // The learners reached the lesson by client-side navigation (data requests): the first full
  // page is rendered and memoised, the next three — Marta's included — come from memory.
  for (const { page } of [lena, marta, lena, marta]) {
    const response = await page.request.get(lena.lessonUrl);
    expect(response.status()).toBe(200);
    const html = await response.text();
    const { page: inPage, header } = nonces(html, response.headers()['content-security-policy'] ?? '');
    expect([...inPage]).toEqual([header]);
    expect(seen.has(header)).toBe(false);
    seen.add(header);
    for (const name of ['Lena', 'Marta', '@demo.destalk.test']) expect(html).not.toContain(name);
  }
  expect(await memoisedHits(lena.page)).toBe(before + 3);

  // Progress changes the page: completing the lesson shows it as done, for Lena only.
  await lena.page.goto(lena.lessonUrl);
  await lena.page.getByRole('button', { name: 'Mark as done and continue' }).click();
  await expect(lena.page).not.toHaveURL(lena.lessonUrl);
  await lena.page.goto(lena.lessonUrl);
  await expect(lena.page.getByText('Done', { exact: true })).toBeVisible();
  await marta.page.goto(lena.lessonUrl);
  await expect(marta.page.locator('.prose-guide')).toBeVisible();
  await expect(marta.page.getByText('Done', { exact: true })).toHaveCount(0);
  // The page still works as an app after a memoised render: client-side navigation.
  await marta.page.getByRole('link', { name: new RegExp(`^← ${COURSE.slice(0, 20)}`) }).click();
  await expect(marta.page.getByRole('heading', { level: 1, name: COURSE })).toBeVisible();
});
