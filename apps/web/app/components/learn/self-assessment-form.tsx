import type { SelfAssessmentView } from '@destalk/core/learning/commands/self-assessment';
import { Button, Card } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-router';
import type { FormState } from '../../lib/form-state.ts';
import { FormErrors } from '../form-errors.tsx';

const SCALE = [1, 2, 3, 4, 5] as const;

/**
 * The self-assessment due now: each statement rated on a five-point agreement scale. Native radios
 * in a fieldset per statement, so it works by keyboard, with screen readers and without JavaScript.
 */
export function SelfAssessmentForm({ view, state }: { view: SelfAssessmentView & { due: NonNullable<SelfAssessmentView['due']> }; state: FormState | undefined }) {
  const { t } = useTranslation();
  return (
    <Card aria-labelledby="self-assessment-title">
      <h2 id="self-assessment-title" className="text-2xl">
        {t(`learn:selfAssessment.title.${view.due}`)}
      </h2>
      <p className="mt-1 max-w-2xl text-muted">{t('learn:selfAssessment.lead')}</p>
      <Form method="post" className="mt-5 flex flex-col gap-5" noValidate>
        <FormErrors state={state} />
        <input type="hidden" name="intent" value="self-assessment" />
        <input type="hidden" name="moment" value={view.due} />
        {view.statements.map((s) => {
          const field = `rating-${s.key}`;
          const errors = state?.fieldErrors[field] ?? [];
          return (
            <fieldset key={s.key} id={`field-${field}`} tabIndex={-1} className={`outline-none ${errors.length ? 'border-s-4 border-danger ps-4' : ''}`} aria-describedby={errors.length ? `${field}-error` : undefined}>
              <legend className="font-semibold">
                <span className="me-2 text-sm font-medium uppercase tracking-wide text-accent">{t(`learn:selfAssessment.dimension.${s.dimension}`)}</span>
                {s.text}
              </legend>
              {errors.length ? (
                <p id={`${field}-error`} className="mt-1 font-medium text-danger">
                  {errors.join(' ')}
                </p>
              ) : null}
              <div className="mt-2 grid gap-2 sm:grid-cols-5">
                {SCALE.map((value) => {
                  const id = `${field}-${value}`;
                  return (
                    <label key={value} htmlFor={id} className="flex cursor-pointer items-center gap-2 rounded-md border border-line bg-surface px-3 py-2 text-sm hover:border-line-strong has-[:checked]:border-primary has-[:checked]:bg-surface-muted sm:flex-col sm:text-center">
                      <input id={id} type="radio" name={field} value={value} defaultChecked={state?.values[field] === String(value)} className="size-5 accent-primary" />
                      <span>{t(`learn:selfAssessment.scale.${value}`)}</span>
                    </label>
                  );
                })}
              </div>
            </fieldset>
          );
        })}
        <div>
          <Button type="submit">{t('learn:selfAssessment.submit')}</Button>
        </div>
      </Form>
    </Card>
  );
}
