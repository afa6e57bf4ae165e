import { describe, expect, it } from 'vitest';
import { IocInputError } from '../errors.ts';
import { TEST_PROVENANCE } from '../test-support/fixtures.ts';
import { parseEchapYaml } from './echap-yaml.ts';

const FULL_APP = `- name: FullSpy
  names:
  - FullSpy
  - FS Pro
  type: stalkerware
  packages:
  - com.full.spy
  ios_bundles:
  - com.full.ios
  certificates:
  - 0123456789ABCDEF0123456789ABCDEF01234567
  certificate_organizations:
  - Full Org
  certificate_cname_re:
  - ^Full\\W[0-9]{2}$
  websites:
  - fullspy.example
  distribution:
    - get.fullspy.example
  c2:
    ips:
    - 203.0.113.1
    ip:
    - 203.0.113.2
    domains:
    - api.fullspy.example
`;

function errorOf(fn: () => unknown): IocInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof IocInputError) return error;
    throw error;
  }
  throw new Error('expected an IocInputError');
}

describe('parseEchapYaml', () => {
  it('reads every field of an app, including the c2.ip spelling', () => {
    const feed = parseEchapYaml(FULL_APP, { provenance: TEST_PROVENANCE, file: 'ioc.yaml' });
    expect(feed).toMatchObject({ id: 'echap:ioc.yaml', kind: 'echap-yaml', provenance: TEST_PROVENANCE, warnings: [], fileHashes: [] });
    expect(feed.apps).toEqual([
      {
        name: 'FullSpy',
        aliases: ['FullSpy', 'FS Pro'],
        type: 'stalkerware',
        packages: ['com.full.spy'],
        iosBundles: ['com.full.ios'],
        certificates: ['0123456789ABCDEF0123456789ABCDEF01234567'],
        certificateOrganizations: ['Full Org'],
        certificateCnPatterns: ['^Full\\W[0-9]{2}$'],
        websites: ['fullspy.example'],
        distribution: ['get.fullspy.example'],
        c2: { ips: ['203.0.113.1', '203.0.113.2'], domains: ['api.fullspy.example'] },
        network: { ips: [], domains: [], urls: [] },
        anonymous: false,
        location: { line: 1, objectId: 'FullSpy' },
      },
    ]);
  });

  it('uses the default type when an app has none, and warns about unknown fields', () => {
    const feed = parseEchapYaml('- name: W\n  packages:\n  - com.w\n  colour: blue\n  c2:\n    urls:\n    - x\n', {
      provenance: TEST_PROVENANCE,
      file: 'watchware.yaml',
      defaultType: 'watchware',
    });
    expect(feed.apps[0]?.type).toBe('watchware');
    expect(feed.warnings).toEqual([
      { message: 'Unknown field "colour" in app "W" ignored', location: { line: 1, objectId: 'W' } },
      { message: 'Unknown field "c2.urls" in app "W" ignored', location: { line: 1, objectId: 'W' } },
    ]);
  });

  it('falls back to the yaml library for valid YAML outside the fast subset', () => {
    const feed = parseEchapYaml('- name: Flow\n  type: stalkerware\n  packages: [com.a, com.b]\n', { provenance: TEST_PROVENANCE });
    expect(feed.apps[0]?.packages).toEqual(['com.a', 'com.b']);
  });

  it('gives errors with the line for malformed feeds', () => {
    const cases: [string, string, number][] = [
      ['name: not-a-list\n', 'An Echap feed must be a YAML list of apps', 1],
      ['- name: A\n  type: stalkerware\n- type: stalkerware\n  packages:\n  - x\n', 'App #2 has no "name"', 3],
      ['- name: A\n  type: spyware\n', 'App "A" has type "spyware", expected stalkerware or watchware', 1],
      ['- name: A\n  type: stalkerware\n\n- name: B\n  type: stalkerware\n  packages:\n    p: q\n', 'Field "packages" must be a list of strings', 4],
      ['- name: A\n  type: stalkerware\n  c2:\n  - 1.2.3.4\n', 'Field "c2" must be a mapping with "ips" and/or "domains"', 1],
      ['- name: A\n  type: stalkerware\n  websites:\n  - [nested]\n', 'Field "websites" must contain only strings', 1],
      ['- name: A\n  type: stalkerware\n- name: B\n  type: x\n   bad: [\n', 'Invalid YAML', 4],
    ];
    for (const [text, message, line] of cases) {
      const error = errorOf(() => parseEchapYaml(text, { provenance: TEST_PROVENANCE, file: 'ioc.yaml' }));
      expect(error.code).toBe('feed_malformed');
      expect(error.message.startsWith(message)).toBe(true);
      expect(error.location).toMatchObject({ file: 'ioc.yaml', line });
    }
  });

  it('rejects a feed over the size limit before parsing it', () => {
    const error = errorOf(() => parseEchapYaml(`- name: A\n  type: stalkerware\n${'# pad\n'.repeat(100)}`, { provenance: TEST_PROVENANCE, maxBytes: 100 }));
    expect(error.code).toBe('feed_too_large');
    expect(error.message).toBe('Feed is 630 bytes, more than the limit of 100 bytes (file ioc.yaml)');
  });
});
