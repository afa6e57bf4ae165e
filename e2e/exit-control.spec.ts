import { EXIT_URL, expect, expectAccessible, test } from './support/fixtures.ts';

test.describe('Exit this page', () => {
  test('pressing Shift three times shows progress, blanks the page and leaves for the neutral site', async ({ page }) => {
    await page.goto('/browsing-safely');
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);
    const status = page.locator('[data-exit-status]');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Shift, press 2 more times to exit.');
    await expect(page.locator('.exit-this-page__dot[data-on="true"]')).toHaveCount(1);
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Shift, press 1 more time to exit.');
    await expect(page.locator('.exit-this-page__dot[data-on="true"]')).toHaveCount(2);
    await expect(page.locator('#exit-this-page')).toBeInViewport();
    await Promise.all([page.waitForURL(EXIT_URL), page.keyboard.press('Shift')]);
    await expect(page.getByRole('heading', { name: 'Weather forecast' })).toBeVisible();
    // The page was replaced in history: Back does not return to it.
    const before = page.url();
    await page.goBack().catch(() => null);
    expect(page.url()).not.toContain('/browsing-safely');
    expect(before).toBe(EXIT_URL);
  });

  test('the count expires after 5 seconds and typing a capital letter does not count', async ({ page }) => {
    await page.clock.install();
    await page.goto('/sign-in');
    await page.waitForLoadState('networkidle');
    const status = page.locator('[data-exit-status]');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Shift, press 1 more time to exit.');
    await page.clock.runFor(5_100);
    await expect(status).toHaveText('Exit this page expired.');
    await page.getByLabel('E-mail address').click();
    await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test('the button leaves for the neutral site, and does so without JavaScript too', async ({ browser }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto('/');
      await Promise.all([page.waitForURL(EXIT_URL), page.locator('#exit-this-page').click()]);
      await expect(page.getByRole('heading', { name: 'Weather forecast' })).toBeVisible();
      await context.close();
    }
  });
});
