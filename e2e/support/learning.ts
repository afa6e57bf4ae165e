import type { Browser, Page } from '@playwright/test';
import { signIn } from './auth.ts';
import { DEMO_PASSWORD, expect, expectAccessible } from './fixtures.ts';

const day = (offsetDays: number, from = new Date()) => new Date(from.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** A demo account signed in, in a browser context of its own. */
export async function as(browser: Browser, email: string, base?: string): Promise<Page> {
  const context = await browser.newContext(base ? { baseURL: base } : {});
  const page = await context.newPage();
  await signIn(page, email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  return page;
}

export async function createCohort(page: Page, course: string, title: string, seats: string, today: Date) {
  await page.getByRole('link', { name: 'Cohorts', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cohorts' })).toBeVisible();
  await page.getByLabel('Course', { exact: true }).selectOption({ label: course });
  await page.getByLabel('Name of the cohort').fill(title);
  await page.getByLabel('Starts').fill(day(0, today));
  await page.getByLabel('Ends').fill(day(60, today));
  await page.getByLabel('Enrolment opens').fill(day(0, today));
  await page.getByLabel('Enrolment closes').fill(day(20, today));
  await page.getByLabel('Seats', { exact: true }).fill(seats);
  await page.getByRole('button', { name: 'Create cohort' }).click();
  await expect(page.getByText(`Cohort ${title} created.`)).toBeVisible();
  await expectAccessible(page);
}

