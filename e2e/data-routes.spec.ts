import { signIn } from './support/auth.ts';
import { safeHarbourId } from './support/database.ts';
import { DEMO_PASSWORD, expect, expectAccessible, test } from './support/fixtures.ts';

test.describe('data requests of protected routes', () => {
  test('are refused anonymously and for members of another organisation', async ({ page, context, playwright }) => {
    const organisationId = safeHarbourId();

    const anonymous = await playwright.request.newContext({ baseURL: 'http://localhost:3123', extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.77' } });
    const protectedUrls = [
      `/org/${organisationId}.data`,
      `/org/${organisationId}.data?_routes=routes/org-members`,
      `/org/${organisationId}/audit.data?_routes=routes/org-audit`,
      `/org/${organisationId}/events.data?_routes=routes/org-events`,
      `/org/${organisationId}/pathways.data?_routes=routes/org-pathways`,
      `/org/${organisationId}/campaigns.data?_routes=routes/org-campaigns`,
      '/pathways.data?_routes=routes/pathways',
      '/tools.data?_routes=routes/tools',
      '/tools/saved.data?_routes=routes/tools-copies',
      '/author/pathways.data?_routes=routes/author-pathways',
      '/admin.data?_routes=routes/admin-overview',
      '/admin/users.data?_routes=routes/admin-users',
      '/admin/outbox.data?_routes=routes/admin-outbox',
      '/dashboard.data?_routes=routes/dashboard',
      '/account/sessions.data?_routes=routes/account-sessions',
    ];
    for (const url of protectedUrls) {
      const response = await anonymous.get(url, { maxRedirects: 0 });
      const body = await response.text();
      // React Router answers a loader's redirect to sign-in as a 202 data redirect; never data.
      expect([202, 302], url).toContain(response.status());
      expect(body, url).toContain('/sign-in');
      expect(body, url).not.toContain('safe-harbour');
      expect(body, url).not.toContain('@demo.destalk.test');
    }
    await anonymous.dispose();

    // A learner of another organisation (the police unit) asks for Safe Harbour's data.
    await signIn(page, 'learner.police@demo.destalk.test', DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/dashboard$/);
    await expectAccessible(page);
    for (const url of [
      `/org/${organisationId}.data?_routes=routes/org-members`,
      `/org/${organisationId}/audit.data?_routes=routes/org-audit`,
      `/org/${organisationId}/events.data?_routes=routes/org-events`,
      `/org/${organisationId}/pathways.data?_routes=routes/org-pathways`,
      `/org/${organisationId}/campaigns.data?_routes=routes/org-campaigns`,
    ]) {
      const response = await context.request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBe(404);
      const body = await response.text();
      expect(body, url).not.toContain('coordinator@demo.destalk.test');
      expect(body, url).not.toContain("Safe Harbour Women's Centre");
    }
    for (const url of ['/admin.data?_routes=routes/admin-overview', '/admin/users.data?_routes=routes/admin-users', '/admin/outbox.data?_routes=routes/admin-outbox']) {
      const response = await context.request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBe(403);
      expect(await response.text(), url).not.toContain('@demo.destalk.test');
    }
    // The page itself answers the same way.
    const pageResponse = await page.goto(`/org/${organisationId}`);
    expect(pageResponse?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expectAccessible(page);
  });

  test('a cross-site form post is refused', async ({ request }) => {
    const response = await request.post('/language', { form: { locale: 'it', returnTo: '/' }, headers: { origin: 'https://evil.example' }, maxRedirects: 0 });
    expect(response.status()).toBe(403);
    expect(response.headers()['set-cookie']).toBeUndefined();
  });
});
