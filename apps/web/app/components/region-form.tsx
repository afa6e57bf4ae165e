import { LOCALE_NATIVE_NAMES, SUPPORTED_LOCALES } from '@destalk/core/i18n/locales';
import { Button, SelectField, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-router';
import type { FormState } from '../lib/form-state.ts';
import { FormErrors } from './form-errors.tsx';

export interface CountryOption {
  value: string;
  label: string;
}

export function RegionForm({ state, values, countries, submitLabel }: { state: FormState | undefined; values?: { name: string; slug: string; countryCode: string; defaultLocale: string }; countries: CountryOption[]; submitLabel: string }) {
  const { t } = useTranslation();
  const v = (key: 'name' | 'slug' | 'countryCode' | 'defaultLocale') => state?.values[key] ?? values?.[key] ?? '';
  return (
    <div className="flex flex-col gap-4">
      <FormErrors state={state} />
      <Form method="post" className="grid gap-4 sm:grid-cols-2" noValidate>
        <input type="hidden" name="intent" value="save" />
        <TextField name="name" label={t('admin:regions.name')} isRequired defaultValue={v('name')} errors={state?.fieldErrors.name} />
        <TextField name="slug" label={t('admin:regions.slug')} description={t('admin:regions.slugHint')} isRequired defaultValue={v('slug')} errors={state?.fieldErrors.slug} />
        <SelectField name="countryCode" label={t('admin:regions.country')} placeholder={t('admin:organisations.chooseCountry')} defaultValue={v('countryCode')} options={countries} errors={state?.fieldErrors.countryCode} />
        <SelectField
          name="defaultLocale"
          label={t('admin:regions.defaultLocale')}
          defaultValue={v('defaultLocale') || 'en'}
          options={SUPPORTED_LOCALES.map((l) => ({ value: l, label: LOCALE_NATIVE_NAMES[l] }))}
          errors={state?.fieldErrors.defaultLocale}
        />
        <div className="sm:col-span-2">
          <Button type="submit">{submitLabel}</Button>
        </div>
      </Form>
    </div>
  );
}
