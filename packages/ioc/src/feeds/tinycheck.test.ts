import { describe, expect, it } from 'vitest';
import { TEST_PROVENANCE } from '../test-support/fixtures.ts';
import { ECHAP_ATTRIBUTION, echapProvenance, parseProvenanceSidecar } from './provenance.ts';
import { parseTinyCheck } from './tinycheck.ts';

describe('parseTinyCheck', () => {
  it('groups IOCs by tag into anonymous apps and counts skipped types', () => {
    const feed = parseTinyCheck(
      JSON.stringify({
        iocs: [
          { type: 'domain', tag: 'stalkerware', tlp: 'white', value: 'c2.example' },
          { type: 'ip4addr', tag: 'stalkerware', tlp: 'white', value: '203.0.113.1' },
          { type: 'ip6addr', tag: 'stalkerware', tlp: 'white', value: '2001:db8::1' },
          { type: 'sha1cert', tag: 'watchware', tlp: 'white', value: 'AB'.repeat(20) },
          { type: 'cidr', tag: 'stalkerware', tlp: 'white', value: '10.0.0.0/8' },
          { type: 'freedns', tag: 'stalkerware', tlp: 'white', value: 'duckdns.org' },
          { type: 'cidr', tag: 'stalkerware', tlp: 'white', value: '10.1.0.0/16' },
        ],
        to_delete: [],
      }),
      { provenance: TEST_PROVENANCE },
    );
    expect(feed.apps.map((a) => [a.name, a.type, a.anonymous, a.network.domains, a.network.ips, a.certificates])).toEqual([
      ['Unnamed stalkerware (TinyCheck feed)', 'stalkerware', true, ['c2.example'], ['203.0.113.1', '2001:db8::1'], []],
      ['Unnamed watchware (TinyCheck feed)', 'watchware', true, [], [], ['AB'.repeat(20)]],
    ]);
    expect(feed.warnings.map((w) => w.message)).toEqual([
      '2 TinyCheck IOC(s) of type "cidr" skipped: not an exact indicator',
      '1 TinyCheck IOC(s) of type "freedns" skipped: not an exact indicator',
    ]);
  });

  it('rejects other shapes with the object index', () => {
    expect(() => parseTinyCheck('[]', { provenance: TEST_PROVENANCE })).toThrow(expect.objectContaining({ code: 'feed_malformed' }));
    expect(() => parseTinyCheck('{"iocs":[{"type":"domain"}]}', { provenance: TEST_PROVENANCE })).toThrow(
      expect.objectContaining({ code: 'feed_malformed', location: { file: 'indicators-for-tinycheck.json', objectId: 'iocs[0]' } }),
    );
  });
});

describe('provenance', () => {
  it('defaults to the Echap attribution with the repository URL', () => {
    expect(echapProvenance({ version: 'a04c5c1', date: '2026-06-21' })).toEqual({
      source: 'https://github.com/AssoEchap/stalkerware-indicators',
      version: 'a04c5c1',
      date: '2026-06-21',
      licence: 'CC-BY-4.0',
      attribution: 'Stalkerware indicators by Echap (AssoEchap/stalkerware-indicators), CC BY 4.0',
      url: 'https://github.com/AssoEchap/stalkerware-indicators',
    });
    expect(ECHAP_ATTRIBUTION).toBe('Stalkerware indicators by Echap (AssoEchap/stalkerware-indicators), CC BY 4.0');
  });

  it('reads a sidecar, accepting commit/retrievedAt synonyms', () => {
    expect(parseProvenanceSidecar('{"source":"s","licence":"CC-BY-4.0","attribution":"a","commit":"c1","retrievedAt":"2026-01-01"}')).toEqual({
      source: 's',
      licence: 'CC-BY-4.0',
      attribution: 'a',
      version: 'c1',
      date: '2026-01-01',
    });
    expect(() => parseProvenanceSidecar('{"source":"s"}')).toThrow(expect.objectContaining({ code: 'feed_malformed', message: 'Provenance sidecar needs "source", "licence" and "attribution" (file provenance.json)' }));
    expect(() => parseProvenanceSidecar('{"source":1,"licence":"x","attribution":"y"}')).toThrow(expect.objectContaining({ code: 'feed_malformed' }));
  });
});
