import { buildZip, packagesJson } from '@destalk/ioc/testing';
import { signIn, signUpAndSignIn } from './support/auth.ts';
import { allStoredText, e2eDatabase } from './support/database.ts';
import { DEMO_PASSWORD, expect, expectAccessible, test, uniqueEmail } from './support/fixtures.ts';

/** An androidqf acquisition as a practitioner would upload it, built for the test. */
function acquisition(): Buffer {
  return buildZip([
    {
      name: 'packages.json',
      data: Buffer.from(
        packagesJson([
          { name: 'com.android.calendar', installer: null, system: true },
          { name: 'com.thetruth', installer: null },
          { name: 'org.example.harbourdiary', installer: 'com.android.vending' },
        ]),
      ),
    },
    { name: 'getprop.txt', data: Buffer.from('[ro.product.model]: [Pixel 7]\n[persist.sys.owner.email]: [ana.rossi@example.org]\n') },
  ]);
}

function savedReportCount(): number {
  const db = e2eDatabase();
  try {
    return (db.prepare('select count(*) as n from ioc_saved_reports').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

test.describe('the stalkerware check', () => {
  test('gate, upload, report — and nothing is stored unless the practitioner saves a redacted report', async ({ page }) => {
    const before = savedReportCount();
    await signIn(page, 'trainer@demo.destalk.test', DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stalkerware check' }).click();
    await expect(page.getByRole('heading', { name: 'Before you start' })).toBeVisible();
    await expectAccessible(page);

    // Every point of the safety gate must be confirmed.
    await page.getByLabel(/informed consent/).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert').getByRole('link', { name: 'Please confirm this point before starting the check.' })).toHaveCount(4);
    await expectAccessible(page);
    for (const box of await page.getByRole('checkbox').all()) await box.check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { name: 'What do you want to check?' })).toBeVisible();
    await expect(page.getByText('Nothing you upload or paste is stored')).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel('androidqf acquisition (zip)').check();
    await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'acquisition.zip', mimeType: 'application/zip', buffer: acquisition() });
    await page.getByRole('button', { name: 'Run the check' }).click();
    await expect(page.getByRole('heading', { name: 'Result of the check' })).toBeVisible();
    const summary = page.locator('[data-report-summary]');
    await expect(summary).toContainText('1 finding matches known stalkerware.');
    await expect(summary).toContainText('This does not prove that no stalkerware is installed.');
    await expect(page.locator('[data-finding="high"]')).toContainText('TheTruthSpy');
    await expect(page.getByText(/Stalkerware indicators by Echap \(AssoEchap\/stalkerware-indicators\), CC BY 4\.0/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Download (JSON)' })).toHaveAttribute('href', /^data:application\/json/);
    await expectAccessible(page);

    // Nothing of the upload was kept: no report, no app of the phone, no e-mail address anywhere.
    expect(savedReportCount()).toBe(before);
    expect(allStoredText()).not.toContain('org.example.harbourdiary');
    expect(allStoredText()).not.toContain('ana.rossi@example.org');

    await page.getByLabel('Label').fill('Case 2026-17');
    await page.getByRole('button', { name: 'Save report' }).click();
    await expect(page.getByText('The report has been saved.')).toBeVisible();
    expect(savedReportCount()).toBe(before + 1);
    expect(allStoredText()).toContain('Case 2026-17');
    expect(allStoredText()).not.toContain('org.example.harbourdiary');
    expect(allStoredText()).not.toContain('ana.rossi@example.org');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved reports' }).click();
    await page.getByRole('link', { name: 'Case 2026-17' }).click();
    await expect(page.locator('[data-finding="high"]')).toContainText('TheTruthSpy');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Delete report' }).click();
    await expect(page.getByText('The report has been deleted.')).toBeVisible();
    expect(savedReportCount()).toBe(before);
  });

  test('a bad upload gets a clear message and the form back', async ({ page }) => {
    await signIn(page, 'learner@demo.destalk.test', DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.goto('/tools/stalkerware-check');
    for (const box of await page.getByRole('checkbox').all()) await box.check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Network capture (pcap or pcapng)').check();
    await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'capture.pcap', mimeType: 'application/octet-stream', buffer: Buffer.from('this is not a capture') });
    await page.getByRole('button', { name: 'Run the check' }).click();
    await expect(page.getByRole('alert').getByRole('link', { name: 'This file is not a pcap or pcapng capture.' })).toBeVisible();
    await expect(page.getByLabel('Network capture (pcap or pcapng)')).toBeChecked();
    await expectAccessible(page);
  });

  test('the guides are public pages with the exit control and their sources', async ({ page, context, foreignRequests }) => {
    await page.goto('/guides');
    await page.getByRole('link', { name: 'How to make an androidqf acquisition' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Safety first' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await expect(page.locator('#exit-this-page')).toBeVisible();
    await expectAccessible(page);
    expect(await context.cookies()).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  test('is not offered to someone outside any organisation', async ({ page, request }) => {
    const response = await request.get('/tools/stalkerware-check', { maxRedirects: 0 });
    expect(response.status()).toBe(302);
    await signUpAndSignIn(page, 'Nina Newcomer', uniqueEmail('newcomer'), 'newcomer-password-1');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stalkerware check' })).toHaveCount(0);
    const forbidden = await page.goto('/tools/stalkerware-check');
    expect(forbidden?.status()).toBe(403);
  });
});
