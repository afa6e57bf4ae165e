import { DEMO_PASSWORD, expect, expectAccessible, test } from './support/fixtures.ts';
import { signIn } from './support/auth.ts';

const HOME_TITLES = {
  en: 'Training and tools against cyberviolence and stalkerware',
};

test.describe('languages', () => {
  test('the browser language is used until the visitor picks one; only then a cookie is set', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'de-DE', extraHTTPHeaders: { 'accept-language': 'de-DE,de;q=0.9' } });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    expect(await context.cookies()).toEqual([]);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Italiano' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await expect(page).toHaveURL(/\/$/);
    const cookies = await context.cookies();
    expect(cookies.map((c) => [c.name, c.value, c.httpOnly, c.sameSite])).toEqual([['destalk_lang', 'it', true, 'Lax']]);
    await expectAccessible(page);

    // The choice beats the browser's language on the next visit.
    await page.goto('/sign-in');
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await expect(page.getByRole('heading', { level: 1, name: 'Accedi' })).toBeVisible();
    await expectAccessible(page);
    await context.close();
  });

  test('every language renders the home page in its own language', async ({ browser }) => {
    const titles = new Set<string>();
    for (const locale of ['en', 'it', 'es', 'de', 'fr']) {
      const context = await browser.newContext({ locale, extraHTTPHeaders: { 'accept-language': locale } });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
      titles.add(title);
      if (locale === 'en') expect(title).toBe(HOME_TITLES.en);
      await expectAccessible(page);
      await context.close();
    }
    expect(titles.size).toBe(5);
  });

  test('a signed-in person’s choice is stored on the account and wins over the browser', async ({ page, context }) => {
    await signIn(page, 'learner.police@demo.destalk.test', DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.getByRole('button', { name: 'Français' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expectAccessible(page);
    expect((await context.cookies()).map((c) => c.name)).not.toContain('destalk_lang');
    await page.goto('/account');
    await expect(page.getByLabel(/Langue/)).toHaveValue('fr');
    await expectAccessible(page);
    // Put the demo account back to English for other tests.
    await page.getByLabel(/Langue/).selectOption('en');
    await page.getByRole('button', { name: /Enregistrer/ }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
