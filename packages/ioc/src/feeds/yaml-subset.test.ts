import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseYamlSubset, UnsupportedYaml } from './yaml-subset.ts';

/** Documents inside the subset: the fast parser must agree with the yaml library exactly. */
const AGREEING: readonly string[] = [
  '- name: a\n  names:\n  - x\n  - y\n  type: stalkerware\n',
  '- name : jjspy\n  type: stalkerware\n',
  '- name: a\n  c2:\n    ips:\n    - 1.2.3.4\n    domains:\n    - c2.example\n',
  '- name: a\n  distribution:\n    - app.example\n    - b.example\n',
  '- name: a\n  websites:\n  - x.example  # trailing comment\n  - y#z\n',
  "- name: 'quoted ''name'''\n  type: \"stal\\tker\"\n",
  '# leading comment\n\n- name: a\n\n  # inner comment\n  type: b\n',
  '- name: a\n  empty:\n  other: v\n',
  '- a\n-\n- b\n',
  'a:\n- x\nb: 1\n',
  '-   spaced\n',
  '- ^Kids\\WSafety\\W[0-9]{2}-[0-9]{2}:[0-9]{2}$\n',
  '- name: a\r\n  type: b\r\n',
  '- https://github.com/x/y\n',
  '',
];

/** Documents outside the subset: the fast parser must refuse them (the caller falls back). */
const REFUSED: readonly string[] = [
  '- [a, b]\n',
  '- {a: 1}\n',
  '- &anchor a\n- *anchor\n',
  'a: |\n  block\n',
  '- x\n  - y\n',
  'a: b\n  c\n',
  '---\n- a\n',
  '- name: a\n  name: b\n',
  '\t- a\n',
  '- - nested\n',
  "- 'unterminated\n",
  '- a: b: c\n',
  '- "bad \\q escape"\n',
];

describe('parseYamlSubset', () => {
  it.each(AGREEING)('agrees with the yaml library on %j', (text) => {
    expect(parseYamlSubset(text).value).toEqual(YAML.parse(text, { schema: 'failsafe' }) ?? '');
  });

  it.each(REFUSED)('refuses %j so that the yaml library decides', (text) => {
    expect(() => parseYamlSubset(text)).toThrow(UnsupportedYaml);
  });

  it('records the line of each top-level item', () => {
    expect(parseYamlSubset('# c\n- name: a\n  type: b\n\n- name: c\n').itemLines).toEqual([2, 5]);
  });
});
