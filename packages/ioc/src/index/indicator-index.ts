/**
 * The merged, fast lookup structure over all loaded feeds.
 *
 * Every key is normalised once here: packages in lower case, fingerprints and hashes as
 * lower-case hex, domains in lower-case ASCII, IPv4 as 32-bit numbers (so the packet scanner
 * never formats an address), IPv6 as RFC 5952 text, URLs as host + path without the scheme.
 */
import type { Feed, FeedProvenance, FeedWarning } from '../feeds/types.ts';
import { matchDomain, normalizeDomain, type DomainHit, type DomainRecord } from '../match/domain.ts';
import { normalizeHex } from '../util/hex.ts';
import { formatIpv6, mappedIpv4, parseIp } from '../util/ip.ts';
import { AppRegistry, type AppInfo } from './apps.ts';
import { addFeedToIndex } from './populate.ts';
import { urlKey, urlPrefixes } from './url-key.ts';

/** What an indicator says about its app. `network` = a feed that does not say (STIX, TinyCheck). */
export type IndicatorRole = 'c2' | 'network' | 'distribution' | 'website' | 'package' | 'ios_bundle' | 'certificate' | 'file_hash';

export interface SampleContext {
  packageName?: string;
  certificate?: string;
  version?: string;
}

export interface IndexEntry {
  app: AppInfo;
  role: IndicatorRole;
  /** The indicator as the (first) feed wrote it. */
  value: string;
  feeds: string[];
  sample?: SampleContext;
}

export interface DomainEntries extends DomainRecord {
  entries: IndexEntry[];
}

export interface FeedSummary {
  id: string;
  kind: Feed['kind'];
  provenance: FeedProvenance;
  apps: number;
  fileHashes: number;
  warnings: FeedWarning[];
}

export interface IndexStats {
  apps: number;
  packages: number;
  certificates: number;
  fileHashes: number;
  domains: number;
  ipv4: number;
  ipv6: number;
  urls: number;
}

const SPECIFIC_NETWORK_ROLES: ReadonlySet<IndicatorRole> = new Set(['c2', 'distribution', 'website']);

export class IndicatorIndex {
  readonly apps = new AppRegistry();
  readonly feeds: FeedSummary[] = [];
  /** Indicators that could not be indexed (not a domain, not an IP, …), with the feed id. */
  readonly warnings: { feed: string; message: string }[] = [];

  /** @internal maps, filled by populate.ts */
  readonly packages = new Map<string, IndexEntry[]>();
  readonly certificates = new Map<string, IndexEntry[]>();
  readonly fileHashes = new Map<string, IndexEntry[]>();
  readonly domains = new Map<string, DomainEntries>();
  readonly ipv4 = new Map<number, IndexEntry[]>();
  readonly ipv6 = new Map<string, IndexEntry[]>();
  /** First 32 bits of every IPv6 indicator, so packets are only formatted on a likely hit. */
  readonly ipv6Prefixes = new Set<number>();
  readonly urls = new Map<string, IndexEntry[]>();

  lookupPackage(name: string): IndexEntry[] | undefined {
    return this.packages.get(name.trim().toLowerCase());
  }

  /** Any fingerprint length (md5, sha1, sha256); case and colons do not matter. */
  lookupCertificate(fingerprint: string): IndexEntry[] | undefined {
    const hex = normalizeHex(fingerprint);
    return hex === undefined ? undefined : this.certificates.get(hex);
  }

  lookupFileHash(hash: string): IndexEntry[] | undefined {
    const hex = normalizeHex(hash);
    return hex === undefined ? undefined : this.fileHashes.get(hex);
  }

  /** Matches a lower-case host name (see match/domain.ts for the rules). */
  matchDomain(lowerName: string): DomainHit<DomainEntries>[] | undefined {
    return matchDomain(lowerName, this.domains);
  }

  /** Normalises then matches any host name text. */
  matchHost(text: string): DomainHit<DomainEntries>[] | undefined {
    const name = normalizeDomain(text);
    return name === undefined ? undefined : matchDomain(name, this.domains);
  }

  lookupIpv4(value: number): IndexEntry[] | undefined {
    return this.ipv4.get(value);
  }

  /** Looks up 16 address bytes at `offset`; IPv4-mapped addresses are looked up as IPv4. */
  lookupIpv6Bytes(bytes: Uint8Array, offset: number): IndexEntry[] | undefined {
    const mapped = mappedIpv4(bytes, offset);
    if (mapped !== undefined) return this.ipv4.get(mapped);
    if (this.ipv6.size === 0) return undefined;
    const prefix = (((bytes[offset] as number) << 24) | ((bytes[offset + 1] as number) << 16) | ((bytes[offset + 2] as number) << 8) | (bytes[offset + 3] as number)) >>> 0;
    if (!this.ipv6Prefixes.has(prefix)) return undefined;
    return this.ipv6.get(formatIpv6(bytes, offset));
  }

  lookupIp(text: string): { ip: string; entries: IndexEntry[] } | undefined {
    const ip = parseIp(text);
    if (ip === undefined) return undefined;
    const entries = ip.version === 4 ? this.ipv4.get(ip.value) : this.ipv6.get(ip.text);
    return entries === undefined ? undefined : { ip: ip.text, entries };
  }

  /**
   * Matches a URL (any scheme) against URL indicators: the same host and the indicator's path
   * or a path below it on a `/` boundary.
   */
  lookupUrl(url: string): { indicator: string; entries: IndexEntry[] } | undefined {
    if (this.urls.size === 0) return undefined;
    const key = urlKey(url);
    if (key === undefined) return undefined;
    for (const prefix of urlPrefixes(key)) {
      const entries = this.urls.get(prefix);
      if (entries !== undefined) return { indicator: prefix, entries };
    }
    return undefined;
  }

  stats(): IndexStats {
    return {
      apps: this.apps.size,
      packages: this.packages.size,
      certificates: this.certificates.size,
      fileHashes: this.fileHashes.size,
      domains: this.domains.size,
      ipv4: this.ipv4.size,
      ipv6: this.ipv6.size,
      urls: this.urls.size,
    };
  }

  /** @internal Applies the preference rules once all feeds are in. */
  finalize(): void {
    for (const map of [this.packages, this.certificates, this.fileHashes, this.ipv4, this.ipv6, this.urls] as Map<unknown, IndexEntry[]>[]) {
      for (const list of map.values()) if (list.length > 1) preferSpecific(list);
    }
    for (const record of this.domains.values()) if (record.entries.length > 1) preferSpecific(record.entries);
  }
}

/**
 * Named apps beat anonymous placeholders, and an app's explicit role (c2, distribution,
 * website) beats the unspecified `network` role another feed gave the same indicator.
 */
function preferSpecific(list: IndexEntry[]): void {
  const hasNamed = list.some((e) => !e.app.anonymous);
  const specific = new Set(list.filter((e) => SPECIFIC_NETWORK_ROLES.has(e.role)).map((e) => e.app.key));
  let w = 0;
  for (const entry of list) {
    if (hasNamed && entry.app.anonymous) continue;
    if (entry.role === 'network' && specific.has(entry.app.key)) continue;
    list[w++] = entry;
  }
  list.length = w;
}

/** Builds the index from feeds. Feeds with explicit app names (Echap YAML) should come first. */
export function buildIndex(feeds: readonly Feed[]): IndicatorIndex {
  const index = new IndicatorIndex();
  const ordered = [...feeds].sort((a, b) => Number(a.kind !== 'echap-yaml') - Number(b.kind !== 'echap-yaml'));
  for (const feed of ordered) addFeedToIndex(index, feed);
  index.finalize();
  return index;
}

