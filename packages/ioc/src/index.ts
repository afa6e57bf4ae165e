/**
 * @destalk/ioc — stalkerware indicator feeds, matchers, input parsers and the report model.
 * Pure library: no database, no web. Decisions: docs/decisions/0010 and 0011; benchmarks:
 * bench/README-ioc.md.
 *
 * Typical use:
 *   const index = buildIndex(await loadEchapFeeds(dir));
 *   const scans = [await scanPcapFile(path, index), scanAndroidQf(await readAndroidQf(zip), index)];
 *   const report = createReport(scans, { feeds: index.feeds });
 *   renderReportHtml(report); renderReportJson(report);
 */

// Errors and limits
export { IOC_ERROR_CODES, IocInputError, type IocErrorCode, type IocErrorLocation } from './errors.ts';
export { DEFAULT_LIMITS, resolveLimits, type IocLimits } from './limits.ts';

// Feeds
export type { AppType, Feed, FeedApp, FeedFileHash, FeedKind, FeedParseOptions, FeedProvenance, FeedWarning } from './feeds/types.ts';
export { ECHAP_ATTRIBUTION, ECHAP_LICENCE, ECHAP_REPOSITORY_URL, echapProvenance, parseProvenanceSidecar } from './feeds/provenance.ts';
export { parseEchapYaml, type EchapYamlOptions } from './feeds/echap-yaml.ts';
export { parseSamplesCsv, type SamplesCsvOptions } from './feeds/samples-csv.ts';
export { parseStix2, parseStixPattern, type Stix2Options } from './feeds/stix2.ts';
export { parseTinyCheck, type TinyCheckOptions } from './feeds/tinycheck.ts';
export { loadEchapFeeds, type LoadEchapOptions } from './feeds/load-echap.ts';

// Index and matching
export { buildIndex, IndicatorIndex, type DomainEntries, type FeedSummary, type IndexEntry, type IndexStats, type IndicatorRole, type SampleContext } from './index/indicator-index.ts';
export type { AppInfo } from './index/apps.ts';
export { matchDomain, normalizeDomain, type DomainHit, type DomainRecord } from './match/domain.ts';
export { SHARED_HOSTING_PARENTS, isSharedHostingParent, isUnderSharedHosting } from './match/shared-hosting.ts';
export { parseIp, formatIpv4, formatIpv6, type ParsedIp } from './util/ip.ts';
export { normalizeHex } from './util/hex.ts';

// Inputs
export type { InputOptions } from './inputs/options.ts';
export type { TextSource, BinarySource } from './util/text-source.ts';
export type { InstalledPackage, PackageFile, PackageCertificate } from './scan/packages.ts';
export { readAndroidQf, parseAndroidQfFiles, ANDROIDQF_FILES, type AndroidQfAcquisition, type AndroidQfReadOptions } from './inputs/androidqf/read.ts';
export { parsePackagesJson } from './inputs/androidqf/packages-json.ts';
export { parseGetprop, parseSettings, parseProcesses, parseDeviceAdmins, parseRootBinaries } from './inputs/androidqf/text-files.ts';
export { scanAndroidQf } from './inputs/androidqf/scan.ts';
export { parsePmList, parsePmListLine, scanPmList } from './inputs/pm-list.ts';
export { parsePackageList, scanPackageList } from './inputs/package-list.ts';
export { scanPlainList } from './inputs/plain-list.ts';
export { scanZeekLog, type ZeekLogType, type ZeekOptions } from './inputs/zeek.ts';
export { scanPcap, scanPcapFile } from './inputs/pcap/scan.ts';
export type { PacketStats } from './inputs/pcap/decode.ts';

// Heuristics
export { runHeuristics, type HeuristicInput } from './heuristics/index.ts';
export { STORE_INSTALLERS, PACKAGE_INSTALLERS } from './heuristics/sideload.ts';
export { ROOT_PACKAGES } from './heuristics/root.ts';

// Scanning building blocks (for custom inputs)
export { FindingCollector } from './scan/collector.ts';
export { NetworkMatcher } from './scan/network.ts';
export { scanPackages } from './scan/packages.ts';

// Report
export {
  FINDING_KINDS,
  LEVEL_OF_KIND,
  type Evidence,
  type Finding,
  type FindingApp,
  type FindingKind,
  type FindingLevel,
  type IndicatorType,
  type InputSummary,
  type ObservationVia,
  type Report,
  type ReportSummary,
  type ScanResult,
  type SummaryKey,
} from './report/model.ts';
export { createReport, summarize, SUMMARY_TEXTS, type CreateReportOptions } from './report/build.ts';
export { redactText, EMAIL_PLACEHOLDER, PHONE_PLACEHOLDER } from './report/redact.ts';
export { renderReportJson } from './report/json.ts';
export { renderReportHtml, escapeHtml, type HtmlOptions } from './report/html.ts';
