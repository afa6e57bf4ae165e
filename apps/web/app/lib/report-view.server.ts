import type { Translate } from '@destalk/core/i18n/translator';
import type { FeedSetView } from '@destalk/core/stalkerware/queries/feeds';
import type { Finding, FindingLevel, Report } from '@destalk/ioc';
import { formatDateTime } from './format.ts';

export interface FindingView {
  title: string;
  app: string | null;
  aliases: string | null;
  explanation: string;
  advice: string;
  seen: string;
  where: string;
  occurrences: string | null;
}

export interface ReportView {
  tone: FindingLevel | 'none';
  summary: string;
  disclaimer: string;
  counts: string;
  groups: Array<{ level: FindingLevel; title: string; findings: FindingView[] }>;
  inputs: string[];
  indicators: string;
  generatedAt: string;
  nextSteps: string[];
}

/** The library's name for an input kind, as the check form names it. */
function formKindOf(kind: string): string {
  if (kind === 'pm-list') return 'pm_list';
  if (kind === 'package-list') return 'package_list';
  if (kind === 'plain-list') return 'indicator_list';
  if (kind.startsWith('zeek')) return 'zeek_log';
  if (kind.startsWith('pcap')) return 'network_capture';
  return 'androidqf';
}

function adviceKey(finding: Finding): string {
  if (finding.level === 'high') return 'check:advice.high';
  if (finding.kind.startsWith('watchware')) return 'check:advice.watchware';
  if (finding.kind === 'distribution_host') return 'check:advice.distribution';
  if (finding.kind === 'vendor_website') return 'check:advice.vendor';
  return 'check:advice.heuristic';
}

function findingView(f: Finding, t: Translate): FindingView {
  const values = { app: f.app?.name ?? '', indicator: f.indicator?.value ?? f.evidence.value, observed: f.evidence.value };
  const where = [f.evidence.input, f.evidence.line ? t('check:report.line', { line: f.evidence.line }) : '', f.evidence.packet ? t('check:report.packet', { packet: f.evidence.packet }) : '', f.evidence.time ?? '']
    .filter(Boolean)
    .join(', ');
  return {
    title: t(`check:kinds.${f.kind}`),
    app: f.app?.name ?? null,
    aliases: f.app && f.app.aliases.length ? t('check:report.alsoKnownAs', { names: f.app.aliases.join(', ') }) : null,
    explanation: f.kind.startsWith('heuristic_') ? t('check:explanations.heuristic') : t(`check:explanations.${f.kind}`, values),
    advice: t(adviceKey(f)),
    seen: f.evidence.package && !f.evidence.value.includes(f.evidence.package) ? `${f.evidence.value} (${f.evidence.package})` : f.evidence.value,
    where,
    occurrences: f.occurrences > 1 ? t('check:report.occurrences', { count: f.occurrences }) : null,
  };
}

/** A report in the reader's language, ready to render (the page, the print view, the download). */
export function presentReport(report: Report, feeds: FeedSetView | undefined, t: Translate, locale: string): ReportView {
  const { counts } = report.summary;
  const summaryCount = report.summary.summaryKey === 'summary.stalkerware_indicator_found' ? counts.high : report.summary.summaryKey === 'summary.warning_signs_found' ? counts.medium : counts.low;
  const levels: FindingLevel[] = ['high', 'medium', 'low'];
  const provenance = feeds?.provenance ?? report.feeds[0]?.provenance;
  return {
    tone: counts.high ? 'high' : counts.medium ? 'medium' : counts.low ? 'low' : 'none',
    summary: t(`check:report.summary.${report.summary.summaryKey.replace('summary.', '')}`, { count: summaryCount }),
    disclaimer: t('check:report.disclaimer'),
    counts: t('check:report.counts', { high: counts.high, medium: counts.medium, low: counts.low }),
    groups: levels
      .map((level) => ({ level, title: t(`check:report.levels.${level}`), findings: report.findings.filter((f) => f.level === level).map((f) => findingView(f, t)) }))
      .filter((g) => g.findings.length > 0),
    inputs: report.inputs.map((i) => t('check:report.inputKind', { name: i.name, kind: t(`check:input.kinds.${formKindOf(i.kind)}.label`) })),
    indicators: provenance
      ? t('check:report.indicatorsText', { attribution: provenance.attribution, version: provenance.version ?? '—', date: feeds ? formatDateTime(feeds.importedAt, locale) : provenance.date ?? '—' })
      : '',
    generatedAt: t('check:report.generatedAt', { date: formatDateTime(report.generatedAt, locale) }),
    nextSteps: ['plan', 'evidence', 'accounts', 'recheck'].map((k) => t(`check:report.nextSteps.${k}`)),
  };
}
