import { describe, expect, it } from 'vitest';
import { parseTool, ToolFileError } from './load.ts';
import { practiceTool } from './testing/practice-tool.ts';

const EN = `
title: T
summary: S
purpose: P
sections: { main: { title: Main } }
questions: { q1: { label: Q1 } }
flags: { f1: { title: F1, explanation: E1 } }
steps: { s1: Step one }
practice: { c1: { title: C1, story: A story } }
sources: [{ title: A, publisher: B, year: 2024, url: 'https://example.org' }]
`;
const TOOL = (extra = '') => `
slug: t
version: 1.0.0
updated: 2026-11-28
audiences: [public_authority]
mode: form
sections: [{ key: main, questions: [{ key: q1, type: yesno }] }]
flags: [{ key: f1, level: note, when: { q: q1, in: [yes] }, steps: [s1] }]
practice: [{ key: c1, answers: { q1: yes } }]
${extra}`;

function problemsOf(files: Record<string, string>): string[] {
  try {
    parseTool('t', files);
  } catch (error) {
    if (error instanceof ToolFileError) return error.problems;
    throw error;
  }
  return [];
}

describe('tool files', () => {
  it('load a valid tool with its languages and version', () => {
    const tool = parseTool('t', { 'tool.yaml': TOOL(), 'en.yaml': EN, 'en.md': '## How\n\nText [1]' });
    expect(tool.structure).toMatchObject({ slug: 't', version: '1.0.0', updated: '2026-11-28', order: 100 });
    expect(Object.keys(tool.languages)).toEqual(['en']);
    expect(tool.languages.en.howToHtml).toBe('<h2>How</h2>\n<p>Text [1]</p>\n');
    expect(Object.keys(practiceTool().languages)).toEqual(['en', 'it', 'es', 'de', 'fr']);
  });

  it('name every problem at once: unknown questions and options, missing texts, stray files, no English', () => {
    const broken = TOOL().replace('when: { q: q1, in: [yes] }', 'when: { any: [{ q: q2, in: [yes] }, { q: q1, in: [maybe] }] }').replace('answers: { q1: yes }', 'answers: { q1: [yes] }');
    expect(problemsOf({ 'tool.yaml': broken, 'it.yaml': EN.replace('steps: { s1: Step one }', 'steps: {}'), 'it.md': 'x', 'notes.txt': '' })).toEqual([
      'tool.yaml: flag "f1": unknown question "q2"',
      'tool.yaml: flag "f1": "maybe" is not an option of "q1"',
      'tool.yaml: practice "c1": "q1" takes one answer',
      'it.yaml: missing steps.s1',
      'notes.txt: not a tool file (tool.yaml, <language>.yaml, <language>.md)',
      'English (en.yaml and en.md) is required',
    ]);
    expect(problemsOf({ 'tool.yaml': TOOL().replace('version: 1.0.0', 'version: one'), 'en.yaml': EN, 'en.md': 'x' })).toEqual(['tool.yaml: version: a version such as 1.0.0']);
    expect(problemsOf({ 'tool.yaml': TOOL(), 'en.yaml': EN })).toEqual(['en: both en.yaml and en.md are needed', 'English (en.yaml and en.md) is required']);
  });

  it('refuse rules on free text (they would make a summary depend on what people write)', () => {
    const text = TOOL().replace('{ key: q1, type: yesno }', '{ key: q1, type: text }').replace('answers: { q1: yes }', 'answers: {}');
    expect(problemsOf({ 'tool.yaml': text, 'en.yaml': EN, 'en.md': 'x' })).toEqual(['tool.yaml: flag "f1": question "q1" is free text; rules only read structured answers']);
  });
});
