import { SECTORS } from '@destalk/core/organisations/schema';
import { Button, SelectField, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-router';
import type { FormState } from '../lib/form-state.ts';
import type { CountryOption } from './region-form.tsx';
import { FormErrors } from './form-errors.tsx';

type Values = { name: string; slug: string; sector: string; countryCode: string; regionId: string };

export function OrganisationForm({ state, values, countries, regions, submitLabel }: { state: FormState | undefined; values?: Values; countries: CountryOption[]; regions: Array<{ id: string; name: string }>; submitLabel: string }) {
  const { t } = useTranslation();
  const v = (key: keyof Values) => state?.values[key] ?? values?.[key] ?? '';
  return (
    <div className="flex flex-col gap-4">
      <FormErrors state={state} />
      <Form method="post" className="grid gap-4 sm:grid-cols-2" noValidate>
        <input type="hidden" name="intent" value="save" />
        <TextField name="name" label={t('admin:organisations.name')} isRequired defaultValue={v('name')} errors={state?.fieldErrors.name} />
        <TextField name="slug" label={t('admin:organisations.slug')} description={t('admin:regions.slugHint')} isRequired defaultValue={v('slug')} errors={state?.fieldErrors.slug} />
        <SelectField name="sector" label={t('admin:organisations.sector')} placeholder={t('admin:organisations.chooseSector')} defaultValue={v('sector')} options={SECTORS.map((s) => ({ value: s, label: t(`domain:sector.${s}`) }))} errors={state?.fieldErrors.sector} />
        <SelectField name="countryCode" label={t('admin:organisations.country')} placeholder={t('admin:organisations.chooseCountry')} defaultValue={v('countryCode')} options={countries} errors={state?.fieldErrors.countryCode} />
        <SelectField name="regionId" label={t('admin:organisations.region')} placeholder={t('admin:organisations.chooseRegion')} defaultValue={v('regionId')} options={regions.map((r) => ({ value: r.id, label: r.name }))} errors={state?.fieldErrors.regionId} />
        <div className="self-end sm:col-span-2">
          <Button type="submit">{submitLabel}</Button>
        </div>
      </Form>
    </div>
  );
}
