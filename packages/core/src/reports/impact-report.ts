import type { Locale } from '../i18n/locales.ts';
import type { Translate } from '../i18n/translator.ts';
import { SECTORS } from '../organisations/schema.ts';
import type { Platform } from '../platform.ts';
import { monthsOf, type ReportFilters } from './schema.ts';
import type { ReportScope } from './scope.ts';
import { pathwayPeople, trainedPeople } from './queries/people.ts';
import { certificateStates, cohortFill, courseOutcomes, selfAssessmentMeans } from './queries/learning.ts';
import { campaignReach, eventAttendance } from './queries/outreach.ts';
import { type Cell, DEFAULT_K, hidden, mean, rate, shown, suppressColumn } from './suppression.ts';

export const REPORT_TABLES = ['trainedBySector', 'trainedByCountry', 'trainedByOrganisation', 'trainedByMonth', 'pathwaysBySector', 'cohorts', 'courses', 'selfAssessment', 'certificates', 'events', 'campaigns'] as const;
export type ReportTableKey = (typeof REPORT_TABLES)[number];

/** `people` columns are suppressed; `count` columns (views, kits) count no one. */
export type ColumnKind = 'people' | 'count' | 'rate' | 'mean';

export interface ReportTable {
  key: ReportTableKey;
  title: string;
  /** The first column names the rows; then one per figure. */
  header: string[];
  kinds: ColumnKind[];
  rows: Array<{ key: string; label: string; cells: Cell[] }>;
  total: Cell[] | null;
  /** How the dashboard draws it: bars per row of the first figure, or columns over time. */
  chart: 'bars' | 'columns' | null;
}

export interface ImpactReport {
  k: number;
  headline: Array<{ key: string; label: string; cell: Cell }>;
  tables: ReportTable[];
}

/** One table of people per group with the distinct total, suppressed. */
function peopleTable(key: ReportTableKey, t: Translate, first: string, rows: Array<{ key: string; label: string; n: number }>, total: number, k: number, chart: ReportTable['chart']): ReportTable {
  const { cells, total: totalCell } = suppressColumn(
    rows.map((r) => r.n),
    total,
    k,
  );
  return { key, title: t(`report:tables.${key}`), header: [t(`report:columns.${first}`), t('report:columns.people')], kinds: ['people'], rows: rows.map((r, i) => ({ key: r.key, label: r.label, cells: [cells[i]!] })), total: totalCell ? [totalCell] : null, chart };
}

/** A column of people counts without a total (cohorts, courses, events): each cell on its own. */
const column = (values: number[], k: number) => suppressColumn(values, null, k).cells;

/**
 * Every figure of the impact dashboard for a scope and filters, with small cells suppressed.
 * The caller has authorized the scope. Labels are in `t`'s language.
 */
export async function impactReport(platform: Pick<Platform, 'db'>, scope: ReportScope, filters: ReportFilters, t: Translate, locale: Locale): Promise<ImpactReport> {
  const k = filters.k ?? DEFAULT_K;
  const f = { ...filters, scope };
  const [bySector, byCountry, byOrganisation, byMonth, trainedTotal, pathwaysBySector, pathwaysTotal, cohorts, courses, ratings, certificates, events, campaigns] = await Promise.all([
    trainedPeople(platform, f, 'sector'),
    trainedPeople(platform, f, 'country'),
    trainedPeople(platform, f, 'organisation'),
    trainedPeople(platform, f, 'month'),
    trainedPeople(platform, f, null),
    pathwayPeople(platform, f, 'sector'),
    pathwayPeople(platform, f, null),
    cohortFill(platform, f),
    courseOutcomes(platform, f),
    selfAssessmentMeans(platform, f),
    certificateStates(platform, f),
    eventAttendance(platform, f),
    campaignReach(platform, f),
  ]);
  const sectorRows = (rows: typeof bySector) => SECTORS.map((s) => ({ key: s, label: t(`domain:sector.${s}`), n: rows.find((r) => r.key === s)?.n ?? 0 }));
  const countryName = new Intl.DisplayNames([locale], { type: 'region' });
  const months = monthsOf(filters);
  const trained = trainedTotal[0]!.n;
  const tables: ReportTable[] = [
    peopleTable('trainedBySector', t, 'sector', sectorRows(bySector), trained, k, 'bars'),
    peopleTable('trainedByCountry', t, 'country', byCountry.map((r) => ({ key: r.key, label: countryName.of(r.key) ?? r.key, n: r.n })).sort((a, b) => a.label.localeCompare(b.label, locale)), trained, k, 'bars'),
    peopleTable('trainedByOrganisation', t, 'organisation', [...byOrganisation].sort((a, b) => a.label.localeCompare(b.label, locale)), trained, k, 'bars'),
    peopleTable('trainedByMonth', t, 'month', months.map((m) => ({ key: m, label: m, n: byMonth.find((r) => r.key === m)?.n ?? 0 })), trained, k, 'columns'),
    peopleTable('pathwaysBySector', t, 'sector', sectorRows(pathwaysBySector), pathwaysTotal[0]!.n, k, 'bars'),
  ];

  const taken = column(cohorts.map((c) => c.taken), k);
  const waitlist = column(cohorts.map((c) => c.waitlist), k);
  tables.push({
    key: 'cohorts',
    title: t('report:tables.cohorts'),
    header: ['cohort', 'seats', 'taken', 'fill', 'waitlist'].map((c) => t(`report:columns.${c}`)),
    kinds: ['count', 'people', 'rate', 'people'],
    rows: cohorts.map((c, i) => ({ key: c.id, label: c.title, cells: [shown(c.seatCap), taken[i]!, rate(taken[i]!, shown(c.seatCap), k), waitlist[i]!] })),
    total: null,
    chart: null,
  });

  const began = column(courses.map((c) => c.began), k);
  const completed = column(courses.map((c) => c.completed), k);
  tables.push({
    key: 'courses',
    title: t('report:tables.courses'),
    header: ['course', 'began', 'completed', 'completion', 'attempts', 'passed', 'passRate'].map((c) => t(`report:columns.${c}`)),
    kinds: ['people', 'people', 'rate', 'count', 'count', 'rate'],
    rows: courses.map((c, i) => {
      // Attempts are not people, but a handful of them could still point at someone: same rule.
      const [attempts, passed] = column([c.attempts, c.passed], k) as [Cell, Cell];
      return { key: c.courseId, label: c.title[locale] ?? c.title[c.defaultLocale] ?? '', cells: [began[i]!, completed[i]!, rate(completed[i]!, began[i]!, k), attempts, passed, rate(passed, attempts, k)] };
    }),
    total: null,
    chart: null,
  });

  const at = (moment: string) => ratings.find((r) => r.moment === moment) ?? { knowledge: null, confidence: null, n: 0 };
  const [pre, post, follow] = [at('pre'), at('post'), at('follow_up')];
  const change = (a: number | null, b: number | null, n: number) => (a === null || b === null || n < k ? hidden : shown(Math.round((b - a) * 100) / 100));
  tables.push({
    key: 'selfAssessment',
    title: t('report:tables.selfAssessment'),
    header: ['dimension', 'pre', 'post', 'followUp', 'change'].map((c) => t(`report:columns.${c}`)),
    kinds: ['mean', 'mean', 'mean', 'mean'],
    rows: [
      ...(['knowledge', 'confidence'] as const).map((d) => ({ key: d, label: t(`report:rows.${d}`), cells: [mean(pre[d], pre.n, k), mean(post[d], post.n, k), mean(follow[d], follow.n, k), change(pre[d], post[d], Math.min(pre.n, post.n))] })),
      // How many rated at each moment; the change column has no count of its own.
      { key: 'rated', label: t('report:rows.rated'), cells: [...column([pre.n, post.n, follow.n], k), { value: null, suppressed: false }] },
    ],
    total: null,
    chart: null,
  });

  const states = column([certificates.valid, certificates.expiring, certificates.expired], k);
  tables.push({
    key: 'certificates',
    title: t('report:tables.certificates'),
    header: [t('report:columns.state'), t('report:columns.people')],
    kinds: ['people'],
    rows: (['valid', 'expiring', 'expired'] as const).map((s, i) => ({ key: s, label: t(`report:rows.${s}`), cells: [states[i]!] })),
    total: null,
    chart: 'bars',
  });

  const registered = column(events.map((e) => e.registered), k);
  const attended = column(events.map((e) => e.attended), k);
  tables.push({
    key: 'events',
    title: t('report:tables.events'),
    header: ['event', 'registered', 'attended', 'attendance'].map((c) => t(`report:columns.${c}`)),
    kinds: ['people', 'people', 'rate'],
    rows: events.map((e, i) => ({ key: e.id, label: e.title[locale] ?? e.title.en ?? Object.values(e.title)[0] ?? '', cells: [registered[i]!, attended[i]!, rate(attended[i]!, registered[i]!, k)] })),
    total: null,
    chart: null,
  });

  tables.push({
    key: 'campaigns',
    title: t('report:tables.campaigns'),
    header: ['campaign', 'kits', 'views', 'qr', 'downloads'].map((c) => t(`report:columns.${c}`)),
    kinds: ['count', 'count', 'count', 'count'],
    rows: campaigns.map((c) => ({ key: c.id, label: c.name, cells: [shown(c.kits), shown(c.views), shown(c.qr), shown(c.downloads)] })),
    total: null,
    chart: null,
  });

  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const attendedTotal = suppressColumn([], sum(events.map((e) => e.attended)), k).total!;
  return {
    k,
    headline: [
      { key: 'trained', label: t('report:headline.trained'), cell: tables[0]!.total![0]! },
      { key: 'pathways', label: t('report:headline.pathways'), cell: tables[4]!.total![0]! },
      { key: 'certificatesValid', label: t('report:headline.certificatesValid'), cell: column([certificates.valid + certificates.expiring], k)[0]! },
      { key: 'attended', label: t('report:headline.attended'), cell: attendedTotal },
      { key: 'views', label: t('report:headline.views'), cell: shown(sum(campaigns.map((c) => c.views))) },
      { key: 'qr', label: t('report:headline.qr'), cell: shown(sum(campaigns.map((c) => c.qr))) },
    ],
    tables,
  };
}

/** How a cell reads in tables, exports and the PDF. */
export function cellText(cell: Cell, k: number, t: Translate, locale: string): string {
  if (cell.suppressed) return t('report:suppressed', { k });
  // No figure at all (no one rated, a column without a count): a dash, not a blank.
  if (cell.value === null) return '–';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(cell.value);
}
