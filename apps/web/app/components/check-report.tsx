import { Button, buttonClass, Card, SelectField, TextField } from '@destalk/ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form, Link } from 'react-router';
import type { FormState } from '../lib/form-state.ts';
import { reportLabels } from '../lib/report-labels.ts';
import type { ReportView } from '../lib/report-view.server.ts';
import { FormErrors } from './form-errors.tsx';
import { ReportBody } from './report-body.tsx';

export interface ReportResult {
  view: ReportView;
  token: string;
  jsonHref: string;
  htmlHref: string;
}

/** The report page: the result, print and downloads, and saving a redacted copy on request. */
export function CheckReport({ result, organisations, retentionDays, state }: { result: ReportResult; organisations: Array<{ id: string; name: string }>; retentionDays: number; state: FormState | undefined }) {
  const { t } = useTranslation();
  const labels = reportLabels(t);
  // Printing needs JavaScript; without it the browser's own print command does the same.
  const [canPrint, setCanPrint] = useState(false);
  useEffect(() => setCanPrint(true), []);
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="report-title">
        <h2 id="report-title" className="mb-4 text-2xl">
          {t('check:report.title')}
        </h2>
        <ReportBody view={result.view} labels={labels} />
      </section>
      <div className="flex flex-wrap gap-3 print:hidden">
        {canPrint ? (
          <button type="button" className={buttonClass('secondary')} onClick={() => window.print()}>
            {t('check:report.print')}
          </button>
        ) : null}
        <a href={result.htmlHref} download="check-report.html" className={buttonClass('secondary')}>
          {t('check:report.downloadHtml')}
        </a>
        <a href={result.jsonHref} download="check-report.json" className={buttonClass('secondary')}>
          {t('check:report.downloadJson')}
        </a>
        <Link to="/tools/stalkerware-check" className={buttonClass('quiet')}>
          {t('check:report.checkAnother')}
        </Link>
      </div>
      <Card aria-labelledby="save-title" className="print:hidden">
        <h2 id="save-title" className="text-xl">
          {t('check:report.saveTitle')}
        </h2>
        <p className="mt-1 text-sm text-muted">{t('check:report.saveLead', { days: retentionDays })}</p>
        <div className="mt-4">
          <FormErrors state={state?.intent === 'save' ? state : undefined} />
        </div>
        <Form method="post" className="mt-4 grid gap-4 sm:grid-cols-2" noValidate>
          <input type="hidden" name="intent" value="save" />
          <input type="hidden" name="token" value={result.token} />
          <SelectField name="organisationId" label={t('check:report.organisation')} options={organisations.map((o) => ({ value: o.id, label: o.name }))} defaultValue={organisations[0]?.id} errors={state?.fieldErrors.organisationId} />
          <TextField name="label" label={t('check:report.label')} description={t('check:report.labelHint')} isRequired errors={state?.fieldErrors.label} />
          <div className="sm:col-span-2">
            <Button type="submit">{t('check:report.save')}</Button>
          </div>
        </Form>
      </Card>
    </div>
  );
}
