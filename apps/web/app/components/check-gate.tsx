import { GATE_POINTS } from '@destalk/core/stalkerware/schema';
import { Button, Card, CheckboxField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link } from 'react-router';
import type { FormState } from '../lib/form-state.ts';
import { FormErrors } from './form-errors.tsx';

/** The safety gate (DESIGN.md §1.4): five points confirmed before every check. */
export function CheckGate({ state, guides }: { state: FormState | undefined; guides: Array<{ slug: string; title: string }> }) {
  const { t } = useTranslation();
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      <Card aria-labelledby="gate-title">
        <h2 id="gate-title" className="text-xl">
          {t('check:gate.title')}
        </h2>
        <p className="mt-1 text-muted">{t('check:gate.lead')}</p>
        <div className="mt-4">
          <FormErrors state={state} />
        </div>
        <Form method="post" className="mt-4 flex flex-col gap-5">
          <input type="hidden" name="intent" value="gate" />
          <fieldset className="flex flex-col gap-4">
            <legend className="sr-only">{t('check:gate.title')}</legend>
            {GATE_POINTS.map((point) => (
              <div key={point} id={`field-${point}`}>
                <CheckboxField name={point} value="yes" label={t(`check:gate.${point}`)} description={t(`check:gate.${point}Hint`)} defaultChecked={state?.values[point] === 'yes'} />
                {state?.fieldErrors[point] ? <p className="ms-8 mt-1 text-sm font-semibold text-danger">{state.fieldErrors[point]?.join(' ')}</p> : null}
              </div>
            ))}
          </fieldset>
          <div>
            <Button type="submit">{t('check:gate.submit')}</Button>
          </div>
        </Form>
      </Card>
      <aside aria-labelledby="guides-title" className="self-start rounded-lg border border-line bg-surface-muted p-5">
        <h2 id="guides-title" className="text-lg">
          {t('check:gate.guidesTitle')}
        </h2>
        <ul className="mt-3 flex flex-col gap-2">
          {guides.map((g) => (
            <li key={g.slug}>
              <Link to={`/guides/${g.slug}`}>{g.title}</Link>
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
