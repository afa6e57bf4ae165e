import { readFile } from 'node:fs/promises';
import { signIn, signUpAndSignIn } from './support/auth.ts';
import { expect, expectAccessible, test, uniqueEmail } from './support/fixtures.ts';

const PASSWORD = 'a-long-enough-password-2026';

test('the privacy notice is public and sets no cookie', async ({ page, foreignRequests }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Privacy notice' }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/^Version 1, updated /)).toBeVisible();
  await expectAccessible(page);
  expect(await page.context().cookies()).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test('a person downloads all their data, then deletes their account; they cannot sign in again and may sign up anew', async ({ page }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail('leaving');
  await signUpAndSignIn(page, 'Rosa Leaving', email, PASSWORD);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Privacy notice' }).first()).toBeVisible();
  await expectAccessible(page);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my data' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^destalk-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(JSON.stringify(data)).toContain(email);
  expect(JSON.stringify(data)).not.toMatch(/passwordHash|"token"|secret/i);

  // A wrong password deletes nothing and says why.
  await page.getByLabel('Your password').fill('not-my-password');
  await page.getByLabel('I understand that my account will be deleted and cannot be restored.').check();
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Your password').fill(PASSWORD);
  await page.getByLabel('I understand that my account will be deleted and cannot be restored.').check();
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account has been deleted' })).toBeVisible();
  await expectAccessible(page);

  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('alert')).toBeVisible();
  // The address is free again.
  await signUpAndSignIn(page, 'Rosa Again', email, PASSWORD);
});
