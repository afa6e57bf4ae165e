import { CHECK_INPUT_KINDS, GATE_POINTS } from '@destalk/core/stalkerware/schema';
import { Alert, Button, Card, FieldFrame, fieldIds, inputClass } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, useNavigation } from 'react-router';
import type { FormState } from '../lib/form-state.ts';
import { FormErrors } from './form-errors.tsx';

/**
 * What to check: the kind of data, then a file or pasted text. A multipart form that works
 * without JavaScript; the file input comes last so the server can stream it.
 */
export function CheckInputForm({ state, maxMb }: { state: FormState | undefined; maxMb: number }) {
  const { t } = useTranslation();
  const busy = useNavigation().state === 'submitting';
  const chosen = state?.values.kind ?? 'androidqf';
  return (
    <Card aria-labelledby="input-title">
      <h2 id="input-title" className="text-xl">
        {t('check:input.title')}
      </h2>
      <Alert className="mt-3">{t('check:input.nothingStored')}</Alert>
      <div className="mt-4">
        <FormErrors state={state} />
      </div>
      <Form method="post" encType="multipart/form-data" className="mt-4 flex flex-col gap-6">
        {GATE_POINTS.map((p) => (
          <input key={p} type="hidden" name={p} value="yes" />
        ))}
        <fieldset id="field-kind">
          <legend className="font-semibold">{t('check:input.kindLegend')}</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {CHECK_INPUT_KINDS.map((kind) => (
              <label key={kind} className="flex cursor-pointer gap-3 rounded-md border border-line p-3 has-[:checked]:border-primary has-[:checked]:bg-info-soft">
                <input type="radio" name="kind" value={kind} defaultChecked={kind === chosen} className="mt-1 size-4 shrink-0 accent-primary" />
                <span>
                  <span className="block font-medium">{t(`check:input.kinds.${kind}.label`)}</span>
                  <span className="block text-sm text-muted">{t(`check:input.kinds.${kind}.hint`)}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <FieldFrame name="text" label={t('check:input.text')} description={t('check:input.textHint')}>
          <textarea id="field-text" name="text" rows={6} aria-describedby={fieldIds('text', true, false).describedBy} className={`${inputClass} font-mono text-sm`} defaultValue={state?.values.text} />
        </FieldFrame>
        <FieldFrame name="file" label={t('check:input.file')} description={t('check:input.fileHint', { max: maxMb })} errors={state?.fieldErrors.file}>
          <input
            id="field-file"
            name="file"
            type="file"
            aria-describedby={fieldIds('file', true, Boolean(state?.fieldErrors.file)).describedBy}
            aria-invalid={state?.fieldErrors.file ? true : undefined}
            className="block w-full text-sm file:me-3 file:cursor-pointer file:rounded-md file:border file:border-line-strong file:bg-surface file:px-3 file:py-2 file:font-medium"
          />
        </FieldFrame>
        <div>
          <Button type="submit" isDisabled={busy}>
            {busy ? t('check:input.checking') : t('check:input.submit')}
          </Button>
        </div>
      </Form>
    </Card>
  );
}
