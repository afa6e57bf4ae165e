/**
 * The real Echap feeds (../shared/data/stalkerware-indicators, read in place, never copied).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, type IndicatorIndex } from '../index/indicator-index.ts';
import { scanAndroidQf } from '../inputs/androidqf/scan.ts';
import { parseAndroidQfFiles } from '../inputs/androidqf/read.ts';
import { packagesJson } from '../test-support/androidqf.ts';
import { REAL_FEEDS_DIR } from '../test-support/fixtures.ts';
import { parseFeedYaml } from './echap-yaml.ts';
import { loadEchapFeeds } from './load-echap.ts';
import { echapProvenance } from './provenance.ts';
import { parseStix2 } from './stix2.ts';
import { parseTinyCheck } from './tinycheck.ts';
import type { Feed } from './types.ts';
import { parseIp } from '../util/ip.ts';

let feeds: Feed[];
let index: IndicatorIndex;

beforeAll(async () => {
  feeds = await loadEchapFeeds(REAL_FEEDS_DIR, { provenance: echapProvenance({ version: 'a04c5c1958bff93fec3b1b56edbb412b209f2a38', date: '2026-06-21' }) });
  index = buildIndex(feeds);
});

describe('Echap feeds', () => {
  it('parse completely, without warnings', () => {
    expect(feeds.map((f) => [f.id, f.apps.length, f.fileHashes.length, f.warnings.length])).toEqual([
      ['echap:ioc.yaml', 147, 0, 0],
      ['echap:watchware.yaml', 27, 0, 0],
      ['echap:samples.csv', 0, 3228, 0],
    ]);
    expect(feeds.every((f) => f.provenance.attribution === 'Stalkerware indicators by Echap (AssoEchap/stalkerware-indicators), CC BY 4.0')).toBe(true);
  });

  it('are read by the fast parser exactly as the yaml library reads them', () => {
    for (const file of ['ioc.yaml', 'watchware.yaml']) {
      const text = readFileSync(join(REAL_FEEDS_DIR, file), 'utf8');
      expect(parseFeedYaml(text, file).value).toEqual(YAML.parse(text, { schema: 'failsafe' }));
    }
  });

  it('index every app of ioc.yaml with all its packages, certificates and network indicators', () => {
    const ioc = feeds[0] as Feed;
    for (const app of ioc.apps) {
      const info = index.apps.find(app.name);
      expect(info?.name).toBe(app.name);
      for (const pkg of app.packages) expect(index.lookupPackage(pkg)?.some((e) => e.app === info && e.role === 'package')).toBe(true);
      for (const cert of app.certificates) expect(index.lookupCertificate(cert.toLowerCase())?.some((e) => e.app === info)).toBe(true);
      for (const ip of app.c2.ips) expect(index.lookupIp(ip)?.entries.some((e) => e.app === info && e.role === 'c2')).toBe(true);
      for (const host of [...app.c2.domains, ...app.distribution, ...app.websites].filter((d) => !d.includes('/'))) {
        // A few entries list an address among the domains; those are indexed as IPs.
        const entries = parseIp(host) === undefined ? index.matchHost(host)?.[0]?.record.entries : index.lookupIp(host)?.entries;
        expect([host, entries?.some((e) => e.app === info)]).toEqual([host, true]);
      }
    }
    expect(index.stats()).toEqual({ apps: 170, packages: 645, certificates: 484, fileHashes: 3228, domains: 1557, ipv4: 70, ipv6: 0, urls: 2 });
    expect(index.warnings.map((w) => w.message)).toEqual([
      'App "WiseMo" is listed as both stalkerware and watchware; graded as stalkerware',
      'App "FindMyKids" is listed as both stalkerware and watchware; graded as stalkerware',
      'App "ScreenTime" is listed as both stalkerware and watchware; graded as stalkerware',
      'App "Discovenger" is listed as both stalkerware and watchware; graded as stalkerware',
    ]);
  });

  it('find known packages, certificates and sample hashes in an acquisition', () => {
    const acquisition = parseAndroidQfFiles({
      'packages.json': packagesJson([
        { name: 'com.thetruth' },
        { name: 'com.wondershare.famisafe' },
        { name: 'com.innocent.app', certSha1: '31a6ececd97cf39bc4126b8745cd94a7c30bf81c' },
        { name: 'com.other.app', sha256: '2F3BC9EBE8C249F0416F5B0367F34B4B8F6AAA7D351DC5B4912FE2558491B6B7' },
        { name: 'com.whatsapp' },
      ]),
    });
    const findings = scanAndroidQf(acquisition, index).findings;
    expect(findings.map((f) => `${f.level} ${f.kind} ${f.app?.name} ${f.indicator?.value}`)).toEqual([
      'high stalkerware_package TheTruthSpy com.thetruth',
      'medium watchware_package FamiSafe com.wondershare.famisafe',
      'high stalkerware_certificate TheTruthSpy 31A6ECECD97CF39BC4126B8745CD94A7C30BF81C',
      'high stalkerware_file_hash HelloSpy 2f3bc9ebe8c249f0416f5b0367f34b4b8f6aaa7d351dc5b4912fe2558491b6b7',
    ]);
    expect(findings[0]?.app?.aliases).toContain('Copy9');
  });

  it('apply the dot-boundary and shared-hosting rules to real indicators', () => {
    const apps = (name: string): string[] | undefined => index.matchHost(name)?.flatMap((h) => h.record.entries.map((e) => `${e.app.name}:${e.role}:${h.indicator}`));
    expect(apps('media-sync-a.copy9.com')).toEqual(['TheTruthSpy:c2:media-sync-a.copy9.com', 'TheTruthSpy:c2:copy9.com', 'TheTruthSpy:website:copy9.com']);
    expect(apps('new-node.copy9.com')).toEqual(['TheTruthSpy:c2:copy9.com', 'TheTruthSpy:website:copy9.com']);
    expect(apps('xcopy9.com')).toBeUndefined();
    expect(apps('1ca43.appspot.com')).toEqual(['TheTruthSpy:c2:1ca43.appspot.com']);
    expect(apps('x.1ca43.appspot.com')).toBeUndefined();
    expect(apps('catwatchful-e03b8.firebaseio.com')).toEqual(['CatWatchful:c2:catwatchful-e03b8.firebaseio.com']);
    expect(apps('google.firebaseio.com')).toBeUndefined();
    expect(index.lookupUrl('https://github.com/karma9874/AndroRAT/releases')?.entries.map((e) => `${e.app.name}:${e.role}`)).toEqual(['AndroRat:distribution']);
    expect(apps('github.com')).toBeUndefined();
  });
});

describe('generated Echap feeds', () => {
  it('read the STIX 2.1 bundle: every indicator attributed, duplicates tolerated', () => {
    const stix = parseStix2(readFileSync(join(REAL_FEEDS_DIR, 'generated-2023-05-31/stalkerware.stix2')), { provenance: echapProvenance({ version: '8c70e6f', date: '2023-05-31' }) });
    expect(stix.warnings).toEqual([]);
    expect(stix.apps).toHaveLength(137);
    expect(stix.apps.some((a) => a.anonymous)).toBe(false);
    const count = (f: (a: Feed['apps'][number]) => number): number => stix.apps.reduce((n, a) => n + f(a), 0);
    // 5046 indicators, 38 of them duplicated ids: 5008 distinct ones.
    expect([count((a) => a.network.domains.length), count((a) => a.packages.length), count((a) => a.certificates.length), stix.fileHashes.length]).toEqual([1431, 568, 99, 2910]);
    const merged = buildIndex([...feeds, stix]);
    expect(merged.apps.size).toBe(index.apps.size); // every STIX malware is a known app
    expect(merged.lookupPackage('com.thetruth')?.map((e) => e.feeds)).toEqual([['echap:ioc.yaml', 'stix2:stalkerware.stix2']]);
  });

  it('read the TinyCheck feed, whose indicators all resolve to named apps', () => {
    const tiny = parseTinyCheck(readFileSync(join(REAL_FEEDS_DIR, 'generated/indicators-for-tinycheck.json')), { provenance: echapProvenance() });
    expect(tiny.apps.map((a) => [a.name, a.network.domains.length, a.network.ips.length])).toEqual([['Unnamed stalkerware (TinyCheck feed)', 1593, 65]]);
    const merged = buildIndex([...feeds, tiny]);
    const anonymous = [...merged.domains.values()].filter((d) => d.entries.some((e) => e.app.anonymous));
    expect(anonymous.length).toBe(0);
  });
});
