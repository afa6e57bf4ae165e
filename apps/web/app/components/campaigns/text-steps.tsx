import type { CampaignContact } from '@destalk/core/campaigns/schema';
import { LOCALE_NATIVE_NAMES, type Locale, SUPPORTED_LOCALES } from '@destalk/core/i18n/locales';
import { buttonClass, CheckboxField, SelectField, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-router';
import type { FormState } from '../../lib/form-state.ts';
import { FormErrors } from '../form-errors.tsx';

function Submit() {
  const { t } = useTranslation();
  return (
    <button type="submit" className={buttonClass('primary', 'self-start')}>
      {t('campaigns:builder.next')}
    </button>
  );
}

export function BasicsStep(p: { state: FormState | undefined; name: string; slug: string; slugLocked: boolean; pageUrl: string; languages: Locale[]; audience: string; audiences: Array<{ value: string; label: string }>; region: string; organisation: string }) {
  const { t } = useTranslation();
  const v = (k: string, d: string) => p.state?.values[k] ?? d;
  const chosen = p.state ? SUPPORTED_LOCALES.filter((l) => p.state!.values[`languages.${l}`]) : p.languages;
  return (
    <Form method="post" className="flex flex-col gap-5" noValidate>
      <input type="hidden" name="intent" value="basics" />
      <h2 className="text-xl font-semibold">{t('campaigns:basics.title')}</h2>
      <p className="text-muted">{t('campaigns:basics.lead', { region: p.region, organisation: p.organisation })}</p>
      <FormErrors state={p.state} />
      <TextField name="name" label={t('campaigns:basics.name')} defaultValue={v('name', p.name)} errors={p.state?.fieldErrors.name} />
      {p.slugLocked ? (
        <div>
          <input type="hidden" name="slug" value={p.slug} />
          <p className="font-medium">{t('campaigns:basics.slug')}</p>
          <p className="text-muted">{t('campaigns:basics.slugLocked')}</p>
        </div>
      ) : (
        <TextField name="slug" label={t('campaigns:basics.slug')} description={t('campaigns:basics.slugHint', { url: p.pageUrl })} defaultValue={v('slug', p.slug)} errors={p.state?.fieldErrors.slug} />
      )}
      <fieldset id="field-languages" className="flex flex-col gap-2">
        <legend className="mb-1 font-medium">{t('campaigns:basics.languages')}</legend>
        <p className="text-sm text-muted">{t('campaigns:basics.languagesHint')}</p>
        {p.state?.fieldErrors.languages?.map((m) => (
          <p key={m} className="font-medium text-danger">
            {m}
          </p>
        ))}
        {SUPPORTED_LOCALES.map((l) => (
          <CheckboxField key={l} name={`languages.${l}`} value={l} label={LOCALE_NATIVE_NAMES[l]} defaultChecked={chosen.includes(l)} />
        ))}
      </fieldset>
      <SelectField name="audience" label={t('campaigns:basics.audience')} description={t('campaigns:basics.audienceHint')} options={p.audiences} defaultValue={v('audience', p.audience)} errors={p.state?.fieldErrors.audience} />
      <Submit />
    </Form>
  );
}

export function ThemeStep(p: { state: FormState | undefined; current: string; audience: string; themes: Array<{ slug: string; name: string; description: string; audiences: string[]; audienceNames: string; colours: { background: string; text: string; accent: string } }> }) {
  const { t } = useTranslation();
  return (
    <Form method="post" className="flex flex-col gap-5" noValidate>
      <input type="hidden" name="intent" value="theme" />
      <h2 className="text-xl font-semibold">{t('campaigns:theme.title')}</h2>
      <p className="text-muted">{t('campaigns:theme.lead')}</p>
      <FormErrors state={p.state} />
      <fieldset id="field-theme" className="grid gap-3">
        <legend className="sr-only">{t('campaigns:theme.choose')}</legend>
        {p.themes.map((theme) => (
          <label key={theme.slug} className="flex cursor-pointer gap-4 rounded-lg border border-line bg-surface p-4 has-[:checked]:border-primary has-[:checked]:ring-2 has-[:checked]:ring-primary">
            <input type="radio" name="theme" value={theme.slug} defaultChecked={theme.slug === p.current} aria-labelledby={`theme-${theme.slug}`} aria-describedby={`theme-${theme.slug}-d`} className="mt-1 size-5 shrink-0 accent-primary" />
            <span aria-hidden="true" className="mt-1 grid size-10 shrink-0 place-items-center rounded-md text-lg font-bold" style={{ backgroundColor: theme.colours.background, color: theme.colours.text }}>
              <span className="block h-1 w-5 rounded" style={{ backgroundColor: theme.colours.accent }} />
            </span>
            <span>
              <span id={`theme-${theme.slug}`} className="block font-semibold">
                {theme.name}
              </span>
              <span id={`theme-${theme.slug}-d`} className="mt-1 block text-muted">
                {theme.description}
              </span>
              <span className="mt-1 block text-sm text-muted">
                {t('campaigns:theme.suits', { audiences: theme.audienceNames })}
                {theme.audiences.includes(p.audience) ? <strong className="ms-2 text-success">{t('campaigns:theme.forYourAudience')}</strong> : null}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <Submit />
    </Form>
  );
}

export function MessagesStep(p: { state: FormState | undefined; languages: Array<{ code: Locale; options: Array<{ key: string; text: string }>; chosen: Array<{ key: string; text: string }> }> }) {
  const { t } = useTranslation();
  return (
    <Form method="post" className="flex flex-col gap-6" noValidate>
      <input type="hidden" name="intent" value="messages" />
      <h2 className="text-xl font-semibold">{t('campaigns:messages.title')}</h2>
      <p className="text-muted">{t('campaigns:messages.lead')}</p>
      <FormErrors state={p.state} />
      {p.languages.map((lang) => {
        const chosen = new Map(lang.chosen.map((m) => [m.key, m.text]));
        const fallback = lang.chosen.length === 0;
        return (
          <fieldset key={lang.code} id={`field-messages.${lang.code}`} className="flex flex-col gap-4 rounded-lg border border-line p-4">
            <legend className="px-1 font-semibold">{t('campaigns:messages.inLanguage', { language: LOCALE_NATIVE_NAMES[lang.code] })}</legend>
            {p.state?.fieldErrors[`messages.${lang.code}`]?.map((m) => (
              <p key={m} className="font-medium text-danger">
                {m}
              </p>
            ))}
            {lang.options.map((option, i) => {
              const typed = p.state?.values[`text.${lang.code}.${option.key}`];
              const ticked = p.state ? Boolean(p.state.values[`use.${lang.code}.${option.key}`]) : fallback ? i < 3 : chosen.has(option.key);
              return (
                <div key={option.key} className="flex flex-col gap-2 border-t border-line pt-3 first-of-type:border-t-0 first-of-type:pt-0" lang={lang.code}>
                  <CheckboxField name={`use.${lang.code}.${option.key}`} value="1" label={`${t('campaigns:messages.use')} ${i + 1}`} defaultChecked={ticked} />
                  <TextField name={`text.${lang.code}.${option.key}`} label={t('campaigns:messages.wording')} multiline maxLength={140} defaultValue={typed ?? chosen.get(option.key) ?? option.text} errors={p.state?.fieldErrors[`messages.${lang.code}.${option.key}`]} className="[&_textarea]:min-h-24" />
                </div>
              );
            })}
          </fieldset>
        );
      })}
      <Submit />
    </Form>
  );
}

export const CONTACT_ROWS = 4;

export function ContactsStep(p: { state: FormState | undefined; contacts: CampaignContact[] }) {
  const { t } = useTranslation();
  const v = (i: number, k: keyof CampaignContact) => p.state?.values[`contacts.${i}.${k}`] ?? p.contacts[i]?.[k] ?? '';
  const errors = (i: number, k: string) => p.state?.fieldErrors[`${i}.${k}`];
  return (
    <Form method="post" className="flex flex-col gap-6" noValidate>
      <input type="hidden" name="intent" value="contacts" />
      <h2 className="text-xl font-semibold">{t('campaigns:contacts.title')}</h2>
      <p className="text-muted">{t('campaigns:contacts.lead')}</p>
      <FormErrors state={p.state && { ...p.state, fieldErrors: Object.fromEntries(Object.entries(p.state.fieldErrors).map(([k, m]) => [/^\d/.test(k) ? `contacts.${k}` : k, m])) }} />
      <p className="text-sm text-muted">{t('campaigns:contacts.emptyRow')}</p>
      {Array.from({ length: CONTACT_ROWS }, (_, i) => (
        <fieldset key={i} className="grid gap-4 rounded-lg border border-line p-4 sm:grid-cols-2">
          <legend className="px-1 font-semibold">{t('campaigns:contacts.contact', { n: i + 1 })}</legend>
          <TextField name={`contacts.${i}.name`} label={t('campaigns:contacts.name')} defaultValue={v(i, 'name')} errors={errors(i, 'name')} className="sm:col-span-2" />
          <TextField name={`contacts.${i}.phone`} label={t('campaigns:contacts.phone')} type="tel" defaultValue={v(i, 'phone')} errors={errors(i, 'phone')} />
          <TextField name={`contacts.${i}.web`} label={t('campaigns:contacts.web')} defaultValue={v(i, 'web')} errors={errors(i, 'web')} />
          <TextField name={`contacts.${i}.hours`} label={t('campaigns:contacts.hours')} description={t('campaigns:contacts.hoursHint')} defaultValue={v(i, 'hours')} errors={errors(i, 'hours')} className="sm:col-span-2" />
        </fieldset>
      ))}
      <Submit />
    </Form>
  );
}
