import { ErrorSummary } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import type { FormState } from '../lib/form-state.ts';

/** The error summary of a failed submission (nothing when the form has no errors). */
export function FormErrors({ state }: { state: FormState | undefined }) {
  const { t } = useTranslation();
  if (!state) return null;
  const fields = Object.entries(state.fieldErrors).flatMap(([name, messages]) => messages.map((message) => ({ name, message })));
  if (state.formErrors.length === 0 && fields.length === 0) return null;
  return <ErrorSummary title={t('common:form.errorSummaryTitle')} messages={state.formErrors} fields={fields} />;
}
