import { describe, expect, it } from 'vitest';
import { answersFromForm } from './answers.ts';
import { completionState } from './completion.ts';
import { questionsOf, scoreAttempt, shuffled, unanswered } from './scoring.ts';
import { samplePackage } from './testing/sample-package.ts';

const items = samplePackage().items.filter((i) => ['q-single', 'q-multiple', 'q-scenario'].includes(i.key));

describe('scoreAttempt', () => {
  it('counts scenario questions one by one', () => {
    expect(questionsOf(items).map((q) => q.key)).toEqual(['q-single', 'q-multiple', 'q-scenario-1']);
  });

  it('gives full marks only for exactly the correct options', () => {
    const all = scoreAttempt(items, { 'q-single': ['b'], 'q-multiple': ['b', 'a'], 'q-scenario-1': ['a'] }, 60);
    expect(all).toMatchObject({ score: 100, passed: true });
    const partial = scoreAttempt(items, { 'q-single': ['b'], 'q-multiple': ['a'], 'q-scenario-1': ['a'] }, 70);
    expect(partial.results.map((r) => r.correct)).toEqual([true, false, true]);
    expect(partial).toMatchObject({ score: 66, passed: false });
    const everything = scoreAttempt(items, { 'q-multiple': ['a', 'b', 'c'] }, 60);
    expect(everything.results[1]).toEqual({ key: 'q-multiple', chosen: ['a', 'b', 'c'], correctKeys: ['a', 'b'], correct: false });
    expect(everything.score).toBe(0);
  });

  it('ignores unknown option keys and duplicates', () => {
    expect(scoreAttempt(items, { 'q-single': ['b', 'b', 'zz'] }, 0).results[0]).toMatchObject({ chosen: ['b'], correct: true });
  });

  it('passes at exactly the pass mark', () => {
    expect(scoreAttempt(items, { 'q-single': ['b'], 'q-multiple': ['a', 'b'] }, 66).passed).toBe(true);
  });
});

describe('unanswered', () => {
  it('names questions with no valid choice, or several for a single-choice question', () => {
    expect(unanswered(items, { 'q-single': ['b'], 'q-multiple': ['a', 'b'], 'q-scenario-1': ['a'] })).toEqual([]);
    expect(unanswered(items, { 'q-single': ['a', 'b'], 'q-multiple': ['zz'] })).toEqual(['q-single', 'q-multiple', 'q-scenario-1']);
    expect(unanswered(items, { 'q-single': ['b', 'b'], 'q-multiple': ['c'], 'q-scenario-1': ['a'] })).toEqual([]);
  });
});

describe('shuffled', () => {
  it('is a stable permutation per seed', () => {
    const values = Array.from({ length: 10 }, (_, i) => i);
    expect(shuffled(values, 'attempt-1')).toEqual(shuffled(values, 'attempt-1'));
    expect([...shuffled(values, 'attempt-1')].sort((a, b) => a - b)).toEqual(values);
    expect(shuffled(values, 'attempt-1')).not.toEqual(shuffled(values, 'attempt-2'));
  });
});

describe('completionState', () => {
  const lessons = [
    { id: 'l1', moduleAudience: 'all', audience: 'all', required: true },
    { id: 'l2', moduleAudience: 'all', audience: 'victim_support', required: true },
    { id: 'l3', moduleAudience: 'all', audience: 'perpetrator_programme', required: true },
    { id: 'l4', moduleAudience: 'all', audience: 'all', required: false },
    { id: 'l5', moduleAudience: 'public_authority', audience: 'all', required: true },
  ] as const;

  it('counts only the required lessons of the learner’s branch and the quizzes', () => {
    const state = completionState({ audience: 'victim_support', lessons: [...lessons], completed: new Set(['l1']), quizzes: [{ id: 'q', passed: false, moduleAudience: 'all' }] });
    expect(state).toEqual({ complete: false, percent: 33, nextLessonId: 'l2' });
    const done = completionState({ audience: 'victim_support', lessons: [...lessons], completed: new Set(['l1', 'l2']), quizzes: [{ id: 'q', passed: true, moduleAudience: 'all' }] });
    expect(done).toEqual({ complete: true, percent: 100, nextLessonId: null });
  });

  it('ignores quizzes of another branch’s module', () => {
    const state = completionState({ audience: 'perpetrator_programme', lessons: [...lessons], completed: new Set(['l1', 'l3']), quizzes: [{ id: 'q', passed: false, moduleAudience: 'public_authority' }] });
    expect(state.complete).toBe(true);
  });
});

describe('answersFromForm', () => {
  it('collects answer fields, several per multiple-choice question, and ignores the rest', () => {
    const form: Array<[string, unknown]> = [['intent', 'submit'], ['answer:q-1', 'a'], ['answer:q-2', 'a'], ['answer:q-2', 'c'], ['answer:bad key', 'x']];
    expect(answersFromForm(form)).toEqual({ 'q-1': ['a'], 'q-2': ['a', 'c'] });
  });

  it('refuses a forged form with oversized values', () => {
    expect(() => answersFromForm([['answer:q', 'x'.repeat(65)]])).toThrow('malformed answers');
  });
});
