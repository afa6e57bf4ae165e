/**
 * Turns observed network values (host names, IPs, URLs) into findings. Used by every network
 * input: pcap, Zeek logs and plain lists.
 *
 * Repeat observations of a value that already matched hit a small cache and only bump the
 * occurrence count, which keeps a capture full of C2 traffic as fast as a benign one.
 */
import type { DomainEntries, IndicatorIndex } from '../index/indicator-index.ts';
import type { DomainHit } from '../match/domain.ts';
import { normalizeDomain } from '../match/domain.ts';
import type { Finding, ObservationVia } from '../report/model.ts';
import { formatIpv4, formatIpv6, parseIp } from '../util/ip.ts';
import type { EvidenceDetails, FindingCollector } from './collector.ts';

const CACHE_LIMIT = 65_536;

export class NetworkMatcher {
  private readonly ipv4Cache = new Map<number, Finding[]>();
  private readonly nameCache = new Map<string, Finding[]>();

  constructor(
    readonly index: IndicatorIndex,
    readonly collector: FindingCollector,
  ) {}

  private repeat(cached: Finding[], timeMs: number | undefined): true {
    for (const finding of cached) this.collector.seen(finding, timeMs);
    return true;
  }

  private remember<K>(cache: Map<K, Finding[]>, key: K, findings: Finding[]): void {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, findings);
  }

  /** A lower-case host name. Returns true when it matched. */
  domain(name: string, details: EvidenceDetails, timeMs?: number): boolean {
    const cached = this.nameCache.get(name);
    if (cached !== undefined) return this.repeat(cached, timeMs);
    const hits = this.index.matchDomain(name);
    if (hits === undefined) return false;
    this.record(name, hits, { ...details, value: name }, timeMs);
    return true;
  }

  /** The packet scanner's fast path: evidence is only built when the name matches. */
  packetDomain(name: string, via: ObservationVia, packet: number, timeMs: number): boolean {
    const cached = this.nameCache.get(name);
    if (cached !== undefined) return this.repeat(cached, timeMs);
    const hits = this.index.matchDomain(name);
    if (hits === undefined) return false;
    this.record(name, hits, { value: name, via, packet }, timeMs);
    return true;
  }

  /** Each app gets one finding per observation, from its most specific matching indicator. */
  private record(name: string, hits: DomainHit<DomainEntries>[], details: EvidenceDetails, timeMs: number | undefined): void {
    const skipApps = new Set<string>();
    const findings: Finding[] = [];
    for (const hit of hits) {
      findings.push(...this.collector.indicator(hit.record.entries, 'domain', hit.indicator, details, timeMs, skipApps));
    }
    this.remember(this.nameCache, name, findings);
  }

  ipv4(value: number, details: Omit<EvidenceDetails, 'value'>, timeMs?: number): boolean {
    const cached = this.ipv4Cache.get(value);
    if (cached !== undefined) return this.repeat(cached, timeMs);
    const entries = this.index.lookupIpv4(value);
    if (entries === undefined) return false;
    const text = formatIpv4(value);
    const findings = this.collector.indicator(entries, 'ip', text, { ...details, value: text }, timeMs);
    this.remember(this.ipv4Cache, value, findings);
    return true;
  }

  ipv6(bytes: Uint8Array, offset: number, details: Omit<EvidenceDetails, 'value'>, timeMs?: number): boolean {
    const entries = this.index.lookupIpv6Bytes(bytes, offset);
    if (entries === undefined) return false;
    const text = formatIpv6(bytes, offset);
    this.collector.indicator(entries, 'ip', text, { ...details, value: text }, timeMs);
    return true;
  }

  /** IP address text of either family. */
  ip(text: string, details: Omit<EvidenceDetails, 'value'>, timeMs?: number): boolean {
    const ip = parseIp(text);
    if (ip === undefined) return false;
    if (ip.version === 4) return this.ipv4(ip.value, details, timeMs);
    return this.ipv6(ip.bytes, 0, details, timeMs);
  }

  /** A host that may be a name or an address literal (HTTP Host, Zeek fields, lists). */
  host(text: string, details: Omit<EvidenceDetails, 'value'>, timeMs?: number): boolean {
    if (this.ip(text, details, timeMs)) return true;
    const name = normalizeDomain(text);
    return name === undefined ? false : this.domain(name, { ...details, value: name }, timeMs);
  }

  /** A full URL against URL indicators only; callers match its host with `host()`. */
  url(url: string, details: Omit<EvidenceDetails, 'value'>, timeMs?: number): boolean {
    const hit = this.index.lookupUrl(url);
    if (hit === undefined) return false;
    this.collector.indicator(hit.entries, 'url', hit.indicator, { ...details, value: url }, timeMs);
    return true;
  }
}
