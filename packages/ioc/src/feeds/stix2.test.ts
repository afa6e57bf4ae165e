import { describe, expect, it } from 'vitest';
import { TEST_PROVENANCE } from '../test-support/fixtures.ts';
import { parseStix2, parseStixPattern } from './stix2.ts';

const indicator = (id: string, pattern: string): Record<string, string> => ({ type: 'indicator', spec_version: '2.1', id, pattern, pattern_type: 'stix' });
const indicates = (n: number, from: string, to: string): Record<string, string> => ({ type: 'relationship', id: `relationship--${n}`, relationship_type: 'indicates', source_ref: from, target_ref: to });

describe('parseStixPattern', () => {
  it('reads single comparisons with and without spaces, quoted paths and escapes', () => {
    expect(parseStixPattern("[domain-name:value='c2.example']")).toEqual({ object: 'domain-name', path: 'value', value: 'c2.example' });
    expect(parseStixPattern("[ app:id = 'com.x' ]")).toEqual({ object: 'app', path: 'id', value: 'com.x' });
    expect(parseStixPattern("[file:hashes.'SHA-256' = 'ab']")).toEqual({ object: 'file', path: "hashes.'SHA-256'", value: 'ab' });
    expect(parseStixPattern("[url:value = 'http://x.example/it\\'s']")).toEqual({ object: 'url', path: 'value', value: "http://x.example/it's" });
  });

  it('refuses compound or non-equality patterns', () => {
    expect(parseStixPattern("[domain-name:value = 'a'] OR [domain-name:value = 'b']")).toBeUndefined();
    expect(parseStixPattern("[domain-name:value LIKE '%.a']")).toBeUndefined();
    expect(parseStixPattern("[domain-name:value = 'a' AND domain-name:value = 'b']")).toBeUndefined();
  });
});

describe('parseStix2', () => {
  const bundle = {
    type: 'bundle',
    id: 'bundle--1',
    objects: [
      { type: 'malware', id: 'malware--a', name: 'SpyA', description: 'Stalkerware applications', aliases: ['SpyAlpha'] },
      { type: 'malware', id: 'malware--w', name: 'WatchW', description: 'Watchware applications' },
      indicator('indicator--1', "[domain-name:value='c2.spya.example']"),
      indicator('indicator--2', "[ipv4-addr:value = '203.0.113.9']"),
      indicator('indicator--3', "[ipv6-addr:value = '2001:db8::9']"),
      indicator('indicator--4', "[url:value = 'https://dl.example/spya.apk']"),
      indicator('indicator--5', "[app:id = 'com.spya']"),
      indicator('indicator--6', "[app:cert.sha1 = '0123456789abcdef0123456789abcdef01234567']"),
      indicator('indicator--7', "[app:cert.md5 = '0123456789abcdef0123456789abcdef']"),
      indicator('indicator--8', `[file:hashes.'SHA-256' = '${'a'.repeat(64)}']`),
      indicator('indicator--9', `[file:hashes.sha256 = '${'b'.repeat(64)}']`),
      indicator('indicator--10', "[app:id = 'com.watchw']"),
      indicator('indicator--11', "[email-addr:value = 'x@example.com']"),
      indicator('indicator--12', "[domain-name:value = 'a.example'] OR [domain-name:value = 'b.example']"),
      indicator('indicator--13', "[domain-name:value = 'orphan.example']"),
      indicator('indicator--14', "[domain-name:value = 'reported.example']"),
      indicator('indicator--15', "[ipv4-addr:value = '10.0.0.0/8']"),
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 15].map((n) => indicates(n, `indicator--${n}`, 'malware--a')),
      indicates(10, 'indicator--10', 'malware--w'),
      { type: 'report', id: 'report--1', name: 'Report', object_refs: ['malware--w', 'indicator--14'] },
      // duplicate ids, as in Echap's bundle: tolerated, first copy wins
      indicator('indicator--5', "[app:id = 'com.spya']"),
      indicates(5, 'indicator--5', 'malware--a'),
    ],
  };

  const feed = parseStix2(JSON.stringify(bundle), { provenance: TEST_PROVENANCE, file: 'bundle.stix2' });

  it('attributes indicators to malware through relationships and report object_refs', () => {
    const spyA = feed.apps.find((a) => a.name === 'SpyA');
    expect(spyA).toMatchObject({
      type: 'stalkerware',
      aliases: ['SpyAlpha'],
      packages: ['com.spya'],
      certificates: ['0123456789abcdef0123456789abcdef01234567', '0123456789abcdef0123456789abcdef'],
      network: { domains: ['c2.spya.example'], ips: ['203.0.113.9', '2001:db8::9'], urls: ['https://dl.example/spya.apk'] },
      location: { objectId: 'malware--a' },
    });
    expect(feed.apps.find((a) => a.name === 'WatchW')).toMatchObject({ type: 'watchware', packages: ['com.watchw'], network: { domains: ['reported.example'] } });
    expect(feed.apps.find((a) => a.anonymous)).toMatchObject({ name: 'Unattributed STIX indicators', network: { domains: ['orphan.example'] } });
    expect(feed.apps).toHaveLength(3);
  });

  it('reads file hashes in both spellings', () => {
    expect(feed.fileHashes).toEqual([
      { algorithm: 'sha256', value: 'a'.repeat(64), appName: 'SpyA', location: { objectId: 'indicator--8' } },
      { algorithm: 'sha256', value: 'b'.repeat(64), appName: 'SpyA', location: { objectId: 'indicator--9' } },
    ]);
  });

  it('skips unsupported indicators with a warning naming them', () => {
    expect(feed.warnings.map((w) => w.location.objectId)).toEqual(['indicator--11', 'indicator--12', 'indicator--15']);
    expect(feed.warnings[0]?.message).toBe('Indicator indicator--11 uses unsupported "email-addr:value"; skipped');
    expect(feed.warnings[1]?.message).toBe('Indicator indicator--12 has no single-comparison pattern; skipped');
  });

  it('rejects what is not a bundle, with the place', () => {
    expect(() => parseStix2('{"type":"x"}', { provenance: TEST_PROVENANCE })).toThrow(expect.objectContaining({ code: 'feed_malformed' }));
    expect(() => parseStix2('{"type":"bundle","objects":[{"type":"indicator"}]}', { provenance: TEST_PROVENANCE })).toThrow(
      expect.objectContaining({ code: 'feed_malformed', location: { file: 'stalkerware.stix2', objectId: 'objects[0]' } }),
    );
    expect(() => parseStix2('{\n"type": "bundle",\n"objects": [,]\n}', { provenance: TEST_PROVENANCE })).toThrow(
      expect.objectContaining({ code: 'feed_malformed', location: { file: 'stalkerware.stix2', line: 3 } }),
    );
  });
});
