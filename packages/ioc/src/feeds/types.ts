/**
 * The feed model every feed parser produces and the indicator index consumes.
 *
 * Values are kept as the feed wrote them; normalisation (lower case, hex without colons,
 * canonical IPs) happens once, in the index, so feeds can be shown back to people unchanged.
 */

/** Where a feed comes from and on which terms it may be used (CC BY needs attribution). */
export interface FeedProvenance {
  /** Human-readable source, usually the repository or vendor URL. */
  source: string;
  /** Version, tag or commit of the snapshot. */
  version?: string;
  /** ISO 8601 date of the snapshot or of its retrieval. */
  date?: string;
  /** Licence identifier, e.g. "CC-BY-4.0". */
  licence: string;
  /** The attribution text to show wherever the data or results derived from it are shown. */
  attribution: string;
  /** Link for the attribution (CC BY asks for one). */
  url?: string;
}

/**
 * `stalkerware` hides and spies; `watchware` is surveillance software that does not hide (for
 * example child monitoring). The report grades them differently.
 */
export type AppType = 'stalkerware' | 'watchware';

/** One application as described by a feed. */
export interface FeedApp {
  name: string;
  /** Other names the app is sold under (Echap `names`). */
  aliases: string[];
  type: AppType;
  /** Android package names. */
  packages: string[];
  /** iOS bundle identifiers. */
  iosBundles: string[];
  /** Signing certificate fingerprints (hex; any of md5/sha1/sha256). */
  certificates: string[];
  /** Organisation names found in signing certificates (kept for display; not matched). */
  certificateOrganizations: string[];
  /** Regular expressions on certificate common names (kept as text, never compiled: ReDoS). */
  certificateCnPatterns: string[];
  /** Vendor websites (host names, or URLs when the feed gives one). */
  websites: string[];
  /** Hosts that distribute the app's installer. */
  distribution: string[];
  c2: {
    ips: string[];
    domains: string[];
  };
  /**
   * Network indicators whose role the feed does not say (STIX, TinyCheck): they are treated as
   * command-and-control, the conservative reading of an indicator of compromise.
   */
  network: { ips: string[]; domains: string[]; urls: string[] };
  /** True for placeholder apps created for indicators that a feed does not attribute. */
  anonymous: boolean;
  /** Where the app is defined in its feed (for error messages and audits). */
  location: { line?: number; objectId?: string };
}

/** A known file (APK) hash. */
export interface FeedFileHash {
  algorithm: 'md5' | 'sha1' | 'sha256';
  value: string;
  /** The app the sample belongs to, by name or alias; resolved by the index. */
  appName: string;
  /** Extra context from samples.csv, shown with a finding. */
  packageName?: string;
  certificate?: string;
  version?: string;
  location: { line?: number; objectId?: string };
}

export interface FeedWarning {
  message: string;
  location: { line?: number; objectId?: string };
}

export type FeedKind = 'echap-yaml' | 'echap-samples' | 'stix2' | 'tinycheck';

export interface Feed {
  /** Stable identifier of this feed within a set, e.g. "echap:ioc.yaml". */
  id: string;
  kind: FeedKind;
  provenance: FeedProvenance;
  apps: FeedApp[];
  fileHashes: FeedFileHash[];
  /** Entries the parser skipped (unknown keys, unsupported STIX patterns, …), never silently. */
  warnings: FeedWarning[];
}

/** Options shared by every feed parser. */
export interface FeedParseOptions {
  /** Feed identifier; defaults to a name derived from the kind. */
  id?: string;
  provenance: FeedProvenance;
  /** Largest accepted feed, checked before parsing. Defaults to 50 MB. */
  maxBytes?: number;
}

export function emptyApp(name: string, type: AppType, location: FeedApp['location']): FeedApp {
  return {
    name,
    aliases: [],
    type,
    packages: [],
    iosBundles: [],
    certificates: [],
    certificateOrganizations: [],
    certificateCnPatterns: [],
    websites: [],
    distribution: [],
    c2: { ips: [], domains: [] },
    network: { ips: [], domains: [], urls: [] },
    anonymous: false,
    location,
  };
}
