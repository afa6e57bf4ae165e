import { expect, expectAccessible, test, uniqueEmail } from './support/fixtures.ts';
import { linkIn, waitForMail } from './support/mail.ts';
import { signIn } from './support/auth.ts';

test.describe('sign-up', () => {
  test('sign up, confirm the address from the e-mail, then sign in', async ({ page, context }) => {
    const email = uniqueEmail('new.practitioner');
    await page.goto('/sign-up');
    await expectAccessible(page);
    await page.getByLabel('Your name').fill('Nadia Practitioner');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill('a-long-enough-password');
    await page.getByLabel('I have read the privacy notice').check();
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page).toHaveURL(/\/sign-up\/check-email$/);
    await expect(page.getByRole('heading', { name: 'Check your e-mail' })).toBeVisible();
    expect(await context.cookies()).toEqual([]);

    const mail = await waitForMail(email, 'Confirm your e-mail address');
    await page.goto(linkIn(mail));
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Confirm my e-mail address' }).click();
    await expect(page).toHaveURL(/\/sign-in\?notice=email-verified$/);
    await expect(page.getByText('Your e-mail address is confirmed.')).toBeVisible();

    await signIn(page, email, 'a-long-enough-password');
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole('heading', { name: 'Welcome, Nadia Practitioner' })).toBeVisible();
    await expectAccessible(page);
    const cookies = await context.cookies();
    expect(cookies.map((c) => [c.name, c.httpOnly, c.sameSite])).toEqual([['destalk.session_token', true, 'Lax']]);
  });

  test('without JavaScript, a bad form comes back with every problem listed and the typed values kept', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/sign-up');
    await page.getByLabel('Your name').fill('Sam');
    await page.getByLabel('E-mail address').fill('not-an-address');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    const summary = page.getByRole('alert');
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Please enter an e-mail address such as name@example.org.' })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Please use at least 10 characters.' })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Please confirm that you have read the privacy notice.' })).toBeVisible();
    await expect(page.getByLabel('Your name')).toHaveValue('Sam');
    await expect(page.getByLabel('E-mail address')).toHaveValue('not-an-address');
    await expect(page.getByLabel('Password')).toHaveValue('');
    await expect(page.getByLabel('E-mail address')).toHaveAttribute('aria-invalid', 'true');
    await context.close();
  });

  test('with JavaScript, the same errors appear in place and the page stays accessible', async ({ page }) => {
    await page.goto('/sign-up');
    await page.getByLabel('Your name').fill('Sam');
    await page.getByLabel('E-mail address').fill('not-an-address');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    const summary = page.getByRole('alert');
    await expect(summary.getByRole('link', { name: 'Please use at least 10 characters.' })).toBeVisible();
    await expect(summary).toBeFocused();
    await summary.getByRole('link', { name: 'Please use at least 10 characters.' }).click();
    await expect(page.getByLabel('Password')).toBeFocused();
    await expectAccessible(page);
  });

  test('the privacy notice is linked from the form, and without the tick the form comes back', async ({ page }) => {
    const email = uniqueEmail('no.tick');
    await page.goto('/sign-up');
    await page.getByLabel('Your name').fill('Noor Practitioner');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill('a-long-enough-password');
    await page.getByRole('button', { name: 'Create account' }).click();
    const summary = page.getByRole('alert');
    await summary.getByRole('link', { name: 'Please confirm that you have read the privacy notice.' }).click();
    await expect(page.getByLabel('I have read the privacy notice')).toBeFocused();
    await expect(page.getByLabel('Your name')).toHaveValue('Noor Practitioner');
    await expectAccessible(page);
    await page.getByRole('main').getByRole('link', { name: 'Privacy notice' }).click();
    await expect(page).toHaveURL(/\/privacy$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Privacy notice' })).toBeVisible();
    await expectAccessible(page);
  });

  test('a wrong password gets one generic answer', async ({ page }) => {
    await signIn(page, 'learner@demo.destalk.test', 'not-the-password');
    await expect(page.getByText('The e-mail address or password is not correct.')).toBeVisible();
    await expectAccessible(page);
    await signIn(page, 'nobody@example.org', 'not-the-password');
    await expect(page.getByText('The e-mail address or password is not correct.')).toBeVisible();
  });
});
