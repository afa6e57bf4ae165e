/**
 * A small synthetic feed set for unit tests (reserved example domains and documentation IPs),
 * and helpers to resolve the real feeds from a test file.
 */
import { fileURLToPath } from 'node:url';
import { parseEchapYaml } from '../feeds/echap-yaml.ts';
import { parseSamplesCsv } from '../feeds/samples-csv.ts';
import type { FeedProvenance } from '../feeds/types.ts';
import { buildIndex, type IndicatorIndex } from '../index/indicator-index.ts';

export const TEST_PROVENANCE: FeedProvenance = { source: 'unit tests', licence: 'CC0-1.0', attribution: 'Synthetic test indicators' };

export const TEST_IOC_YAML = `- name: SpyOne
  names:
  - SpyUno
  type: stalkerware
  packages:
  - com.spy.one
  certificates:
  - AABBCCDDEEFF00112233445566778899AABBCCDD
  websites:
  - spyone.example
  - https://code.example.org/spyone/releases
  distribution:
  - dl.spyone-apk.example
  c2:
    ips:
    - 203.0.113.7
    - 2001:db8::7
    domains:
    - c2.example
    - spyone-1234.firebaseio.com
- name: SpyTwo
  type: stalkerware
  packages:
  - net.spy.two
  c2:
    ip:
    - 198.51.100.20
    domains:
    - api.spytwo.example
`;

export const TEST_WATCHWARE_YAML = `- name: WatchKid
  type: watchware
  packages:
  - com.watch.kid
  websites:
  - watchkid.example
  c2:
    domains:
    - api.watchkid.example
`;

export const TEST_SAMPLE_SHA256 = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

export const TEST_SAMPLES_CSV = `SHA256,Package Name,Certificate,Version,App
${TEST_SAMPLE_SHA256},com.spy.one,AABBCCDDEEFF00112233445566778899AABBCCDD,3,SpyUno
`;

export function testIndex(): IndicatorIndex {
  return buildIndex([
    parseEchapYaml(TEST_IOC_YAML, { file: 'ioc.yaml', provenance: TEST_PROVENANCE }),
    parseEchapYaml(TEST_WATCHWARE_YAML, { file: 'watchware.yaml', provenance: TEST_PROVENANCE }),
    parseSamplesCsv(TEST_SAMPLES_CSV, { file: 'samples.csv', provenance: TEST_PROVENANCE }),
  ]);
}

/** The shared Echap snapshot, resolved from this file (never copied into the repository). */
export const REAL_FEEDS_DIR = fileURLToPath(new URL('../../../../../shared/data/stalkerware-indicators/', import.meta.url));
