import type { DraftQuestion } from '@destalk/core/authoring/draft';
import { CheckboxField, SelectField, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';

const LETTERS = 'abcdefgh'.split('');

/**
 * One question of an item: its stem and up to eight options, each with "why" feedback and a
 * correct-answer box. Field names carry the question number (`q0.stem`, `q0.o1.text` …) so a case
 * with several questions is one form.
 */
export function QuestionEditor({ index, question, lang, fallbackLang, showType, errors }: { index: number; question: DraftQuestion | null; lang: string; fallbackLang: string; showType: boolean; errors: Record<string, string[]> }) {
  const { t } = useTranslation();
  const prefix = `q${index}`;
  const options = question?.options ?? [];
  const slots = Math.min(8, Math.max(options.length + 1, 3));
  const placeholder = (map: Partial<Record<string, string>> | undefined) => (lang !== fallbackLang ? map?.[fallbackLang] : undefined);
  return (
    <div className="flex flex-col gap-4">
      {question?.key ? <input type="hidden" name={`${prefix}.key`} value={question.key} /> : null}
      {showType ? (
        <SelectField
          name={`${prefix}.type`}
          label={t('teach:author.item.questionType')}
          defaultValue={question?.type ?? 'single'}
          options={(['single', 'multiple', 'true_false'] as const).map((v) => ({ value: v, label: t(`teach:author.itemTypes.${v}`) }))}
        />
      ) : null}
      <TextField name={`${prefix}.stem`} label={t('teach:author.item.stem')} multiline defaultValue={question?.stem[lang as keyof DraftQuestion['stem']] ?? ''} description={placeholder(question?.stem)} errors={errors[`questions.${index}.stem`]} />
      <fieldset id={`field-questions.${index}.options`} tabIndex={-1} className="flex flex-col gap-3">
        <legend className="font-semibold">{t('teach:author.item.options')}</legend>
        <p className="text-sm text-muted">{t('teach:author.item.optionsHint')}</p>
        {errors[`questions.${index}.options`]?.length ? <p className="font-medium text-danger">{errors[`questions.${index}.options`]!.join(' ')}</p> : null}
        {Array.from({ length: slots }, (_, m) => {
          const option = options[m];
          const letter = option?.key ?? LETTERS.filter((l) => !options.some((o) => o.key === l))[m - options.length] ?? LETTERS[m]!;
          return (
            <div key={letter} className="grid gap-3 rounded-md border border-line p-3 sm:grid-cols-[1fr_1fr_auto]">
              {option ? <input type="hidden" name={`${prefix}.o${m}.key`} value={option.key} /> : null}
              <TextField name={`${prefix}.o${m}.text`} label={t('teach:author.item.option', { letter: letter.toUpperCase() })} defaultValue={option?.text[lang as keyof DraftQuestion['stem']] ?? ''} description={placeholder(option?.text)} />
              <TextField name={`${prefix}.o${m}.feedback`} label={t('teach:author.item.feedback')} defaultValue={option?.feedback?.[lang as keyof DraftQuestion['stem']] ?? ''} description={placeholder(option?.feedback)} />
              <div className="self-end pb-2">
                <CheckboxField name={`${prefix}.o${m}.correct`} label={t('teach:author.item.correct')} defaultChecked={option?.correct ?? false} />
              </div>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

/** Reads the question blocks back from the posted form; blocks left completely empty are skipped. */
export function questionsFromForm(form: Record<string, string>, fallbackType: string) {
  const questions: Array<{ key?: string; type: string; stem: string; options: Array<{ key?: string; text: string; feedback: string; correct: boolean }> }> = [];
  for (let q = 0; q < 10; q++) {
    const prefix = `q${q}`;
    const stem = form[`${prefix}.stem`];
    if (stem === undefined) break;
    const options = Array.from({ length: 8 }, (_, m) => ({
      ...(form[`${prefix}.o${m}.key`] ? { key: form[`${prefix}.o${m}.key`] } : {}),
      text: form[`${prefix}.o${m}.text`] ?? '',
      feedback: form[`${prefix}.o${m}.feedback`] ?? '',
      correct: form[`${prefix}.o${m}.correct`] === 'on',
    }));
    if (!stem.trim() && options.every((o) => !o.text.trim()) && !form[`${prefix}.key`]) continue;
    questions.push({ ...(form[`${prefix}.key`] ? { key: form[`${prefix}.key`] } : {}), type: form[`${prefix}.type`] ?? fallbackType, stem, options });
  }
  return questions;
}
