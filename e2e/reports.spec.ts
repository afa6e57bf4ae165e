import ExcelJS from 'exceljs';
import { extractText } from 'unpdf';
import { asCoordinator } from './support/coordinator.ts';
import { e2eDatabase, safeHarbourId } from './support/database.ts';
import { APP, expect, expectAccessible, test } from './support/fixtures.ts';

test.describe.configure({ mode: 'serial' });

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The truth, straight from the database: Safe Harbour's practitioners who completed a main course in the period. */
function trainedInDatabase(from: string, to: string): number {
  const db = e2eDatabase();
  try {
    const row = db
      .prepare(
        `select count(distinct e.userId) as n from enrolments e join cohorts c on c.id = e.cohortId join courses co on co.id = c.courseId
         join memberships m on m.userId = e.userId where m.organisationId = ? and co.refresherOfCourseId is null and e.completedAt >= ? and e.completedAt <= ?`,
      )
      .get(safeHarbourId(), `${from}T00:00:00.000Z`, `${to}T23:59:59.999Z`) as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}

const shownAs = (n: number) => (n > 0 && n < 5 ? '< 5' : String(n));

test('a coordinator filters the impact dashboard, and downloads a table (XLSX) and the funder report (PDF) that say the same', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await asCoordinator(browser);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Impact' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Impact' })).toBeVisible();
  await expectAccessible(page);
  const from = await page.getByLabel('From', { exact: true }).inputValue();
  const to = await page.getByLabel('To', { exact: true }).inputValue();
  const yearTotal = trainedInDatabase(from, to);
  expect(yearTotal).toBeGreaterThanOrEqual(5);
  await expect(page.locator('[data-headline="trained"]')).toHaveText(String(yearTotal));
  await expect(page.getByRole('img', { name: 'Practitioners trained, by sector' })).toBeVisible();

  // A narrower period: the last five months.
  const now = new Date();
  const narrowFrom = day(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 4, 1)));
  await page.getByLabel('From', { exact: true }).fill(narrowFrom);
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(new RegExp(`from=${narrowFrom}`));
  const narrow = trainedInDatabase(narrowFrom, to);
  await expect(page.locator('[data-headline="trained"]')).toHaveText(shownAs(narrow));
  await expectAccessible(page);

  // An end before the start is explained, not an error page.
  await page.getByLabel('To', { exact: true }).fill('2020-01-01');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByText('The end must be after the start.')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('From', { exact: true }).fill(narrowFrom);
  await page.getByLabel('To', { exact: true }).fill(to);
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(new RegExp(`from=${narrowFrom}&to=${to}`));
  await expect(page.getByText('The end must be after the start.')).toHaveCount(0);

  // The month table as XLSX equals the table on the page.
  const section = page.locator('section[aria-labelledby="t-trainedByMonth"]');
  const onPage = await section.locator('tbody tr, tfoot tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent?.trim() ?? '')));
  const [xlsx] = await Promise.all([page.waitForEvent('download'), section.getByRole('link', { name: /Excel/ }).click()]);
  expect(xlsx.suggestedFilename()).toBe(`impact-trainedByMonth-${narrowFrom}-${to}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await (await import('node:fs/promises')).readFile((await xlsx.path())!)) as never);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getRow(1).values).toEqual([undefined, 'Month', 'Practitioners']);
  expect(sheet.rowCount).toBe(onPage.length + 1);
  const inFile = onPage.map((_, i) => [String(sheet.getRow(i + 2).getCell(1).value), String(sheet.getRow(i + 2).getCell(2).value)]);
  expect(inFile).toEqual(onPage);
  expect(inFile.at(-1)).toEqual(['Total', shownAs(narrow)]);

  // The funder report.
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Funder report (PDF)' }).click()]);
  const { text } = await extractText(new Uint8Array(await (await import('node:fs/promises')).readFile((await pdf.path())!)), { mergePages: true });
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain('Impact report');
  expect(flat).toContain("Safe Harbour Women's Centre");
  expect(flat).toContain(`${shownAs(narrow)} Practitioners trained`);
  expect(flat).toContain('Practitioners trained, by month');
  expect(flat).not.toMatch(/Demo practitioner \d/);

  // The other pages keep the filters.
  for (const [tab, table] of [
    ['Cohorts and courses', 'Completion and quiz pass rates, by course'],
    ['Knowledge and refreshers', 'Refresher compliance on the last day of the period'],
    ['Events and campaigns', 'Campaigns: kits and reach'],
  ] as const) {
    await page.getByRole('navigation', { name: 'Pages of the dashboard' }).getByRole('link', { name: tab }).click();
    await expect(page.getByRole('heading', { level: 3, name: table })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`from=${narrowFrom}`));
    await expectAccessible(page);
  }
  await page.context().close();
});

test('a coordinator creates an API token; the API answers with the same figures to it, and to nothing once it is revoked', async ({ browser, playwright }) => {
  const page = await asCoordinator(browser);
  await page.goto('/reports/tokens');
  await expectAccessible(page);
  await page.getByLabel('Name', { exact: true }).fill('Regional funder dashboard');
  await page.getByRole('button', { name: 'Create the token' }).click();
  await expect(page.getByText('Copy the token now: it is shown only once.')).toBeVisible();
  await expectAccessible(page);
  const token = await page.locator('[data-new-token]').inputValue();
  const api = await playwright.request.newContext({ baseURL: APP });
  const now = new Date();
  const from = day(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1)));
  const to = day(now);
  const response = await api.get(`/api/v1/reports?from=${from}&to=${to}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.scope).toBe(`organisation:${safeHarbourId()}`);
  expect(body.headline[0]).toEqual({ key: 'trained', label: 'Practitioners trained', value: trainedInDatabase(from, to), suppressed: false });
  expect(JSON.stringify(body)).not.toMatch(/Demo practitioner|@demo/);
  const openapi = await (await api.get('/api/v1/openapi.json')).json();
  expect(Object.keys(openapi.paths)).toEqual(['/reports', '/reports/{table}']);
  expect(openapi.components.schemas.Table.properties.key.enum).toContain('trainedByMonth');
  expect((await api.get(`/api/v1/reports/nope?from=${from}&to=${to}`, { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(404);
  expect((await api.get(`/api/v1/reports?from=${from}&to=${to}`)).status()).toBe(401);

  await page.getByRole('button', { name: 'Revoke the token “Regional funder dashboard”' }).click();
  await expect(page.getByText('The token is revoked; it no longer works.')).toBeVisible();
  const after = await api.get(`/api/v1/reports?from=${from}&to=${to}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(after.status()).toBe(401);
  expect(await after.json()).toEqual({ error: 'unauthenticated' });
  await api.dispose();
  await page.context().close();
});
