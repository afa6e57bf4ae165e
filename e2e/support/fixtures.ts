import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export const APP = 'http://localhost:3123';
export const EXIT_URL = 'http://127.0.0.1:3126/weather';
export const MAIL_API = 'http://127.0.0.1:3125/messages';
export const DEMO_PASSWORD = 'destalk-demo-2026';

let ipCounter = Math.floor(Math.random() * 200);

interface Fixtures {
  /** Every request of the page to another origin (the exit navigation excluded). */
  foreignRequests: string[];
}

/**
 * Each test appears to come from its own client address (the server trusts X-Forwarded-For in
 * this stack, as behind a proxy), so the account rate limits count per test.
 */
export const test = base.extend<Fixtures>({
  extraHTTPHeaders: async ({}, use) => {
    ipCounter = (ipCounter + 1) % 250;
    await use({ 'x-forwarded-for': `203.0.113.${ipCounter + 1}` });
  },
  foreignRequests: async ({ page }, use) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!url.protocol.startsWith('http')) return;
      if (url.origin !== new URL(APP).origin && request.url() !== EXIT_URL) foreign.push(request.url());
    });
    await use(foreign);
  },
});

export { expect };

/** WCAG 2.2 AA rules of axe on the current page; fails with the list of violations. */
export async function expectAccessible(page: Page): Promise<void> {
  // Colours are judged at rest: a hover transition under the pointer (left where the last click
  // was) would otherwise be sampled half-way and read as low contrast.
  await page.mouse.move(0, 0);
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** A unique address for a test's new account. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.org`;
}
