import { z } from 'zod';
import { AppError } from '../errors.ts';
import { SUPPORTED_LOCALES } from '../i18n/locales.ts';
import { AUDIENCES } from '../learning/schema.ts';
import { fieldError } from '../validation.ts';
import type { DraftDocument, DraftItem, DraftLesson, DraftModule, DraftOption, DraftQuestion, DraftQuiz } from './draft.ts';

const lang = z.enum(SUPPORTED_LOCALES);
const key = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/);
const title = z.string().trim().min(1, 'validation:required').max(200, 'validation:tooLong');
const longText = z.string().max(100_000, 'validation:tooLong');
const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean());
const audience = z.enum(AUDIENCES);
const questionType = z.enum(['single', 'multiple', 'true_false']);

const optionInput = z.object({ key: z.string().regex(/^[a-z0-9]{1,8}$/).optional(), text: z.string().trim().max(1000, 'validation:tooLong'), feedback: z.string().trim().max(2000, 'validation:tooLong').default(''), correct: checkbox.default(false) });
const questionInput = z.object({ key: key.optional(), type: questionType, stem: z.string().trim().min(1, 'validation:required').max(2000, 'validation:tooLong'), options: z.array(optionInput).max(8) });

/** Every change an author can make to a draft; each is validated at the boundary, then applied. */
export const draftChange = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('details'),
    lang,
    title,
    summary: z.string().trim().max(1000, 'validation:tooLong'),
    certificateValidityMonths: z.coerce.number().int().min(1, 'validation:invalidInput').max(120, 'validation:invalidInput'),
    /** The main course this one refreshes (its certificate is renewed on completion); empty for none. */
    refresherOf: z.preprocess((v) => (v === '' || v === undefined ? null : v), key.nullable()).default(null),
  }),
  z.object({ op: z.literal('addLocale'), lang }),
  z.object({ op: z.literal('addModule'), lang, title, audience: audience.default('all') }),
  z.object({ op: z.literal('updateModule'), key, lang, title, audience }),
  z.object({ op: z.literal('removeModule'), key }),
  z.object({ op: z.literal('moveModule'), key, to: z.coerce.number().int().min(0) }),
  z.object({ op: z.literal('addLesson'), moduleKey: key, lang, title }),
  z.object({ op: z.literal('updateLesson'), key, lang, title, body: longText, audience, required: checkbox, knowledgeCheck: z.array(key).max(10).default([]) }),
  z.object({ op: z.literal('removeLesson'), key }),
  z.object({ op: z.literal('moveLesson'), key, moduleKey: key, to: z.coerce.number().int().min(0) }),
  z.object({
    op: z.literal('setQuiz'),
    moduleKey: key.nullable(),
    lang,
    title,
    passMark: z.coerce.number().int().min(0, 'validation:invalidInput').max(100, 'validation:invalidInput'),
    attemptLimit: z.coerce.number().int().min(1, 'validation:invalidInput').max(20, 'validation:invalidInput'),
    shuffle: checkbox,
    items: z.array(key).max(100).default([]),
  }),
  z.object({ op: z.literal('removeQuiz'), moduleKey: key.nullable() }),
  z.object({ op: z.literal('saveItem'), lang, key: key.optional(), type: z.enum(['single', 'multiple', 'true_false', 'scenario']), vignette: z.string().trim().max(5000, 'validation:tooLong').default(''), questions: z.array(questionInput).min(1).max(10) }),
  z.object({ op: z.literal('removeItem'), key }),
]);
export type DraftChange = z.infer<typeof draftChange>;

/** A readable key from a title (`Asking at intake` → `asking-at-intake`), unique among `taken`. */
export function keyFrom(text: string, taken: Iterable<string>, fallback = 'part'): string {
  const base =
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || fallback;
  const used = new Set(taken);
  let candidate = /^[a-z0-9]/.test(base) ? base : `${fallback}-${base}`;
  for (let n = 2; used.has(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}

const setText = (map: Partial<Record<string, string>> | undefined, language: string, value: string) => {
  const next = { ...map };
  if (value.trim()) next[language] = value;
  else delete next[language];
  return next;
};

function moduleOf(doc: DraftDocument, moduleKey: string): DraftModule {
  const found = doc.modules.find((m) => m.key === moduleKey);
  if (!found) throw new AppError('not_found', `no module ${moduleKey}`);
  return found;
}

function lessonOf(doc: DraftDocument, lessonKey: string): { module: DraftModule; lesson: DraftLesson; index: number } {
  for (const module of doc.modules) {
    const index = module.lessons.findIndex((l) => l.key === lessonKey);
    if (index >= 0) return { module, lesson: module.lessons[index]!, index };
  }
  throw new AppError('not_found', `no lesson ${lessonKey}`);
}

const structureKeys = (doc: DraftDocument) => [...doc.modules.map((m) => m.key), ...doc.modules.flatMap((m) => m.lessons.map((l) => l.key))];
const quizKeys = (doc: DraftDocument) => [...doc.modules.flatMap((m) => (m.quiz ? [m.quiz.key] : [])), ...(doc.finalQuiz ? [doc.finalQuiz.key] : [])];
const itemKeys = (doc: DraftDocument) => doc.items.flatMap((i) => [i.key, ...(i.type === 'scenario' ? i.questions.map((q) => q.key) : [])]);

function move<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(Math.min(to, next.length), 0, moved!);
  return next;
}

function itemUses(doc: DraftDocument, itemKey: string): string[] {
  const quizzes = [...doc.modules.flatMap((m) => (m.quiz ? [m.quiz] : [])), ...(doc.finalQuiz ? [doc.finalQuiz] : [])];
  return [...quizzes.filter((q) => q.items.includes(itemKey)).map((q) => q.key), ...doc.modules.flatMap((m) => m.lessons.filter((l) => l.knowledgeCheck.includes(itemKey)).map((l) => l.key))];
}

/** Options typed in one language, merged with the other languages' texts of the same option keys. */
function mergeOptions(previous: DraftOption[] | undefined, input: z.infer<typeof optionInput>[], language: string, type: string): DraftOption[] {
  const filled = input.filter((o) => o.text.trim());
  const used = new Set(filled.flatMap((o) => (o.key ? [o.key] : [])));
  const letters = 'abcdefgh'.split('').filter((l) => !used.has(l));
  return filled.map((o) => {
    const optionKey = o.key ?? letters.shift()!;
    const before = previous?.find((p) => p.key === optionKey);
    const feedback = setText(before?.feedback, language, o.feedback);
    return { key: optionKey, text: setText(before?.text, language, o.text), ...(Object.keys(feedback).length ? { feedback } : {}), correct: type === 'multiple' ? o.correct : o.correct };
  });
}

function mergeQuestion(previous: DraftQuestion | undefined, input: z.infer<typeof questionInput>, language: string, questionKey: string, field: string): DraftQuestion {
  const options = mergeOptions(previous?.options, input.options, language, input.type);
  if (options.length < 2) throw fieldError(field, 'validation:twoOptions');
  const correct = options.filter((o) => o.correct).length;
  if (input.type === 'multiple' ? correct < 1 : correct !== 1) throw fieldError(field, input.type === 'multiple' ? 'validation:oneCorrectAtLeast' : 'validation:exactlyOneCorrect');
  return { key: questionKey, type: input.type, stem: setText(previous?.stem, language, input.stem), options };
}

/** Applies one change to a draft and returns the new draft (the input is not modified). */
export function applyChange(current: DraftDocument, change: DraftChange): DraftDocument {
  const doc = structuredClone(current);
  const ensureLocale = (language: (typeof SUPPORTED_LOCALES)[number]) => {
    if (!doc.locales.includes(language)) doc.locales = SUPPORTED_LOCALES.filter((l) => l === language || doc.locales.includes(l));
  };
  switch (change.op) {
    case 'details':
      doc.title = setText(doc.title, change.lang, change.title);
      doc.summary = setText(doc.summary, change.lang, change.summary);
      doc.certificateValidityMonths = change.certificateValidityMonths;
      if (change.refresherOf === doc.slug) throw fieldError('refresherOf', 'validation:invalidInput');
      doc.refresherOf = change.refresherOf;
      ensureLocale(change.lang);
      return doc;
    case 'addLocale':
      ensureLocale(change.lang);
      return doc;
    case 'addModule': {
      const moduleKey = keyFrom(change.title, structureKeys(doc), 'module');
      doc.modules.push({ key: moduleKey, audience: change.audience, title: { [change.lang]: change.title }, lessons: [] });
      return doc;
    }
    case 'updateModule': {
      const module = moduleOf(doc, change.key);
      module.title = setText(module.title, change.lang, change.title);
      module.audience = change.audience;
      return doc;
    }
    case 'removeModule': {
      const index = doc.modules.findIndex((m) => m.key === change.key);
      if (index < 0) throw new AppError('not_found');
      doc.modules.splice(index, 1);
      return doc;
    }
    case 'moveModule': {
      const index = doc.modules.findIndex((m) => m.key === change.key);
      if (index < 0) throw new AppError('not_found');
      doc.modules = move(doc.modules, index, change.to);
      return doc;
    }
    case 'addLesson': {
      const module = moduleOf(doc, change.moduleKey);
      module.lessons.push({ key: keyFrom(change.title, structureKeys(doc), 'lesson'), audience: 'all', required: true, title: { [change.lang]: change.title }, body: {}, knowledgeCheck: [] });
      return doc;
    }
    case 'updateLesson': {
      const { lesson } = lessonOf(doc, change.key);
      const unknown = change.knowledgeCheck.filter((k) => !doc.items.some((i) => i.key === k));
      if (unknown.length) throw fieldError('knowledgeCheck', 'validation:invalidInput');
      lesson.title = setText(lesson.title, change.lang, change.title);
      lesson.body = setText(lesson.body, change.lang, change.body);
      lesson.audience = change.audience;
      lesson.required = change.required;
      lesson.knowledgeCheck = change.knowledgeCheck;
      return doc;
    }
    case 'removeLesson': {
      const { module, index } = lessonOf(doc, change.key);
      module.lessons.splice(index, 1);
      return doc;
    }
    case 'moveLesson': {
      const { module, lesson, index } = lessonOf(doc, change.key);
      const target = moduleOf(doc, change.moduleKey);
      module.lessons.splice(index, 1);
      target.lessons.splice(Math.min(change.to, target.lessons.length), 0, lesson);
      return doc;
    }
    case 'setQuiz': {
      const unknown = change.items.filter((k) => !doc.items.some((i) => i.key === k));
      if (unknown.length) throw fieldError('items', 'validation:invalidInput');
      const existing = change.moduleKey ? moduleOf(doc, change.moduleKey).quiz : doc.finalQuiz;
      const quiz: DraftQuiz = {
        key: existing?.key ?? keyFrom(change.moduleKey ? `quiz-${change.moduleKey}` : 'final-quiz', [...structureKeys(doc), ...quizKeys(doc)], 'quiz'),
        title: setText(existing?.title, change.lang, change.title),
        passMark: change.passMark,
        attemptLimit: change.attemptLimit,
        shuffle: change.shuffle,
        items: change.items,
      };
      if (change.moduleKey) moduleOf(doc, change.moduleKey).quiz = quiz;
      else doc.finalQuiz = quiz;
      return doc;
    }
    case 'removeQuiz':
      if (change.moduleKey) delete moduleOf(doc, change.moduleKey).quiz;
      else delete doc.finalQuiz;
      return doc;
    case 'saveItem': {
      const index = change.key ? doc.items.findIndex((i) => i.key === change.key) : -1;
      if (change.key && index < 0) throw new AppError('not_found');
      const previous = index >= 0 ? doc.items[index] : undefined;
      if (previous && (previous.type === 'scenario') !== (change.type === 'scenario')) throw fieldError('type', 'validation:invalidInput');
      const taken = itemKeys(doc).filter((k) => k !== previous?.key && !(previous?.type === 'scenario' && previous.questions.some((q) => q.key === k)));
      const firstStem = change.questions[0]!.stem;
      const itemKey = previous?.key ?? keyFrom(change.type === 'scenario' ? change.vignette || firstStem : firstStem, taken, 'item');
      let item: DraftItem;
      if (change.type === 'scenario') {
        if (!change.vignette.trim()) throw fieldError('vignette', 'validation:required');
        const before = previous?.type === 'scenario' ? previous : undefined;
        const questionKeys: string[] = [];
        const questions = change.questions.map((q, n) => {
          const questionKey = q.key && before?.questions.some((b) => b.key === q.key) ? q.key : keyFrom(`${itemKey}-${n + 1}`, [...taken, itemKey, ...questionKeys], 'question');
          questionKeys.push(questionKey);
          return mergeQuestion(before?.questions.find((b) => b.key === questionKey), q, change.lang, questionKey, `questions.${n}.options`);
        });
        item = { key: itemKey, type: 'scenario', vignette: setText(before?.vignette, change.lang, change.vignette), questions };
      } else {
        const before = previous && previous.type !== 'scenario' ? previous : undefined;
        const question = mergeQuestion(before, { ...change.questions[0]!, type: change.type }, change.lang, itemKey, 'questions.0.options');
        item = { ...question, type: change.type } as DraftItem;
      }
      if (index >= 0) doc.items[index] = item;
      else doc.items.push(item);
      ensureLocale(change.lang);
      return doc;
    }
    case 'removeItem': {
      const uses = itemUses(doc, change.key);
      if (uses.length) throw fieldError('_form', 'validation:itemInUse', { uses: uses.join(', ') });
      doc.items = doc.items.filter((i) => i.key !== change.key);
      return doc;
    }
  }
}
