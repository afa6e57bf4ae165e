import { SECTORS } from '@destalk/core/organisations/schema';
import { buttonClass, SelectField, TextField } from '@destalk/ui';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '../form-errors.tsx';
import type { FormState } from '../../lib/form-state.ts';

export interface RegistrationQuestion {
  key: string;
  type: 'text' | 'choice' | 'yesno';
  required: boolean;
  label: string;
  options: string[];
}

const DIFFICULTY = 16;

/** Finds a nonce whose SHA-256 with the challenge starts with DIFFICULTY zero bits (the server checks it). */
async function solve(challenge: string): Promise<string> {
  const encoder = new TextEncoder();
  for (let n = 0; n < 10_000_000; n++) {
    const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(`${challenge}:${n}`)));
    let bits = 0;
    for (const byte of hash) {
      if (byte === 0) {
        bits += 8;
        continue;
      }
      bits += Math.clz32(byte) - 24;
      break;
    }
    if (bits >= DIFFICULTY) return String(n);
  }
  return '';
}

/**
 * The public registration form. A plain form that works without JavaScript; with it, the browser
 * first solves the server's small proof-of-work (no third-party captcha), then sends the form.
 */
export function RegistrationForm({ challenge, questions, consentText, countries, state }: { challenge: string; questions: RegistrationQuestion[]; consentText: string; countries: Array<{ value: string; label: string }>; state: FormState | undefined }) {
  const { t } = useTranslation();
  const nonceRef = useRef<HTMLInputElement>(null);
  const [working, setWorking] = useState(false);
  const v = (name: string) => state?.values[name] ?? '';
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (!globalThis.crypto?.subtle || nonceRef.current?.value) return;
    event.preventDefault();
    const form = event.currentTarget;
    setWorking(true);
    void solve(challenge).then((nonce) => {
      if (nonceRef.current) nonceRef.current.value = nonce;
      form.submit();
    });
  };
  return (
    <form method="post" onSubmit={onSubmit} className="flex flex-col gap-5" noValidate>
      <FormErrors state={state} />
      <input type="hidden" name="challenge" value={challenge} />
      <input ref={nonceRef} type="hidden" name="nonce" defaultValue="" />
      {/* People never see this field; bots that fill every field give themselves away. */}
      <div aria-hidden="true" className="absolute -start-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="website">{t('events:register.honeypot')}</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <TextField name="name" label={t('events:register.name')} autoComplete="name" defaultValue={v('name')} errors={state?.fieldErrors.name} isRequired />
      <TextField name="email" type="email" label={t('events:register.email')} description={t('events:register.emailHint')} autoComplete="email" defaultValue={v('email')} errors={state?.fieldErrors.email} isRequired />
      <TextField name="organisationName" label={t('events:register.organisation')} autoComplete="organization" defaultValue={v('organisationName')} errors={state?.fieldErrors.organisationName} />
      <SelectField name="sector" label={t('events:register.sector')} options={[{ value: '', label: t('events:register.choose') }, ...SECTORS.map((s) => ({ value: s, label: t(`domain:sector.${s}`) }))]} defaultValue={v('sector')} errors={state?.fieldErrors.sector} />
      <SelectField name="country" label={t('events:register.country')} options={[{ value: '', label: t('events:register.choose') }, ...countries]} defaultValue={v('country')} errors={state?.fieldErrors.country} />
      <TextField name="accessibilityNeeds" label={t('events:register.accessibility')} description={t('events:register.accessibilityHint')} multiline defaultValue={v('accessibilityNeeds')} errors={state?.fieldErrors.accessibilityNeeds} />
      {questions.map((q) => {
        const name = `answers.${q.key}`;
        const label = q.required ? q.label : `${q.label} ${t('events:register.optional')}`;
        if (q.type === 'text') return <TextField key={q.key} name={name} label={label} defaultValue={v(name)} errors={state?.fieldErrors[name]} isRequired={q.required} />;
        const options = q.type === 'yesno' ? [{ value: 'yes', label: t('events:register.yes') }, { value: 'no', label: t('events:register.no') }] : q.options.map((o, i) => ({ value: String(i), label: o }));
        const errors = state?.fieldErrors[name];
        return (
          <fieldset key={q.key} id={`field-${name}`} aria-describedby={errors?.length ? `field-${name}-error` : undefined}>
            <legend className="font-semibold text-ink">{label}</legend>
            {errors?.length ? (
              <p id={`field-${name}-error`} className="mt-1 font-medium text-danger">
                {errors.join(' ')}
              </p>
            ) : null}
            <div className="mt-2 flex flex-wrap gap-2">
              {options.map((o) => (
                <label key={o.value} className="flex cursor-pointer items-center gap-2 rounded-md border border-line bg-surface px-3 py-2 has-[:checked]:border-primary">
                  <input type="radio" name={name} value={o.value} defaultChecked={v(name) === o.value} className="size-5 accent-primary" />
                  {o.label}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <section aria-labelledby="consent-title" className="rounded-md border border-line bg-surface-muted p-4">
        <h3 id="consent-title" className="font-semibold">
          {t('events:register.consentTitle')}
        </h3>
        <p className="mt-1 whitespace-pre-line text-sm">{consentText}</p>
        <div id="field-consent" className="mt-3">
          {state?.fieldErrors.consent?.length ? <p className="mb-1 font-medium text-danger">{state.fieldErrors.consent.join(' ')}</p> : null}
          <label className="flex cursor-pointer items-start gap-3">
            <input type="checkbox" name="consent" value="yes" className="mt-1 size-5 shrink-0 accent-primary" aria-invalid={state?.fieldErrors.consent?.length ? true : undefined} />
            <span className="font-medium">{t('events:register.consent')}</span>
          </label>
        </div>
      </section>
      <button type="submit" className={buttonClass('primary', 'self-start')} disabled={working}>
        {working ? t('events:register.working') : t('events:register.submit')}
      </button>
    </form>
  );
}
