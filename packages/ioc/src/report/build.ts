/**
 * Builds a report from the scans of one or more inputs: redacts personal data, orders findings
 * by seriousness, counts them and writes the summary.
 *
 * The summary never calls a device safe or clean. Indicators only describe known apps and
 * servers, so "nothing found" is always said together with its limit (Echap says the same of
 * its own data).
 */
import type { FeedProvenance } from '../feeds/types.ts';
import type { Finding, FindingLevel, Report, ReportSummary, ScanResult } from './model.ts';
import { redactText } from './redact.ts';

export const SUMMARY_TEXTS = {
  none: 'No known indicator found. This does not prove that no stalkerware is installed.',
  disclaimer: 'These checks only recognise known apps and servers and a few warning signs. They cannot prove that no stalkerware is installed.',
} as const;

const LEVEL_ORDER: Record<FindingLevel, number> = { high: 0, medium: 1, low: 2 };

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function summarize(findings: readonly Finding[]): ReportSummary {
  const counts = { high: 0, medium: 0, low: 0, total: findings.length };
  for (const finding of findings) counts[finding.level]++;
  const base = { disclaimerKey: 'summary.disclaimer' as const, disclaimer: SUMMARY_TEXTS.disclaimer, counts };
  if (counts.total === 0) return { summaryKey: 'summary.no_known_indicator', text: SUMMARY_TEXTS.none, ...base };
  if (counts.high > 0) {
    const others = counts.medium + counts.low;
    const rest = others === 0 ? '' : ` ${plural(others, 'other finding', 'other findings')} should also be looked at.`;
    return { summaryKey: 'summary.stalkerware_indicator_found', text: `${plural(counts.high, 'finding matches', 'findings match')} known stalkerware.${rest}`, ...base };
  }
  if (counts.medium > 0) {
    return {
      summaryKey: 'summary.warning_signs_found',
      text: `No known stalkerware indicator found, but ${plural(counts.medium, 'finding deserves', 'findings deserve')} a closer look.`,
      ...base,
    };
  }
  return {
    summaryKey: 'summary.vendor_website_only',
    text: `No known stalkerware indicator found. ${plural(counts.low, 'visit', 'visits')} to stalkerware vendor websites were seen, which can come from researching these apps.`,
    ...base,
  };
}

function redactFinding(finding: Finding): Finding {
  const evidence = { ...finding.evidence, input: redactText(finding.evidence.input), value: redactText(finding.evidence.value) };
  if (evidence.path !== undefined) evidence.path = redactText(evidence.path);
  return {
    ...finding,
    ...(finding.app === undefined ? {} : { app: { ...finding.app, aliases: [...finding.app.aliases] } }),
    ...(finding.indicator === undefined ? {} : { indicator: { ...finding.indicator, feeds: [...finding.indicator.feeds] } }),
    evidence,
    explanation: redactText(finding.explanation),
  };
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
    Number(a.indicator === undefined) - Number(b.indicator === undefined) ||
    (a.app?.name ?? '').localeCompare(b.app?.name ?? '') ||
    a.kind.localeCompare(b.kind) ||
    a.evidence.value.localeCompare(b.evidence.value)
  );
}

export interface CreateReportOptions {
  /** The feeds used (pass `index.feeds`); their attribution is part of every report. */
  feeds: readonly { id: string; provenance: FeedProvenance }[];
  generatedAt?: Date;
}

export function createReport(scans: readonly ScanResult[], options: CreateReportOptions): Report {
  const findings = scans.flatMap((scan) => scan.findings.map(redactFinding)).sort(compareFindings);
  return {
    schemaVersion: 1,
    generatedAt: (options.generatedAt ?? new Date()).toISOString(),
    summary: summarize(findings),
    findings,
    inputs: scans.map((scan) => ({ name: redactText(scan.input.name), kind: scan.input.kind, stats: { ...scan.input.stats } })),
    feeds: options.feeds.map((feed) => ({ id: feed.id, provenance: { ...feed.provenance } })),
  };
}
