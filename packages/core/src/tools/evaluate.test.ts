import { describe, expect, it } from 'vitest';
import { cleanAnswers, comparePractice, evaluateTool, holds } from './evaluate.ts';
import { practiceTool } from './testing/practice-tool.ts';

const tool = practiceTool().structure;

describe('tool evaluation', () => {
  it('reads conditions over single and multiple answers, with any, all and not', () => {
    const answers = { location: 'unsure', channels: ['sms', 'social'] };
    expect(holds({ q: 'location', in: ['yes', 'unsure'] }, answers)).toBe(true);
    expect(holds({ q: 'channels', in: ['social'] }, answers)).toBe(true);
    expect(holds({ all: [{ q: 'location', in: ['yes'] }, { q: 'channels', in: ['sms'] }] }, answers)).toBe(false);
    expect(holds({ any: [{ q: 'location', in: ['yes'] }, { q: 'channels', in: ['sms'] }] }, answers)).toBe(true);
    expect(holds({ not: { q: 'location', in: ['no'] } }, {})).toBe(true);
    expect(holds({ q: 'location', in: ['no'] }, { location: '' })).toBe(false);
  });

  it('raises flags most urgent first and lists each next step once', () => {
    expect(evaluateTool(tool, { channels: ['social'], location: 'yes' })).toEqual({
      flags: [
        { key: 'tracked', level: 'urgent' },
        { key: 'harassed', level: 'attention' },
      ],
      steps: ['plan-first', 'document'],
      answered: 2,
      total: 3,
    });
    expect(evaluateTool(tool, {})).toEqual({ flags: [], steps: [], answered: 0, total: 3 });
  });

  it('cleans a form: unknown questions and options dropped, one value for single questions, text kept only when asked', () => {
    const raw = { location: ['yes', 'no'], channels: 'social', notes: '  Her words ', other: 'x', bogus: undefined };
    expect(cleanAnswers(tool, raw, { keepText: true })).toEqual({ location: 'yes', channels: ['social'], notes: 'Her words' });
    expect(cleanAnswers(tool, raw, { keepText: false })).toEqual({ location: 'yes', channels: ['social'] });
    expect(cleanAnswers(tool, { location: 'perhaps', channels: ['fax'] }, { keepText: true })).toEqual({});
  });

  it('passes practice on the same flags, whatever the answers, and names what differs', () => {
    expect(comparePractice(tool, { location: 'yes' }, { location: 'unsure', channels: ['sms'] })).toEqual({ passed: true, missed: [], extra: [], matched: ['tracked'], differentAnswers: ['location', 'channels'] });
    expect(comparePractice(tool, { location: 'yes' }, { channels: ['social'] })).toEqual({ passed: false, missed: ['tracked'], extra: ['harassed'], matched: [], differentAnswers: ['location', 'channels'] });
  });
});
