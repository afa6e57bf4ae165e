import type { Locale } from '../i18n/locales.ts';
import type { Translate } from '../i18n/translator.ts';
import { SECTORS } from '../organisations/schema.ts';
import type { Platform } from '../platform.ts';
import { monthsOf, type ReportFilters } from './schema.ts';
import type { ReportScope } from './scope.ts';
import { type PeopleCounts, pathwayPeople, trainedPeople } from './queries/people.ts';
import { certificateStates, cohortFill, courseOutcomes, selfAssessmentMeans } from './queries/learning.ts';
import { campaignReach, eventAttendance } from './queries/outreach.ts';
import { type Cell, DEFAULT_K, hidden, mean, rate, shown, suppressColumn } from './suppression.ts';

export const REPORT_TABLES = ['trainedBySector', 'trainedByCountry', 'trainedByOrganisation', 'trainedByMonth', 'pathwaysBySector', 'pathwaysByCountry', 'pathwaysByOrganisation', 'pathwaysByMonth', 'cohorts', 'courses', 'selfAssessment', 'certificates', 'events', 'campaigns'] as const;
export type ReportTableKey = (typeof REPORT_TABLES)[number];

/**
 * The dashboard's pages. Each page computes only its own tables, so one page of figures stays
 * within its time budget on 100,000 learners (bench/impact-report.ts); exports, the funder report
 * and the API compute every table.
 */
export const REPORT_SECTIONS = {
  practitioners: ['trainedBySector', 'trainedByCountry', 'trainedByOrganisation', 'trainedByMonth', 'pathwaysBySector', 'pathwaysByCountry', 'pathwaysByOrganisation', 'pathwaysByMonth'],
  courses: ['cohorts', 'courses'],
  outcomes: ['selfAssessment', 'certificates'],
  outreach: ['events', 'campaigns'],
} as const satisfies Record<string, readonly ReportTableKey[]>;
export type ReportSection = keyof typeof REPORT_SECTIONS;

export interface ReportOptions {
  /** The tables to compute (default: all). */
  tables?: readonly ReportTableKey[];
  /** Whether to give the headline figures of the computed tables (default: yes). */
  headline?: boolean;
}

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
export async function impactReport(platform: Pick<Platform, 'db' | 'dialect'>, scope: ReportScope, filters: ReportFilters, t: Translate, locale: Locale, options: ReportOptions = {}): Promise<ImpactReport> {
  const k = filters.k ?? DEFAULT_K;
  const f = { ...filters, scope };
  const wanted = new Set<ReportTableKey>(options.tables ?? REPORT_TABLES);
  const headline = options.headline ?? true;
  const want = (...keys: ReportTableKey[]) => keys.some((key) => wanted.has(key));
  const when = <T>(needed: boolean, run: () => Promise<T>): Promise<T | null> => (needed ? run() : Promise.resolve(null));
  const [trainedCounts, pathwayCounts, cohorts, courses, ratings, certificates, events, campaigns] = await Promise.all([
    when(want('trainedBySector', 'trainedByCountry', 'trainedByOrganisation', 'trainedByMonth'), () => trainedPeople(platform, f)),
    when(want('pathwaysBySector', 'pathwaysByCountry', 'pathwaysByOrganisation', 'pathwaysByMonth'), () => pathwayPeople(platform, f)),
    when(want('cohorts'), () => cohortFill(platform, f)),
    when(want('courses'), () => courseOutcomes(platform, f)),
    when(want('selfAssessment'), () => selfAssessmentMeans(platform, f)),
    when(want('certificates'), () => certificateStates(platform, f)),
    when(want('events'), () => eventAttendance(platform, f)),
    when(want('campaigns'), () => campaignReach(platform, f)),
  ]);
  const sectorRows = (counts: Map<string, number>) => SECTORS.map((s) => ({ key: s, label: t(`domain:sector.${s}`), n: counts.get(s) ?? 0 }));
  const countryName = new Intl.DisplayNames([locale], { type: 'region' });
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, locale);
  // Each builder runs only for a wanted table, whose figures were then fetched above.
  const byCountry = (c: PeopleCounts) => [...c.byCountry].map(([key, n]) => ({ key, label: countryName.of(key) ?? key, n })).sort(byLabel);
  const byOrganisation = (c: PeopleCounts) => [...c.byOrganisation].map(([key, o]) => ({ key, label: o.name, n: o.n })).sort(byLabel);
  const byMonth = (c: PeopleCounts) => monthsOf(filters).map((m) => ({ key: m, label: m, n: c.byMonth.get(m) ?? 0 }));
  const trainedOf = () => trainedCounts!;
  const pathwaysOf = () => pathwayCounts!;
  const builders: Record<ReportTableKey, () => ReportTable> = {
    trainedBySector: () => peopleTable('trainedBySector', t, 'sector', sectorRows(trainedOf().bySector), trainedOf().total, k, 'bars'),
    trainedByCountry: () => peopleTable('trainedByCountry', t, 'country', byCountry(trainedOf()), trainedOf().total, k, 'bars'),
    trainedByOrganisation: () => peopleTable('trainedByOrganisation', t, 'organisation', byOrganisation(trainedOf()), trainedOf().total, k, 'bars'),
    trainedByMonth: () => peopleTable('trainedByMonth', t, 'month', byMonth(trainedOf()), trainedOf().total, k, 'columns'),
    pathwaysBySector: () => peopleTable('pathwaysBySector', t, 'sector', sectorRows(pathwaysOf().bySector), pathwaysOf().total, k, 'bars'),
    pathwaysByCountry: () => peopleTable('pathwaysByCountry', t, 'country', byCountry(pathwaysOf()), pathwaysOf().total, k, 'bars'),
    pathwaysByOrganisation: () => peopleTable('pathwaysByOrganisation', t, 'organisation', byOrganisation(pathwaysOf()), pathwaysOf().total, k, 'bars'),
    pathwaysByMonth: () => peopleTable('pathwaysByMonth', t, 'month', byMonth(pathwaysOf()), pathwaysOf().total, k, 'columns'),
    cohorts: () => {
      const list = cohorts!;
      const taken = column(list.map((c) => c.taken), k);
      const waitlist = column(list.map((c) => c.waitlist), k);
      return {
        key: 'cohorts',
        title: t('report:tables.cohorts'),
        header: ['cohort', 'seats', 'taken', 'fill', 'waitlist'].map((c) => t(`report:columns.${c}`)),
        kinds: ['count', 'people', 'rate', 'people'],
        rows: list.map((c, i) => ({ key: c.id, label: c.title, cells: [shown(c.seatCap), taken[i]!, rate(taken[i]!, shown(c.seatCap), k), waitlist[i]!] })),
        total: null,
        chart: null,
      };
    },
    courses: () => {
      const list = courses!;
      const began = column(list.map((c) => c.began), k);
      const completed = column(list.map((c) => c.completed), k);
      return {
        key: 'courses',
        title: t('report:tables.courses'),
        header: ['course', 'began', 'completed', 'completion', 'attempts', 'passed', 'passRate'].map((c) => t(`report:columns.${c}`)),
        kinds: ['people', 'people', 'rate', 'count', 'count', 'rate'],
        rows: list.map((c, i) => {
          // Attempts are not people, but a handful of them could still point at someone: same rule.
          const [attempts, passed] = column([c.attempts, c.passed], k) as [Cell, Cell];
          return { key: c.courseId, label: c.title[locale] ?? c.title[c.defaultLocale] ?? '', cells: [began[i]!, completed[i]!, rate(completed[i]!, began[i]!, k), attempts, passed, rate(passed, attempts, k)] };
        }),
        total: null,
        chart: null,
      };
    },
    selfAssessment: () => {
      const at = (moment: string) => ratings!.find((r) => r.moment === moment) ?? { knowledge: null, confidence: null, n: 0 };
      const [pre, post, follow] = [at('pre'), at('post'), at('follow_up')];
      const change = (a: number | null, b: number | null, n: number) => (a === null || b === null || n < k ? hidden : shown(Math.round((b - a) * 100) / 100));
      return {
        key: 'selfAssessment',
        title: t('report:tables.selfAssessment'),
        header: ['dimension', 'pre', 'post', 'followUp', 'change', 'changeYear'].map((c) => t(`report:columns.${c}`)),
        kinds: ['mean', 'mean', 'mean', 'mean', 'mean'],
        rows: [
          ...(['knowledge', 'confidence'] as const).map((d) => ({
            key: d,
            label: t(`report:rows.${d}`),
            cells: [mean(pre[d], pre.n, k), mean(post[d], post.n, k), mean(follow[d], follow.n, k), change(pre[d], post[d], Math.min(pre.n, post.n)), change(pre[d], follow[d], Math.min(pre.n, follow.n))],
          })),
          // How many rated at each moment; the change columns have no count of their own.
          { key: 'rated', label: t('report:rows.rated'), cells: [...column([pre.n, post.n, follow.n], k), { value: null, suppressed: false }, { value: null, suppressed: false }] },
        ],
        total: null,
        chart: null,
      };
    },
    certificates: () => {
      const c = certificates!;
      const states = column([c.valid, c.expiring, c.expired], k);
      return {
        key: 'certificates',
        title: t('report:tables.certificates'),
        header: [t('report:columns.state'), t('report:columns.people')],
        kinds: ['people'],
        rows: (['valid', 'expiring', 'expired'] as const).map((s, i) => ({ key: s, label: t(`report:rows.${s}`), cells: [states[i]!] })),
        total: null,
        chart: 'bars',
      };
    },
    events: () => {
      const list = events!;
      const registered = column(list.map((e) => e.registered), k);
      const attended = column(list.map((e) => e.attended), k);
      return {
        key: 'events',
        title: t('report:tables.events'),
        header: ['event', 'registered', 'attended', 'attendance'].map((c) => t(`report:columns.${c}`)),
        kinds: ['people', 'people', 'rate'],
        rows: list.map((e, i) => ({ key: e.id, label: e.title[locale] ?? e.title.en ?? Object.values(e.title)[0] ?? '', cells: [registered[i]!, attended[i]!, rate(attended[i]!, registered[i]!, k)] })),
        total: null,
        chart: null,
      };
    },
    campaigns: () => ({
      key: 'campaigns',
      title: t('report:tables.campaigns'),
      header: ['campaign', 'kits', 'views', 'qr', 'downloads'].map((c) => t(`report:columns.${c}`)),
      kinds: ['count', 'count', 'count', 'count'],
      rows: campaigns!.map((c) => ({ key: c.id, label: c.name, cells: [shown(c.kits), shown(c.views), shown(c.qr), shown(c.downloads)] })),
      total: null,
      chart: null,
    }),
  };
  const tables = REPORT_TABLES.filter((key) => wanted.has(key)).map((key) => builders[key]());

  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const one = (n: number) => suppressColumn([], n, k).total!;
  // Each headline figure comes with the page its figures are on (the PDF and the API have them all).
  const figures: ImpactReport['headline'] = [];
  if (headline && trainedCounts) figures.push({ key: 'trained', label: t('report:headline.trained'), cell: one(trainedCounts.total) });
  if (headline && pathwayCounts) figures.push({ key: 'pathways', label: t('report:headline.pathways'), cell: one(pathwayCounts.total) });
  if (headline && certificates) figures.push({ key: 'certificatesValid', label: t('report:headline.certificatesValid'), cell: one(certificates.valid + certificates.expiring) });
  if (headline && events) figures.push({ key: 'attended', label: t('report:headline.attended'), cell: one(sum(events.map((e) => e.attended))) });
  if (headline && campaigns) {
    figures.push({ key: 'views', label: t('report:headline.views'), cell: shown(sum(campaigns.map((c) => c.views))) });
    figures.push({ key: 'qr', label: t('report:headline.qr'), cell: shown(sum(campaigns.map((c) => c.qr))) });
  }
  return { k, headline: figures, tables };
}

/** How a cell reads in tables, exports and the PDF. */
export function cellText(cell: Cell, k: number, t: Translate, locale: string): string {
  if (cell.suppressed) return t('report:suppressed', { k });
  // No figure at all (no one rated, a column without a count): a dash, not a blank.
  if (cell.value === null) return '–';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(cell.value);
}
