import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { applyChange, type DraftChange, draftChange, keyFrom } from './changes.ts';
import { type DraftDocument, newDraft } from './draft.ts';
import { publishProblems } from './problems.ts';

const apply = (doc: DraftDocument, input: Record<string, unknown>) => applyChange(doc, draftChange.parse(input) as DraftChange);
const fieldsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error.fields ?? error.code;
    throw error;
  }
  throw new Error('expected an error');
};

describe('keyFrom', () => {
  it('makes readable, unique keys from titles in any language', () => {
    expect(keyFrom('Asking at intake', [])).toBe('asking-at-intake');
    expect(keyFrom('Sécurité d’abord', [])).toBe('securite-d-abord');
    expect(keyFrom('Asking at intake', ['asking-at-intake', 'asking-at-intake-2'])).toBe('asking-at-intake-3');
    expect(keyFrom('¿?', [], 'module')).toBe('module');
  });
});

describe('applyChange', () => {
  const base = () => apply(apply(newDraft('course', 'en', 'A course'), { op: 'addModule', lang: 'en', title: 'Basics' }), { op: 'addLesson', moduleKey: 'basics', lang: 'en', title: 'First steps' });

  it('builds modules and lessons, and edits one language at a time', () => {
    let doc = base();
    doc = apply(doc, { op: 'updateLesson', key: 'first-steps', lang: 'it', title: 'Primi passi', body: '## Ciao', audience: 'victim_support', required: 'on' });
    doc = apply(doc, { op: 'updateLesson', key: 'first-steps', lang: 'en', title: 'First steps', body: '## Hello', audience: 'victim_support', required: 'on' });
    expect(doc.modules[0]!.lessons[0]).toEqual({ key: 'first-steps', audience: 'victim_support', required: true, title: { en: 'First steps', it: 'Primi passi' }, body: { it: '## Ciao', en: '## Hello' }, knowledgeCheck: [] });
    // Clearing a language's text removes that language, the others stay.
    doc = apply(doc, { op: 'updateLesson', key: 'first-steps', lang: 'it', title: 'Primi passi', body: '', audience: 'all' });
    expect(doc.modules[0]!.lessons[0]!.body).toEqual({ en: '## Hello' });
    expect(doc.modules[0]!.lessons[0]!.required).toBe(false);
  });

  it('reorders modules and moves lessons between modules', () => {
    let doc = apply(base(), { op: 'addModule', lang: 'en', title: 'Advanced' });
    doc = apply(doc, { op: 'addLesson', moduleKey: 'advanced', lang: 'en', title: 'Deeper' });
    doc = apply(doc, { op: 'moveModule', key: 'advanced', to: '0' });
    expect(doc.modules.map((m) => m.key)).toEqual(['advanced', 'basics']);
    doc = apply(doc, { op: 'moveLesson', key: 'first-steps', moduleKey: 'advanced', to: '0' });
    expect(doc.modules.map((m) => [m.key, m.lessons.map((l) => l.key)])).toEqual([
      ['advanced', ['first-steps', 'deeper']],
      ['basics', []],
    ]);
  });

  it('writes single-choice and scenario items, checks the answers, and keeps other languages by option', () => {
    let doc = apply(base(), { op: 'saveItem', lang: 'en', type: 'single', questions: [{ type: 'single', stem: 'What comes first?', options: [{ text: 'Remove the app', feedback: 'It may alert the abuser.' }, { text: 'A safety plan', correct: 'on' }, { text: '' }] }] });
    expect(doc.items).toEqual([{ key: 'what-comes-first', type: 'single', stem: { en: 'What comes first?' }, options: [{ key: 'a', text: { en: 'Remove the app' }, feedback: { en: 'It may alert the abuser.' }, correct: false }, { key: 'b', text: { en: 'A safety plan' }, correct: true }] }]);
    doc = apply(doc, { op: 'saveItem', lang: 'it', key: 'what-comes-first', type: 'single', questions: [{ type: 'single', stem: 'Che cosa viene prima?', options: [{ key: 'a', text: 'Rimuovere l’app' }, { key: 'b', text: 'Un piano di sicurezza', correct: 'on' }] }] });
    expect(doc.items[0]).toMatchObject({ stem: { en: 'What comes first?', it: 'Che cosa viene prima?' }, options: [{ key: 'a', text: { en: 'Remove the app', it: 'Rimuovere l’app' }, feedback: { en: 'It may alert the abuser.' } }, { key: 'b' }] });
    expect(fieldsOf(() => apply(doc, { op: 'saveItem', lang: 'en', type: 'single', questions: [{ type: 'single', stem: 'Q', options: [{ text: 'a', correct: 'on' }, { text: 'b', correct: 'on' }] }] }))).toEqual({ 'questions.0.options': [{ key: 'validation:exactlyOneCorrect' }] });
    doc = apply(doc, {
      op: 'saveItem',
      lang: 'en',
      type: 'scenario',
      vignette: 'Ana says her partner knows where she has been.',
      questions: [
        { type: 'single', stem: 'What do you ask first?', options: [{ text: 'Whether she feels safe now', correct: 'on' }, { text: 'To hand over the phone' }] },
        { type: 'multiple', stem: 'Which could explain it?', options: [{ text: 'Shared location', correct: 'on' }, { text: 'A tracker', correct: 'on' }, { text: 'Coincidence' }] },
      ],
    });
    expect(doc.items[1]).toMatchObject({ key: 'ana-says-her-partner-knows-where-she-has-been', type: 'scenario', questions: [{ key: 'ana-says-her-partner-knows-where-she-has-been-1' }, { key: 'ana-says-her-partner-knows-where-she-has-been-2', type: 'multiple' }] });
  });

  it('refuses to remove an item a quiz uses, and names the quiz', () => {
    let doc = apply(base(), { op: 'saveItem', lang: 'en', type: 'true_false', questions: [{ type: 'true_false', stem: 'Stalkerware always shows an icon.', options: [{ text: 'True' }, { text: 'False', correct: 'on' }] }] });
    doc = apply(doc, { op: 'setQuiz', moduleKey: 'basics', lang: 'en', title: 'Check', passMark: '70', attemptLimit: '3', items: ['stalkerware-always-shows-an-icon'] });
    expect(fieldsOf(() => apply(doc, { op: 'removeItem', key: 'stalkerware-always-shows-an-icon' }))).toEqual({ _form: [{ key: 'validation:itemInUse', values: { uses: 'quiz-basics' } }] });
  });

  it('lists what keeps a draft from publication in the author’s words', () => {
    expect(publishProblems(newDraft('c', 'en', 'C'))).toEqual([{ key: 'validation:draftNoSummary', values: { language: 'English' } }, { key: 'validation:draftNoModules' }]);
    const doc = apply(apply(base(), { op: 'addModule', lang: 'en', title: 'Empty' }), { op: 'setQuiz', moduleKey: null, lang: 'en', title: 'Final', passMark: '70', attemptLimit: '3' });
    expect(publishProblems(doc)).toEqual([
      { key: 'validation:draftNoSummary', values: { language: 'English' } },
      { key: 'validation:draftLessonNoText', values: { lesson: 'First steps', language: 'English' } },
      { key: 'validation:draftEmptyModule', values: { module: 'Empty' } },
      { key: 'validation:draftQuizNoItems', values: { quiz: 'Final' } },
    ]);
  });
});
