import { testDialects } from '@destalk/db/testing';
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { toXlsx } from '../export/tabular.ts';
import { tableForExport } from './export.ts';
import { renderFunderReport } from './funder-pdf.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../clock.ts';
import { bulkLearners } from '../learning/testing/learning-factories.ts';
import { errorOf } from '../testing/app-error.ts';
import { createTestPlatform, type TestPlatform } from '../testing/test-platform.ts';
import { impactReport, type ImpactReport, type ReportTableKey } from './impact-report.ts';
import { apiReport } from './api.ts';
import { authorizeReport, type ReportScope } from './scope.ts';
import { apiTokensOf, createApiToken, revokeApiToken, scopeOfBearer } from './tokens.ts';
import { reportWorld } from './testing/report-world.ts';

const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const S = null; // a suppressed cell

/** The figures of a table as numbers (null = suppressed), row by row, then the total. */
function figures(report: ImpactReport, key: ReportTableKey) {
  const table = report.tables.find((t) => t.key === key)!;
  return { rows: Object.fromEntries(table.rows.map((r) => [r.label, r.cells.map((c) => c.value)])), total: table.total?.map((c) => c.value) ?? null };
}

describe.each(testDialects())('impact reports on %s', (dialect) => {
  let platform: TestPlatform;
  beforeEach(async () => {
    platform = await createTestPlatform(dialect, { clock: new ManualClock('2026-12-31T12:00:00.000Z') });
  });
  afterEach(async () => {
    await platform.destroy();
  });

  const report = (scope: ReportScope, filters: Record<string, string> = {}) => impactReport(platform, scope, { ...YEAR, ...filters }, platform.translate('en'), 'en');

  it('counts practitioners trained by sector, country, organisation and month, suppressing small cells and their complements', async () => {
    const w = await reportWorld(platform);
    const all = await report({ kind: 'platform' });
    // 4 in the perpetrator programme (3 + A's graduate who is also in B) is small: hidden, and the
    // smallest other cell (public authority, 6, first of two sixes) is hidden with it.
    expect(figures(all, 'trainedBySector')).toEqual({
      rows: { "Women's support service": [9], 'Perpetrator programme': [S], 'Public authority': [S], 'Law enforcement': [0], Health: [6], Education: [0], Other: [0] },
      total: [24],
    });
    expect(figures(all, 'trainedByCountry')).toEqual({ rows: { Germany: [6], Italy: [12], Spain: [6] }, total: [24] });
    expect(figures(all, 'trainedByOrganisation')).toEqual({ rows: { 'Ayuntamiento C': [S], 'Centro A': [9], 'Klinik D': [6], 'Programma B': [S] }, total: [24] });
    const months = figures(all, 'trainedByMonth');
    expect(Object.keys(months.rows)).toHaveLength(12);
    expect(months.rows['2026-03']).toEqual([14]);
    expect(months.rows['2026-04']).toEqual([10]);
    expect(months.rows['2026-05']).toEqual([0]);
    expect(months.total).toEqual([24]);

    const region = await report({ kind: 'region', id: w.regions.r.id });
    expect(figures(region, 'trainedBySector').rows).toMatchObject({ "Women's support service": [9], 'Perpetrator programme': [S], 'Public authority': [S], Health: [0] });
    expect(figures(region, 'trainedBySector').total).toEqual([18]);
    const orgA = await report({ kind: 'organisation', id: w.orgs.A.id });
    expect(figures(orgA, 'trainedBySector').total).toEqual([9]);
    // Filters narrow within the scope.
    const spain = await report({ kind: 'platform' }, { country: 'ES' });
    expect(figures(spain, 'trainedBySector').total).toEqual([6]);
    const march = await report({ kind: 'platform' }, { from: '2026-03-01', to: '2026-03-31' });
    expect(figures(march, 'trainedBySector').total).toEqual([14]);
    expect(march.headline.find((h) => h.key === 'trained')!.cell.value).toBe(14);
    // Another k.
    const k10 = await report({ kind: 'platform' }, { k: '10' } as never);
    expect(figures(k10, 'trainedBySector').rows["Women's support service"]).toEqual([S]);
  });

  it('reports pathways, cohorts, course outcomes, self-ratings, refresher compliance, events and campaigns exactly', async () => {
    const w = await reportWorld(platform);
    const all = await report({ kind: 'platform' });
    // 2 is small; the only other non-zero cell (6) is hidden with it, the total stays.
    expect(figures(all, 'pathwaysBySector')).toMatchObject({ rows: { "Women's support service": [S], 'Public authority': [S] }, total: [8] });
    expect(figures(all, 'pathwaysByCountry')).toEqual({ rows: { Italy: [S], Spain: [S] }, total: [8] });
    expect(figures(all, 'pathwaysByMonth').rows['2026-06']).toEqual([S]);
    // Only one small cell and no other non-zero one: the total would give it away, so it is hidden.
    expect(figures(await report({ kind: 'organisation', id: w.orgs.A.id }), 'pathwaysBySector').total).toEqual([S]);
    expect(figures(all, 'cohorts').rows).toEqual({ 'Cohort A': [20, 12, 60, S], 'Cohort B': [10, S, S, 0], 'Cohort C': [8, 7, 87.5, 0], 'Cohort D': [10, 6, 60, 0] });
    const courses = figures(all, 'courses').rows;
    expect(Object.values(courses)).toEqual([[28, 24, 85.7, 10, 8, 80]]);
    expect(figures(all, 'selfAssessment').rows).toEqual({ Knowledge: [2, 4, S, 2, S], Confidence: [3, 4, S, 1, S], 'Self-ratings given': [10, 9, S, null, null] });
    expect(figures(all, 'certificates').rows).toEqual({ Valid: [7], 'Valid, expiring within 60 days': [S], 'Expired, not renewed': [6] });
    expect(figures(all, 'events').rows).toEqual({ Panel: [12, 9, 75] });
    expect(figures(all, 'campaigns').rows).toEqual({ Autumn: [0, 120, 30, 7] });
    expect(Object.fromEntries(all.headline.map((h) => [h.key, h.cell.value]))).toEqual({ trained: 24, pathways: 8, certificatesValid: 9, attended: 9, views: 120, qr: 30 });
    // Registrants' own sector filters events; organisations' sector filters the rest.
    expect(figures(await report({ kind: 'platform' }, { sector: 'health' }), 'events').rows).toEqual({ Panel: [0, 0, S] });
  });

  it('exports every table with suppressed cells as text, and prints the funder report', async () => {
    await reportWorld(platform);
    const all = await report({ kind: 'platform' });
    const t = platform.translate('en');
    const sectors = tableForExport(all.tables[0]!, all.k, t);
    expect(sectors.header).toEqual(['Sector', 'Practitioners']);
    expect(sectors.rows).toEqual([["Women's support service", 9], ['Perpetrator programme', '< 5'], ['Public authority', '< 5'], ['Law enforcement', 0], ['Health', 6], ['Education', 0], ['Other', 0], ['Total', 24]]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(sectors)) as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(3).values).toEqual([undefined, 'Perpetrator programme', '< 5']);
    expect(sheet.getRow(9).values).toEqual([undefined, 'Total', 24]);

    const pdf = await renderFunderReport(all, { appName: 'DeStalk', scopeName: 'All organisations on the platform', from: YEAR.from, to: YEAR.to, filters: '', generatedAt: new Date('2026-12-31T12:00:00Z') }, t, 'en');
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    expect(doc.numPages).toBeGreaterThanOrEqual(2);
    const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Impact report');
    expect(flat).toContain('Period: January 1, 2026 to December 31, 2026');
    expect(flat).toContain('Practitioners trained, by sector');
    expect(flat).toContain('Perpetrator programme < 5');
    expect(flat).toContain(`Page 1 of ${doc.numPages}`);
    expect(flat).not.toMatch(/Learner \d/);
  });

  it('should not show a report of another organisation or region to a coordinator, nor any report to trainers or learners', async () => {
    const w = await reportWorld(platform);
    const [coordinator] = await bulkLearners(platform, w.orgs.A, 1, 'coordinator');
    const coord = { ...coordinator!, twoFactorEnabled: true };
    expect(() => authorizeReport(coord, { kind: 'organisation', id: w.orgs.A.id })).not.toThrow();
    expect(() => authorizeReport(coord, { kind: 'region', id: w.regions.r.id })).not.toThrow();
    for (const scope of [{ kind: 'organisation', id: w.orgs.D.id }, { kind: 'region', id: w.regions.s.id }, { kind: 'platform' }] as ReportScope[]) {
      expect((await errorOf(Promise.resolve().then(() => authorizeReport(coord, scope)))).code).toBe('not_found');
    }
    const [trainer] = await bulkLearners(platform, w.orgs.A, 1, 'trainer');
    expect((await errorOf(Promise.resolve().then(() => authorizeReport({ ...trainer!, twoFactorEnabled: true }, { kind: 'organisation', id: w.orgs.A.id })))).code).toBe('forbidden');
    expect((await errorOf(Promise.resolve().then(() => authorizeReport({ ...coordinator!, twoFactorEnabled: false }, { kind: 'organisation', id: w.orgs.A.id })))).code).toBe('two_factor_required');
  });

  it('gives API tokens for one organisation or region only; a token sees nothing of another organisation, and a revoked one nothing at all', async () => {
    const w = await reportWorld(platform);
    const [a] = await bulkLearners(platform, w.orgs.A, 1, 'coordinator');
    const [d] = await bulkLearners(platform, w.orgs.D, 1, 'coordinator');
    const coordA = { ...a!, twoFactorEnabled: true };
    const coordD = { ...d!, twoFactorEnabled: true };
    const { id, token } = await createApiToken(platform, coordA, { name: 'Funder dashboard', scope: `organisation:${w.orgs.A.id}` });
    expect(token).toMatch(/^dsk_[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(await platform.db.selectFrom('api_tokens').selectAll().execute())).not.toContain(token);
    const scope = await scopeOfBearer(platform, `Bearer ${token}`);
    expect(scope).toEqual({ kind: 'organisation', id: w.orgs.A.id });
    // The token's scope bounds every filter: asking for another organisation's figures gives none.
    const other = await report(scope, { organisationId: w.orgs.D.id });
    expect(other.headline.find((h) => h.key === 'trained')!.cell.value).toBe(0);
    const own = apiReport(await report(scope), scope, { ...YEAR });
    expect(own.scope).toBe(`organisation:${w.orgs.A.id}`);
    expect(own.headline[0]).toEqual({ key: 'trained', label: 'Practitioners trained', value: 9, suppressed: false });
    expect(own.tables.map((t) => t.key)).toHaveLength(14);

    expect((await errorOf(createApiToken(platform, coordD, { name: 'X', scope: `organisation:${w.orgs.A.id}` }))).code).toBe('not_found');
    expect((await errorOf(createApiToken(platform, coordA, { name: 'X', scope: 'platform' }))).fields).toEqual({ scope: [{ key: 'validation:invalidInput' }] });
    expect((await errorOf(createApiToken(platform, coordA, { name: '', scope: `region:${w.regions.r.id}` }))).fields).toEqual({ name: [{ key: 'validation:required', values: { min: 1 } }] });
    expect((await apiTokensOf(platform, coordD)).map((t) => t.id)).toEqual([]);
    expect((await apiTokensOf(platform, coordA)).map((t) => [t.id, t.name, t.revokedAt])).toEqual([[id, 'Funder dashboard', null]]);
    expect((await errorOf(revokeApiToken(platform, coordD, id))).code).toBe('not_found');
    await revokeApiToken(platform, coordA, id);
    for (const header of [`Bearer ${token}`, null, 'Bearer dsk_unknownunknownunknownunknown', token]) expect((await errorOf(scopeOfBearer(platform, header))).code).toBe('unauthenticated');
  });
});
