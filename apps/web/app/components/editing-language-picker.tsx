import { LOCALE_NATIVE_NAMES, SUPPORTED_LOCALES } from '@destalk/core/i18n/locales';
import { buttonClass, SelectField } from '@destalk/ui';
import { Form } from 'react-router';

/** The `?lang=` switch of a multilingual editor: a plain GET form, so it works without JavaScript. */
export function EditingLanguagePicker({ lang, label, description, submit, className = 'mb-8' }: { lang: string; label: string; description?: string; submit: string; className?: string }) {
  return (
    <Form method="get" className={`${className} flex flex-wrap items-end gap-3`}>
      <div className="min-w-56">
        <SelectField name="lang" label={label} {...(description ? { description } : {})} options={SUPPORTED_LOCALES.map((l) => ({ value: l, label: LOCALE_NATIVE_NAMES[l] }))} defaultValue={lang} />
      </div>
      <button type="submit" className={buttonClass('secondary')}>
        {submit}
      </button>
    </Form>
  );
}
