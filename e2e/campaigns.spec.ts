import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { getDocumentProxy } from 'unpdf';
import { pngOf } from '../packages/core/src/campaigns/testing/png.ts';
import { asCoordinator } from './support/coordinator.ts';
import { e2eDatabase, safeHarbourId } from './support/database.ts';
import { APP, EXIT_URL, expect, expectAccessible, test } from './support/fixtures.ts';

test.describe.configure({ mode: 'serial' });
// Views by crawlers are not counted, and headless Chromium says it is one: browse as a person does.
test.use({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36' });

const stamp = Date.now();
const slug = `autumn-${stamp}`;
const headline = 'My image. My consent.';

function file(name: string, bytes: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'destalk-e2e-logo-')), name);
  writeFileSync(path, bytes);
  return path;
}

const pngSize = (b: Uint8Array) => ({ width: Buffer.from(b).readUInt32BE(16), height: Buffer.from(b).readUInt32BE(20) });

async function pdfText(bytes: Uint8Array) {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  const page = await doc.getPage(1);
  const content = await page.getTextContent();
  return { pages: doc.numPages, view: page.view, text: content.items.map((i) => ('str' in i ? i.str : '')).join(' ') };
}

test('a coordinator builds a campaign step by step, generates and downloads the kit, and publishes the page', async ({ browser }) => {
  test.setTimeout(240_000);
  const base = `/org/${safeHarbourId()}/campaigns`;
  const page = await asCoordinator(browser);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns' }).click();
  await expect(page).toHaveURL(base);
  await expect(page.getByRole('heading', { level: 1, name: 'Awareness campaigns' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Name of the campaign').fill('Autumn 2026');
  await page.getByLabel('Web address').fill(slug);
  await page.getByRole('button', { name: 'Start the campaign' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Region and languages' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Region and languages' })).toHaveAttribute('aria-current', 'step');
  await expectAccessible(page);

  // Step 1: English and German, for young people.
  await page.getByRole('checkbox', { name: 'Deutsch' }).check();
  await page.getByLabel('Main audience').selectOption({ label: 'Young people' });
  await page.getByRole('button', { name: 'Save and continue' }).click();
  // Step 2: the theme on image-based abuse.
  await expect(page.getByRole('heading', { level: 2, name: 'Theme' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('radio', { name: 'My image, my consent' }).check();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  // Step 3: the key messages, the first one reworded.
  await expect(page.getByRole('heading', { level: 2, name: 'Key messages' })).toBeVisible();
  await expectAccessible(page);
  const english = page.getByRole('group', { name: 'Key messages in English' });
  await english.getByLabel('Wording').first().fill('Sharing intimate images without consent is abuse. It is never your fault.');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  // Step 4: where to get help — a wrong phone number is refused with a message, nothing lost.
  await expect(page.getByRole('heading', { level: 2, name: 'Where to get help' })).toBeVisible();
  await expectAccessible(page);
  const first = page.getByRole('group', { name: 'Place to get help 1' });
  await first.getByLabel('Name of the service').fill('Regional helpline');
  await first.getByLabel('Phone').fill('call us');
  await first.getByLabel('Web address').fill('helpline.example.org');
  await first.getByLabel('Opening hours').fill('24/7, free');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('link', { name: 'Please enter a phone number with digits, spaces and + ( ) - only.' })).toBeVisible();
  await expect(first.getByLabel('Web address')).toHaveValue('helpline.example.org');
  await expectAccessible(page);
  await first.getByLabel('Phone').fill('+39 800 123 456');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  // Step 5: a logo — a file that is not an image is refused, a PNG is taken.
  await expect(page.getByRole('heading', { level: 2, name: 'Partner logos' })).toBeVisible();
  await page.getByLabel('Name of the partner').fill('Comune di Esempio');
  await page.getByLabel('Logo file').setInputFiles(file('logo.png', new TextEncoder().encode('not an image at all')));
  await page.getByRole('button', { name: 'Add the logo' }).click();
  await expect(page.getByRole('link', { name: 'The logo must be a PNG or JPEG image.' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Logo file').setInputFiles(file('logo.png', pngOf(240, 96)));
  await page.getByRole('button', { name: 'Add the logo' }).click();
  await expect(page.getByText('Logo added.')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Logo of Comune di Esempio' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Colours' }).click();
  // Step 6: yellow text on white is refused with its contrast ratio.
  await expect(page.getByRole('heading', { level: 2, name: 'Colours' })).toBeVisible();
  await page.getByLabel('Background').fill('#ffffff');
  await page.getByLabel('Text', { exact: true }).fill('#ffd700');
  await expect(page.getByText('Too little contrast')).toBeVisible();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('link', { name: /^This text colour is too hard to read on the background \(contrast 1\.4:1/ })).toBeVisible();
  await expect(page.getByLabel('Text', { exact: true })).toHaveValue('#ffd700');
  await expectAccessible(page);
  await page.getByLabel('Text', { exact: true }).fill('#1d2330');
  await page.getByLabel('Accent').fill('#b3261e');
  await expect(page.getByText('Readable', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // Step 7: every asset previewed; generate the kit and follow its progress.
  await expect(page.getByRole('heading', { level: 2, name: 'Generate the kit' })).toBeVisible();
  const previews = page.getByRole('complementary').getByRole('img');
  await expect(previews).toHaveCount(6);
  for (const img of await previews.all()) await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(480);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Generate the kit' }).click();
  await expect(page.getByText('Ready: 20 files,')).toBeVisible({ timeout: 90_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the kit (ZIP)' }).click()]);
  const zip = unzipSync(new Uint8Array(await (await import('node:fs/promises')).readFile((await download.path())!)));
  const names = Object.keys(zip).sort();
  for (const lang of ['en', 'de']) {
    for (const f of ['poster-a4.pdf', 'poster-a3.pdf', 'flyer-a5.pdf', 'social-square.png', 'social-landscape.png', 'social-story.png', 'press-release.pdf', 'press-release.txt', 'social-posts.txt', 'alt-texts.txt']) expect(names).toContain(`${lang}/${f}`);
  }
  expect(pngSize(zip['en/social-story.png']!)).toEqual({ width: 1080, height: 1920 });
  const poster = await pdfText(zip['en/poster-a4.pdf']!);
  expect(poster.pages).toBe(1);
  expect(Math.round(poster.view[2]!)).toBe(595);
  expect(poster.text.replace(/\s+/g, ' ')).toContain('Sharing intimate images without consent is abuse.');
  expect(poster.text).toContain('+39 800 123 456');
  const german = await pdfText(zip['de/flyer-a5.pdf']!);
  expect(german.text).toContain('Hilfe');
  expect(strFromU8(zip['en/social-posts.txt']!)).toContain(`${APP}/c/${slug}?lang=en`);
  expect(strFromU8(zip['en/alt-texts.txt']!)).toContain(headline);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Publish the page' }).click();
  await expect(page.getByText('The campaign page is public now.')).toBeVisible();
  await expectAccessible(page);
  await page.context().close();
});

test('the public page loads nothing from elsewhere, sets no cookie, ships only the exit control script, and its views are counted', async ({ browser, page, foreignRequests }) => {
  test.setTimeout(120_000);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  // The printed QR code: counted, then on to the page in the poster's language.
  await page.goto(`/c/${slug}/q/de`);
  await expect(page).toHaveURL(new RegExp(`/c/${slug}\\?lang=de$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[lang="de"]').first()).toBeVisible();
  await expectAccessible(page);
  await page.locator('main a[hreflang="en"]').click();
  await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  await expect(page.getByText('Sharing intimate images without consent is abuse. It is never your fault.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Where to get help' })).toBeVisible();
  await expect(page.getByRole('link', { name: '+39 800 123 456' })).toHaveAttribute('href', 'tel:+39800123456');
  await expect(page.getByRole('img', { name: 'Comune di Esempio' })).toBeVisible();
  await expectAccessible(page);
  expect(foreignRequests).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);
  // No application JavaScript: no script file at all, one inline script well under 20 kB.
  expect(scripts).toEqual([]);
  const inline = await page.locator('script').evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''));
  expect(inline).toHaveLength(1);
  expect(Buffer.byteLength(inline[0]!)).toBeLessThan(20 * 1024);
  // The partners' kit download from the page.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the campaign kit (ZIP)' }).click()]);
  expect(download.suggestedFilename()).toBe(`${slug}-kit.zip`);
  // The exit control works without the application's JavaScript: Shift three times leaves.
  const status = page.locator('[data-exit-status]');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Shift, press 2 more times to exit.');
  await expect(page.locator('.exit-this-page__dot[data-on="true"]')).toHaveCount(1);
  await page.keyboard.press('Shift');
  await Promise.all([page.waitForURL(EXIT_URL), page.keyboard.press('Shift')]);

  // A crawler's visit is not counted.
  const crawler = await page.request.get(`/c/${slug}`, { headers: { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' } });
  expect(crawler.status()).toBe(200);
  // And without any JavaScript at all, the button is a plain link.
  const noJs = await browser.newContext({ javaScriptEnabled: false, userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36' });
  const plain = await noJs.newPage();
  await plain.goto(`/c/${slug}?lang=en`);
  await Promise.all([plain.waitForURL(EXIT_URL), plain.locator('#exit-this-page').click()]);
  await noJs.close();

  // Reach, as daily aggregates only: 3 page views (QR, English, no-JS), 1 QR visit, 2 downloads.
  const db = e2eDatabase();
  try {
    const rows = db.prepare('select kind, sum(count) as n from campaign_reach r join campaigns c on c.id = r.campaignId where c.slug = ? group by kind order by kind').all(slug);
    expect(rows).toEqual([
      { kind: 'download', n: 2 },
      { kind: 'qr', n: 1 },
      { kind: 'view', n: 3 },
    ]);
    const columns = (db.prepare('pragma table_info(campaign_reach)').all() as Array<{ name: string }>).map((c) => c.name).sort();
    expect(columns).toEqual(['campaignId', 'count', 'day', 'kind']);
  } finally {
    db.close();
  }
});
