import { EXIT_URL, expect, expectAccessible, test } from './support/fixtures.ts';

const PUBLIC_PAGES = [
  ['/', 'Training and tools against cyberviolence and stalkerware'],
  ['/browsing-safely', 'Browsing safely'],
  ['/events', 'Events'],
  ['/sign-in', 'Sign in'],
  ['/sign-up', 'Create an account'],
  ['/sign-up/check-email', 'Check your e-mail'],
  ['/forgot-password', 'Reset your password'],
  ['/magic-link', 'Sign in with an e-mail link'],
  ['/verify-email?token=abcdefghijkl', 'Confirm your e-mail address'],
  ['/reset-password?token=abcdefghijkl', 'Choose a new password'],
  ['/magic-link/verify?token=abcdefghijkl', 'Sign in'],
  ['/no-such-page', 'Page not found'],
] as const;

test.describe('public pages', () => {
  for (const [path, heading] of PUBLIC_PAGES) {
    test(`${path} is accessible, carries the exit control, sets no cookie and asks no other origin`, async ({ page, context, foreignRequests }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(path === '/no-such-page' ? 404 : 200);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      const exit = page.locator('#exit-this-page');
      await expect(exit).toBeVisible();
      await expect(exit).toHaveAccessibleName('Exit this page');
      await expect(exit).toHaveAccessibleDescription('or press Shift 3 times');
      await expect(exit).toHaveAttribute('href', EXIT_URL);
      // The first thing a keyboard reaches is the exit skip link.
      await page.keyboard.press('Tab');
      await expect(page.locator(':focus')).toHaveText('Exit this page');
      await expectAccessible(page);
      expect(await context.cookies()).toEqual([]);
      expect(foreignRequests).toEqual([]);
    });
  }

  test('the home page works at 360 px wide without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await expect(page.locator('#exit-this-page')).toBeInViewport();
    await expectAccessible(page);
  });

  test('security headers forbid inline scripts without the nonce and any other origin', async ({ request }) => {
    const response = await request.get('/');
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'(;|$)/);
    expect(csp).not.toContain('unsafe-inline\' ;');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers()['referrer-policy']).toBe('same-origin');
    expect(response.headers()['cache-control']).toBe('no-store');
    expect(response.headers()['set-cookie']).toBeUndefined();
    const html = await response.text();
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const attributes of scripts) expect(attributes).toMatch(/nonce="/);
  });
});

test.describe('operations endpoints', () => {
  test('health, readiness and metrics answer', async ({ request }) => {
    expect(await (await request.get('/healthz')).text()).toBe('ok');
    expect(await (await request.get('/readyz')).text()).toBe('ready');
    const metrics = await (await request.get('/metrics')).text();
    expect(metrics).toContain('destalk_http_requests_total');
    expect(metrics).toContain('destalk_process_resident_memory_bytes');
  });
});
