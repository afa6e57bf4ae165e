import type { Page } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import { expect, expectAccessible } from './fixtures.ts';

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export function totp(secret: string, offsetSeconds = 0): string {
  const generator = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
  return generator.generate({ timestamp: Date.now() + offsetSeconds * 1000 });
}

/** Walks the three steps of /account/two-factor; returns the secret the page showed. */
export async function enrolTwoFactor(page: Page, password: string): Promise<string> {
  await expect(page).toHaveURL(/\/account\/two-factor/);
  await expectAccessible(page);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  await expectAccessible(page);
  const secret = (await page.locator('[data-totp-secret]').getAttribute('data-totp-secret')) ?? '';
  expect(secret).toMatch(/^[A-Z2-7]+$/);
  await page.getByLabel('Code from your authenticator app').fill(totp(secret));
  await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
  await expect(page.getByText('Two-step verification is on.')).toBeVisible();
  await expect(page.locator('[data-recovery-codes] li')).toHaveCount(10);
  await expectAccessible(page);
  return secret;
}

/** Signs up a new account through the pages and confirms it from the captured e-mail; leaves it signed in. */
export async function signUpAndSignIn(page: Page, name: string, email: string, password: string): Promise<void> {
  const { linkIn, waitForMail } = await import('./mail.ts');
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel('I have read the privacy notice').check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/sign-up\/check-email$/);
  await page.goto(linkIn(await waitForMail(email, 'Confirm your e-mail address')));
  await page.getByRole('button', { name: 'Confirm my e-mail address' }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=email-verified$/);
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/dashboard$/);
}
