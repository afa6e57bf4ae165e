import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, parseJsonText } from './json-text.ts';

describe('jsonErrorOffset', () => {
  it('accepts valid JSON', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\"y\\u00e9"], "b": {}} ', '"s"', '0', '[[[]]]']) {
      expect(jsonErrorOffset(text)).toBe(-1);
    }
  });

  it('finds the offset of the first error', () => {
    const cases: [string, number][] = [
      ['[1,]', 3],
      ['{"a" 1}', 5],
      ['{"a":1,}', 7],
      ['[1 2]', 3],
      ['{a:1}', 1],
      ['[01]', 2],
      ['"bad \\x"', 5],
      ['[1]x', 3],
      ['[', 1],
      ['', 0],
    ];
    for (const [text, offset] of cases) {
      expect([text, jsonErrorOffset(text)]).toEqual([text, offset]);
      expect(() => JSON.parse(text)).toThrow();
    }
  });

  it('survives deep nesting without recursion', () => {
    expect(jsonErrorOffset('['.repeat(200_000))).toBe(200_000);
  });
});

describe('parseJsonText', () => {
  it('reports the line of the error', () => {
    expect(() => parseJsonText('{\n  "a": 1,\n  "b": ]\n}', 'feed_malformed', 'f.json')).toThrow(
      expect.objectContaining({ code: 'feed_malformed', location: { file: 'f.json', line: 3 } }),
    );
  });
});
