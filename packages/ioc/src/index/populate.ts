/**
 * Puts one feed's indicators into the index maps, normalising each value once. Values that are
 * not what their field says (a domain that is not a host name, an IP that does not parse, a
 * fingerprint of the wrong length) are reported in `index.warnings`, never silently dropped.
 */
import type { Feed, FeedApp } from '../feeds/types.ts';
import { normalizeDomain } from '../match/domain.ts';
import { isUnderSharedHosting } from '../match/shared-hosting.ts';
import { digestAlgorithmOf, normalizeHex } from '../util/hex.ts';
import { parseIp } from '../util/ip.ts';
import type { AppInfo } from './apps.ts';
import type { IndexEntry, IndicatorIndex, IndicatorRole, SampleContext } from './indicator-index.ts';
import { urlKey } from './url-key.ts';

function addEntry<K>(map: Map<K, IndexEntry[]>, key: K, app: AppInfo, role: IndicatorRole, value: string, feed: string, sample?: SampleContext): void {
  let list = map.get(key);
  if (list === undefined) map.set(key, (list = []));
  const existing = list.find((e) => e.app === app && e.role === role);
  if (existing !== undefined) {
    if (!existing.feeds.includes(feed)) existing.feeds.push(feed);
    return;
  }
  list.push({ app, role, value, feeds: [feed], ...(sample === undefined ? {} : { sample }) });
}

class FeedPopulator {
  constructor(
    private readonly index: IndicatorIndex,
    private readonly feed: Feed,
  ) {}

  warn(message: string): void {
    this.index.warnings.push({ feed: this.feed.id, message });
  }

  /** A field that must hold IP addresses (c2.ips). */
  ip(app: AppInfo, role: IndicatorRole, raw: string): void {
    if (parseIp(raw) === undefined) return this.warn(`"${raw}" (${app.name}) is not an IP address; skipped`);
    this.network(app, role, raw);
  }

  /** A network indicator: an IP, a host name, or a URL with a path. */
  network(app: AppInfo, role: IndicatorRole, raw: string): void {
    const ip = parseIp(raw);
    if (ip !== undefined) {
      if (ip.version === 4) addEntry(this.index.ipv4, ip.value, app, role, raw, this.feed.id);
      else {
        addEntry(this.index.ipv6, ip.text, app, role, raw, this.feed.id);
        const b = ip.bytes;
        this.index.ipv6Prefixes.add((((b[0] as number) << 24) | ((b[1] as number) << 16) | ((b[2] as number) << 8) | (b[3] as number)) >>> 0);
      }
      return;
    }
    if (raw.includes('/')) {
      const key = urlKey(raw);
      if (key === undefined) return this.warn(`"${raw}" (${app.name}) is not a URL; skipped`);
      if (key.includes('/')) return addEntry(this.index.urls, key, app, role, raw, this.feed.id);
      return this.domain(app, role, key, raw);
    }
    this.domain(app, role, raw, raw);
  }

  private domain(app: AppInfo, role: IndicatorRole, text: string, raw: string): void {
    const name = normalizeDomain(text);
    if (name === undefined) return this.warn(`"${raw}" (${app.name}) is not a host name; skipped`);
    let record = this.index.domains.get(name);
    if (record === undefined) {
      record = { exactOnly: isUnderSharedHosting(name), entries: [] };
      this.index.domains.set(name, record);
    }
    const existing = record.entries.find((e) => e.app === app && e.role === role);
    if (existing !== undefined) {
      if (!existing.feeds.includes(this.feed.id)) existing.feeds.push(this.feed.id);
    } else record.entries.push({ app, role, value: raw, feeds: [this.feed.id] });
  }

  certificate(app: AppInfo, raw: string): void {
    const hex = normalizeHex(raw);
    if (hex === undefined || digestAlgorithmOf(hex) === undefined) return this.warn(`"${raw}" (${app.name}) is not an md5/sha1/sha256 fingerprint; skipped`);
    addEntry(this.index.certificates, hex, app, 'certificate', raw, this.feed.id);
  }

  app(feedApp: FeedApp): void {
    const app = this.index.apps.add(feedApp, this.feed.id);
    const id = this.feed.id;
    for (const p of feedApp.packages) addEntry(this.index.packages, p.toLowerCase(), app, 'package', p, id);
    for (const b of feedApp.iosBundles) addEntry(this.index.packages, b.toLowerCase(), app, 'ios_bundle', b, id);
    for (const c of feedApp.certificates) this.certificate(app, c);
    for (const v of feedApp.c2.ips) this.ip(app, 'c2', v);
    for (const v of feedApp.c2.domains) this.network(app, 'c2', v);
    for (const v of feedApp.distribution) this.network(app, 'distribution', v);
    for (const v of feedApp.websites) this.network(app, 'website', v);
    for (const v of feedApp.network.ips) this.ip(app, 'network', v);
    for (const v of [...feedApp.network.domains, ...feedApp.network.urls]) this.network(app, 'network', v);
  }

  fileHashes(): void {
    const apps = new Map<string, AppInfo>(); // samples.csv repeats app names thousands of times
    for (const hash of this.feed.fileHashes) {
      const hex = normalizeHex(hash.value);
      if (hex === undefined || digestAlgorithmOf(hex) !== hash.algorithm) {
        this.warn(`"${hash.value}" is not a ${hash.algorithm} hash; skipped`);
        continue;
      }
      let app = apps.get(hash.appName);
      if (app === undefined) apps.set(hash.appName, (app = this.index.apps.resolveOrCreate(hash.appName, this.feed.id)));
      const sample: SampleContext = {};
      if (hash.packageName !== undefined) sample.packageName = hash.packageName;
      if (hash.certificate !== undefined) sample.certificate = hash.certificate;
      if (hash.version !== undefined) sample.version = hash.version;
      addEntry(this.index.fileHashes, hex, app, 'file_hash', hash.value, this.feed.id, sample);
    }
  }
}

export function addFeedToIndex(index: IndicatorIndex, feed: Feed): void {
  const populator = new FeedPopulator(index, feed);
  for (const app of feed.apps) populator.app(app);
  populator.fileHashes();
  index.feeds.push({
    id: feed.id,
    kind: feed.kind,
    provenance: feed.provenance,
    apps: feed.apps.length,
    fileHashes: feed.fileHashes.length,
    warnings: feed.warnings,
  });
  for (const conflict of index.apps.conflicts.splice(0)) index.warnings.push({ feed: feed.id, message: conflict });
}
