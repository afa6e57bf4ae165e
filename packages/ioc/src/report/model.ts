/**
 * The report model: what a scan found, how serious it is, and what it rests on.
 *
 * Levels:
 * - high: contact with a stalkerware command-and-control host; a known stalkerware package,
 *   signing certificate or APK hash on the device.
 * - medium: watchware (visible monitoring apps), hosts that distribute stalkerware installers,
 *   and heuristics (signs that something may be wrong, not proof).
 * - low: a visit to a vendor's website. The person being checked may have visited it while
 *   researching the app that is used against them, so it is never graded as a compromise.
 *
 * `adviceKey`, `explanationKey` and `summary.summaryKey` are stable strings the platform translates;
 * the English texts are defaults for the JSON and HTML renderings.
 */
import type { AppType, FeedProvenance } from '../feeds/types.ts';

export type FindingLevel = 'high' | 'medium' | 'low';

export const FINDING_KINDS = [
  'c2_contact',
  'watchware_c2_contact',
  'stalkerware_package',
  'watchware_package',
  'stalkerware_certificate',
  'watchware_certificate',
  'stalkerware_file_hash',
  'watchware_file_hash',
  'distribution_host',
  'vendor_website',
  'heuristic_sideloaded_app',
  'heuristic_accessibility_service',
  'heuristic_device_admin',
  'heuristic_package_verification_disabled',
  'heuristic_root',
] as const;

export type FindingKind = (typeof FINDING_KINDS)[number];

export type IndicatorType = 'domain' | 'ip' | 'url' | 'package' | 'certificate' | 'file_hash';

/** How a network value was seen. */
export type ObservationVia =
  | 'dns_query'
  | 'dns_answer'
  | 'tls_sni'
  | 'http_host'
  | 'http_url'
  | 'destination_ip'
  | 'source_ip'
  | 'zeek_dns'
  | 'zeek_ssl'
  | 'zeek_http'
  | 'zeek_conn'
  | 'listed';

export interface Evidence {
  /** Name of the input (file name, "pasted text", …). */
  input: string;
  /** The observed value (redacted in reports). */
  value: string;
  line?: number;
  packet?: number;
  /** ISO 8601 time the value was observed, when the input records one. */
  time?: string;
  via?: ObservationVia;
  /** The package an observation concerns (package, certificate and hash findings). */
  package?: string;
  /** File on the device the observation concerns (androidqf). */
  path?: string;
}

export interface FindingApp {
  name: string;
  aliases: string[];
  type: AppType;
}

export interface Finding {
  level: FindingLevel;
  kind: FindingKind;
  /** The app the indicator belongs to; absent for heuristics. */
  app?: FindingApp;
  indicator?: { type: IndicatorType; value: string; feeds: string[] };
  /** The first observation; `occurrences` counts them all. */
  evidence: Evidence;
  occurrences: number;
  /** Last time the value was observed, when the input records times. */
  lastSeen?: string;
  adviceKey: string;
  explanationKey: string;
  /** English explanation of why this was reported. */
  explanation: string;
}

export const LEVEL_OF_KIND: Readonly<Record<FindingKind, FindingLevel>> = {
  c2_contact: 'high',
  stalkerware_package: 'high',
  stalkerware_certificate: 'high',
  stalkerware_file_hash: 'high',
  watchware_c2_contact: 'medium',
  watchware_package: 'medium',
  watchware_certificate: 'medium',
  watchware_file_hash: 'medium',
  distribution_host: 'medium',
  heuristic_sideloaded_app: 'medium',
  heuristic_accessibility_service: 'medium',
  heuristic_device_admin: 'medium',
  heuristic_package_verification_disabled: 'medium',
  heuristic_root: 'medium',
  vendor_website: 'low',
};

export interface InputSummary {
  name: string;
  kind: string;
  /** Counters from the parser (packets, lines, packages, …). */
  stats: Record<string, number>;
}

export type SummaryKey =
  | 'summary.no_known_indicator'
  | 'summary.stalkerware_indicator_found'
  | 'summary.warning_signs_found'
  | 'summary.vendor_website_only';

export interface ReportSummary {
  summaryKey: SummaryKey;
  text: string;
  /** Always shown: the limits of indicator-based checking. */
  disclaimerKey: 'summary.disclaimer';
  disclaimer: string;
  counts: { high: number; medium: number; low: number; total: number };
}

export interface Report {
  schemaVersion: 1;
  generatedAt: string;
  summary: ReportSummary;
  findings: Finding[];
  inputs: InputSummary[];
  feeds: { id: string; provenance: FeedProvenance }[];
}

/** What one input's scan produced, before it is combined into a report. */
export interface ScanResult {
  input: InputSummary;
  findings: Finding[];
}
