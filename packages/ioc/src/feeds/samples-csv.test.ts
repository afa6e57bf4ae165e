import { describe, expect, it } from 'vitest';
import { TEST_PROVENANCE } from '../test-support/fixtures.ts';
import { parseSamplesCsv, splitCsvLine } from './samples-csv.ts';

const HASH = 'a'.repeat(64);

describe('parseSamplesCsv', () => {
  it('reads hashes with their context, tolerating empty fields and CRLF', () => {
    const feed = parseSamplesCsv(`SHA256,Package Name,Certificate,Version,App\r\n${HASH},com.x,${'B'.repeat(40)},12,SpyOne\r\n${'C'.repeat(64)},,,,SpyTwo\r\n\r\n`, {
      provenance: TEST_PROVENANCE,
    });
    expect(feed.fileHashes).toEqual([
      { algorithm: 'sha256', value: HASH, appName: 'SpyOne', packageName: 'com.x', certificate: 'B'.repeat(40), version: '12', location: { line: 2 } },
      { algorithm: 'sha256', value: 'C'.repeat(64), appName: 'SpyTwo', location: { line: 3 } },
    ]);
    expect(feed.apps).toEqual([]);
    expect(feed.id).toBe('echap:samples.csv');
  });

  it('handles quoted fields', () => {
    expect(splitCsvLine('a,"b,c","d ""e""",', { file: 'f', line: 1 })).toEqual(['a', 'b,c', 'd "e"', '']);
  });

  it('rejects a wrong header, wrong field counts and bad hashes with the line', () => {
    const cases: [string, string, number][] = [
      ['sha1,app\n', 'samples.csv header must be', 1],
      [`SHA256,Package Name,Certificate,Version,App\n${HASH},x,y,1\n`, 'Expected 5 fields, found 4', 2],
      [`SHA256,Package Name,Certificate,Version,App\n${HASH},x,y,1,A\nnothex,x,y,1,A\n`, '"nothex" is not a SHA-256 hash', 3],
      [`SHA256,Package Name,Certificate,Version,App\n${HASH},x,y,1,\n`, 'Sample has no app name', 2],
    ];
    for (const [text, message, line] of cases) {
      expect(() => parseSamplesCsv(text, { provenance: TEST_PROVENANCE })).toThrow(
        expect.objectContaining({ code: 'feed_malformed', location: { file: 'samples.csv', line }, message: expect.stringContaining(message) }),
      );
    }
  });
});
