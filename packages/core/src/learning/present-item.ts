import type { Locale } from '../i18n/locales.ts';
import { pickLocale } from './localize.ts';
import type { Item, Localized, Question } from './schema.ts';

export interface QuestionView {
  key: string;
  type: Question['type'];
  stem: string;
  options: Array<{ key: string; text: string }>;
}

export interface ItemView {
  key: string;
  vignette: string | null;
  questions: QuestionView[];
}

/** An item as a learner answers it: their language, and nothing that gives the answer away. */
export function presentItem(item: Item, locale: Locale, defaultLocale: string): ItemView {
  const text = (map: Localized) => pickLocale(map as Record<string, string>, locale, defaultLocale).text;
  const question = (q: Question): QuestionView => ({ key: q.key, type: q.type, stem: text(q.stem), options: q.options.map((o) => ({ key: o.key, text: text(o.text) })) });
  return item.type === 'scenario'
    ? { key: item.key, vignette: text(item.vignette), questions: item.questions.map(question) }
    : { key: item.key, vignette: null, questions: [question(item as Question)] };
}

export interface FeedbackView {
  key: string;
  correct: boolean;
  options: Array<{ key: string; text: string; chosen: boolean; correct: boolean; feedback: string | null }>;
}

/** After answering: which options were right, and why (the per-option feedback). */
export function feedbackFor(question: Question, chosen: string[], locale: Locale, defaultLocale: string): FeedbackView {
  const text = (map: Localized) => pickLocale(map as Record<string, string>, locale, defaultLocale).text;
  const correctKeys = question.options.filter((o) => o.correct).map((o) => o.key);
  const picked = new Set(chosen);
  return {
    key: question.key,
    correct: correctKeys.length === picked.size && correctKeys.every((k) => picked.has(k)),
    options: question.options.map((o) => ({ key: o.key, text: text(o.text), chosen: picked.has(o.key), correct: o.correct, feedback: o.feedback ? text(o.feedback) : null })),
  };
}
