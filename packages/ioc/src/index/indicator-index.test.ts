import { describe, expect, it } from 'vitest';
import { parseEchapYaml } from '../feeds/echap-yaml.ts';
import { parseStix2 } from '../feeds/stix2.ts';
import { parseTinyCheck } from '../feeds/tinycheck.ts';
import { parseIpv6 } from '../util/ip.ts';
import { TEST_PROVENANCE, TEST_SAMPLE_SHA256, testIndex } from '../test-support/fixtures.ts';
import { buildIndex } from './indicator-index.ts';

const names = (entries: { app: { name: string }; role: string }[] | undefined): string[] | undefined => entries?.map((e) => `${e.app.name}:${e.role}`);

describe('IndicatorIndex lookups', () => {
  const index = testIndex();

  it('finds packages case-insensitively', () => {
    expect(names(index.lookupPackage('com.spy.one'))).toEqual(['SpyOne:package']);
    expect(names(index.lookupPackage('COM.SPY.ONE'))).toEqual(['SpyOne:package']);
    expect(index.lookupPackage('com.spy.one.extra')).toBeUndefined();
  });

  it('finds certificates whatever the case or separators', () => {
    expect(names(index.lookupCertificate('aabbccddeeff00112233445566778899aabbccdd'))).toEqual(['SpyOne:certificate']);
    expect(names(index.lookupCertificate('AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD'))).toEqual(['SpyOne:certificate']);
    expect(index.lookupCertificate('aabbccddeeff00112233445566778899aabbccde')).toBeUndefined();
  });

  it('finds file hashes case-insensitively and resolves the sample app by alias', () => {
    const entries = index.lookupFileHash(TEST_SAMPLE_SHA256.toUpperCase());
    expect(names(entries)).toEqual(['SpyOne:file_hash']);
    expect(entries?.[0]?.sample).toEqual({ packageName: 'com.spy.one', certificate: 'AABBCCDDEEFF00112233445566778899AABBCCDD', version: '3' });
  });

  it('finds IPv4 (c2.ips and the c2.ip spelling) and IPv6 in any spelling', () => {
    expect(names(index.lookupIpv4(0xcb007107))).toEqual(['SpyOne:c2']);
    expect(names(index.lookupIp('198.51.100.20')?.entries)).toEqual(['SpyTwo:c2']);
    expect(index.lookupIp('2001:0DB8:0:0::7')?.ip).toBe('2001:db8::7');
    expect(names(index.lookupIpv6Bytes(parseIpv6('2001:db8::7') as Uint8Array, 0))).toEqual(['SpyOne:c2']);
    expect(index.lookupIpv6Bytes(parseIpv6('2001:db8::8') as Uint8Array, 0)).toBeUndefined();
    expect(names(index.lookupIpv6Bytes(parseIpv6('::ffff:203.0.113.7') as Uint8Array, 0))).toEqual(['SpyOne:c2']);
  });

  it('matches domains with roles, case-insensitively', () => {
    expect(index.matchHost('A.C2.EXAMPLE')?.map((h) => [h.indicator, names(h.record.entries)])).toEqual([['c2.example', ['SpyOne:c2']]]);
    expect(names(index.matchDomain('dl.spyone-apk.example')?.[0]?.record.entries)).toEqual(['SpyOne:distribution']);
    expect(names(index.matchDomain('www.spyone.example')?.[0]?.record.entries)).toEqual(['SpyOne:website']);
    expect(index.matchDomain('spyone-1234.firebaseio.com')?.[0]?.record.exactOnly).toBe(true);
    expect(index.matchDomain('x.spyone-1234.firebaseio.com')).toBeUndefined();
  });

  it('keeps website URLs as URL indicators matched on path boundaries, not as their host', () => {
    expect(index.matchDomain('code.example.org')).toBeUndefined();
    expect(index.lookupUrl('http://code.example.org/spyone/releases/download/v1.apk')?.indicator).toBe('code.example.org/spyone/releases');
    expect(index.lookupUrl('https://CODE.example.org/spyone/releases/')?.indicator).toBe('code.example.org/spyone/releases');
    expect(index.lookupUrl('http://code.example.org/spyone/releases-old')).toBeUndefined();
    expect(index.lookupUrl('http://code.example.org/other')).toBeUndefined();
  });

  it('reports its size', () => {
    expect(index.stats()).toEqual({ apps: 3, packages: 3, certificates: 1, fileHashes: 1, domains: 7, ipv4: 2, ipv6: 1, urls: 1 });
  });
});

describe('IndicatorIndex merging rules', () => {
  it('merges apps by name or alias and grades an app listed as both types as stalkerware', () => {
    const watch = parseEchapYaml('- name: spyuno\n  type: watchware\n  packages:\n  - com.other\n', { provenance: TEST_PROVENANCE, file: 'watchware.yaml' });
    const stalker = parseEchapYaml('- name: SpyOne\n  names:\n  - SpyUno\n  type: stalkerware\n  packages:\n  - com.spy.one\n', { provenance: TEST_PROVENANCE });
    const index = buildIndex([watch, stalker]);
    expect(index.apps.size).toBe(1);
    expect(index.lookupPackage('com.other')?.[0]?.app).toMatchObject({ name: 'spyuno', type: 'stalkerware', aliases: ['SpyOne'] });
    expect(index.warnings.map((w) => w.message)).toEqual(['App "SpyOne" is listed as both stalkerware and watchware; graded as stalkerware']);
  });

  it('prefers named apps over anonymous ones and explicit roles over "network"', () => {
    const yaml = parseEchapYaml('- name: SpyOne\n  type: stalkerware\n  websites:\n  - spyone.example\n', { provenance: TEST_PROVENANCE });
    const stix = parseStix2(
      JSON.stringify({
        type: 'bundle',
        id: 'bundle--1',
        objects: [
          { type: 'malware', id: 'malware--1', name: 'SpyOne' },
          { type: 'indicator', id: 'indicator--1', pattern: "[domain-name:value = 'spyone.example']" },
          { type: 'relationship', id: 'relationship--1', relationship_type: 'indicates', source_ref: 'indicator--1', target_ref: 'malware--1' },
        ],
      }),
      { provenance: TEST_PROVENANCE },
    );
    const tiny = parseTinyCheck(JSON.stringify({ iocs: [{ type: 'domain', tag: 'stalkerware', tlp: 'white', value: 'spyone.example' }] }), { provenance: TEST_PROVENANCE });
    const index = buildIndex([tiny, stix, yaml]);
    const entries = index.matchDomain('spyone.example')?.[0]?.record.entries;
    expect(names(entries)).toEqual(['SpyOne:website']);
    expect(entries?.[0]?.feeds).toEqual(['echap:ioc.yaml']);
  });

  it('reports indicator values that cannot be indexed', () => {
    const feed = parseEchapYaml('- name: Odd\n  type: stalkerware\n  certificates:\n  - ABC\n  c2:\n    ips:\n    - 300.1.1.1\n    domains:\n    - not a domain\n', { provenance: TEST_PROVENANCE });
    const index = buildIndex([feed]);
    expect(index.warnings.map((w) => w.message)).toEqual([
      '"ABC" (Odd) is not an md5/sha1/sha256 fingerprint; skipped',
      '"300.1.1.1" (Odd) is not an IP address; skipped',
      '"not a domain" (Odd) is not a host name; skipped',
    ]);
  });
});
