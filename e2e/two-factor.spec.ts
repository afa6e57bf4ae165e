import { enrolTwoFactor, signIn, totp } from './support/auth.ts';
import { DEMO_PASSWORD, expect, expectAccessible, test } from './support/fixtures.ts';

test.describe('two-step verification', () => {
  test('a coordinator must enrol TOTP before the coordinator area, then signs in with a code', async ({ page }) => {
    const email = 'coordinator.turningpoint@demo.destalk.test';
    await signIn(page, email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByText('Your role requires two-step verification.')).toBeVisible();
    await expectAccessible(page);

    // The coordinator area refuses until two-step verification is on.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Turning Point Programme' }).click();
    await expect(page).toHaveURL(/\/account\/two-factor\?required=1$/);
    await expect(page.getByText('Your role requires two-step verification. Please set it up to continue.')).toBeVisible();
    const secret = await enrolTwoFactor(page, DEMO_PASSWORD);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Turning Point Programme' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Turning Point Programme' })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in\?notice=signed-out$/);
    await signIn(page, email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/sign-in\/two-factor/);
    await expectAccessible(page);
    await page.getByLabel('Code from your authenticator app').fill('000000');
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByRole('alert').getByRole('link', { name: 'Please enter the 6-digit code from your authenticator app.' })).toBeVisible();
    await page.getByLabel('Code from your authenticator app').fill(totp(secret));
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByText('Two-step verification is on.')).toBeVisible();
  });
});
