import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { enrolTwoFactor, signIn, totp } from './auth.ts';
import { DEMO_PASSWORD, expect } from './fixtures.ts';

// Coordinators act with a second factor. The first spec that needs the demo coordinator enrols it
// and keeps the secret beside the e2e database, so later specs (any order) can sign in with a code.
const SECRET_FILE = fileURLToPath(new URL('../../test-results/e2e-data/coordinator-totp.txt', import.meta.url));
export const COORDINATOR = 'coordinator@demo.destalk.test';

/** The demo coordinator of Safe Harbour, signed in with a second factor, on the dashboard. */
export async function asCoordinator(browser: Browser, options: { userAgent?: string } = {}): Promise<Page> {
  const context = await browser.newContext(options.userAgent ? { userAgent: options.userAgent } : {});
  const page = await context.newPage();
  await signIn(page, COORDINATOR, DEMO_PASSWORD);
  if (existsSync(SECRET_FILE)) {
    await expect(page).toHaveURL(/\/sign-in\/two-factor/);
    // A code already used in this 30-second window may be refused as a replay: use the next one.
    await page.getByLabel('Code from your authenticator app').fill(totp(readFileSync(SECRET_FILE, 'utf8').trim(), 30));
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    return page;
  }
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto('/account/two-factor');
  const secret = await enrolTwoFactor(page, DEMO_PASSWORD);
  mkdirSync(dirname(SECRET_FILE), { recursive: true });
  writeFileSync(SECRET_FILE, secret);
  await page.goto('/dashboard');
  return page;
}
