import type { FieldError } from '../errors.ts';
import { LOCALE_NATIVE_NAMES } from '../i18n/locales.ts';
import type { DraftDocument } from './draft.ts';

/** What keeps a draft from publication, in words an author understands (and can fix). */
export function publishProblems(doc: DraftDocument): FieldError[] {
  const problems: FieldError[] = [];
  const name = (text: Partial<Record<string, string>>) => text[doc.defaultLocale] ?? Object.values(text)[0] ?? '';
  const language = LOCALE_NATIVE_NAMES[doc.defaultLocale];
  if (!doc.summary[doc.defaultLocale]?.trim()) problems.push({ key: 'validation:draftNoSummary', values: { language } });
  if (doc.modules.length === 0) problems.push({ key: 'validation:draftNoModules' });
  for (const module of doc.modules) {
    if (module.lessons.length === 0) problems.push({ key: 'validation:draftEmptyModule', values: { module: name(module.title) } });
    for (const lesson of module.lessons) {
      if (!lesson.body[doc.defaultLocale]?.trim()) problems.push({ key: 'validation:draftLessonNoText', values: { lesson: name(lesson.title), language } });
    }
    if (module.quiz && module.quiz.items.length === 0) problems.push({ key: 'validation:draftQuizNoItems', values: { quiz: name(module.quiz.title) } });
  }
  if (doc.finalQuiz && doc.finalQuiz.items.length === 0) problems.push({ key: 'validation:draftQuizNoItems', values: { quiz: name(doc.finalQuiz.title) } });
  return problems;
}
