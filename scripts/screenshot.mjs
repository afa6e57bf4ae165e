// Screenshots pages of a running server for a visual check (not part of the test suite):
//   node scripts/screenshot.mjs http://localhost:3000 /tmp/shots / /sign-in ...
// Options: WIDTH=390 for a phone-sized view, DARK=1 for the dark colour scheme,
// COOKIE='name=value' or SIGNIN='email:password' to view signed-in pages.
import { chromium } from '@playwright/test';

const [base, outDir, ...paths] = process.argv.slice(2);
const width = Number(process.env.WIDTH ?? 1280);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: process.env.DARK ? 'dark' : 'light', locale: process.env.LOCALE ?? 'en-GB' });
if (process.env.COOKIE) {
  const [name, ...rest] = process.env.COOKIE.split('=');
  await context.addCookies([{ name, value: rest.join('='), url: base }]);
}
const page = await context.newPage();
// SIGNIN='email:password' signs in first (for pages behind sign-in).
if (process.env.SIGNIN) {
  const [email, password] = process.env.SIGNIN.split(':');
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await Promise.all([page.waitForURL(/\/(dashboard|sign-in\/two-factor)/), page.getByRole('button', { name: 'Sign in' }).click()]);
}
for (const path of paths) {
  await page.goto(base + path, { waitUntil: 'networkidle' });
  const file = `${outDir}/${(path.replace(/[^a-z0-9]+/gi, '_') || 'home')}${process.env.DARK ? '-dark' : ''}-${width}.png`;
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}
await browser.close();
