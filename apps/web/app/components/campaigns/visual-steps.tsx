import { checkColours } from '@destalk/core/campaigns/contrast';
import { Badge, buttonClass, TextField } from '@destalk/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-router';
import type { FormState } from '../../lib/form-state.ts';
import { FormErrors } from '../form-errors.tsx';

export function LogosStep(p: { state: FormState | undefined; logos: Array<{ id: string; name: string; width: number; height: number }>; campaignId: string; canAdd: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col gap-6">
      <h2 className="text-xl font-semibold">{t('campaigns:logos.title')}</h2>
      <p className="text-muted">{t('campaigns:logos.lead')}</p>
      {p.logos.length ? (
        <ul className="flex flex-col gap-3">
          {p.logos.map((logo) => (
            <li key={logo.id} className="flex items-center gap-4 rounded-lg border border-line bg-surface p-3">
              <img src={`/campaign-logos/${p.campaignId}/${logo.id}`} alt={t('campaigns:logos.alt', { name: logo.name })} className="h-12 w-auto max-w-40 bg-white object-contain" />
              <span className="grow">
                <span className="block font-medium">{logo.name}</span>
                <span className="text-sm text-muted">{t('campaigns:logos.size', { width: logo.width, height: logo.height })}</span>
              </span>
              <Form method="post">
                <input type="hidden" name="intent" value="removeLogo" />
                <input type="hidden" name="logoId" value={logo.id} />
                <button type="submit" className={buttonClass('secondary')} aria-label={`${t('campaigns:logos.remove')}: ${logo.name}`}>
                  {t('campaigns:logos.remove')}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted">{t('campaigns:logos.none')}</p>
      )}
      {p.canAdd ? (
        <Form method="post" encType="multipart/form-data" className="flex flex-col gap-4 rounded-lg border border-line p-4" noValidate>
          <input type="hidden" name="intent" value="addLogo" />
          <FormErrors state={p.state} />
          <TextField name="name" label={t('campaigns:logos.name')} description={t('campaigns:logos.nameHint')} defaultValue={p.state?.values.name ?? ''} errors={p.state?.fieldErrors.name} />
          <div className="flex flex-col gap-1">
            <label htmlFor="field-logo" className="font-medium">
              {t('campaigns:logos.file')}
            </label>
            <p id="field-logo-description" className="text-sm text-muted">
              {t('campaigns:logos.fileHint')}
            </p>
            {p.state?.fieldErrors.logo?.map((m) => (
              <p key={m} id="field-logo-error" className="font-medium text-danger">
                {m}
              </p>
            ))}
            <input id="field-logo" name="logo" type="file" accept="image/png,image/jpeg" aria-describedby={`field-logo-description${p.state?.fieldErrors.logo ? ' field-logo-error' : ''}`} aria-invalid={p.state?.fieldErrors.logo ? true : undefined} className="mt-1" />
          </div>
          <button type="submit" className={buttonClass('primary', 'self-start')}>
            {t('campaigns:logos.upload')}
          </button>
        </Form>
      ) : null}
    </div>
  );
}

type Colours = { background: string; text: string; accent: string };
const HEX = /^#[0-9a-f]{6}$/i;

/** Colours with the contrast shown as you type (with JavaScript) and checked again on the server. */
export function ColoursStep(p: { state: FormState | undefined; colours: Colours; themeColours: Colours; onTry: (colours: Colours | undefined) => void }) {
  const { t } = useTranslation();
  const initial = { background: p.state?.values.background ?? p.colours.background, text: p.state?.values.text ?? p.colours.text, accent: p.state?.values.accent ?? p.colours.accent };
  const [tried, setTried] = useState<Colours>(initial);
  const valid = HEX.test(tried.background) && HEX.test(tried.text) && HEX.test(tried.accent);
  const check = valid ? checkColours(tried) : null;
  const change = (key: keyof Colours) => (event: React.FormEvent<HTMLDivElement>) => {
    const value = (event.target as HTMLInputElement).value.trim();
    const next = { ...tried, [key]: value };
    setTried(next);
    const ok = HEX.test(next.background) && HEX.test(next.text) && HEX.test(next.accent) && !checkColours(next).failures.length;
    p.onTry(ok ? next : undefined);
  };
  const field = (key: keyof Colours) => (
    <div className="flex items-end gap-3" onInput={change(key)}>
      <span aria-hidden="true" className="mb-1 size-11 shrink-0 rounded-md border border-line-strong" style={{ backgroundColor: HEX.test(tried[key]) ? tried[key] : 'transparent' }} />
      <TextField name={key} label={t(`campaigns:colours.${key}`)} description={t('campaigns:colours.hex')} defaultValue={initial[key]} errors={p.state?.fieldErrors[key]} className="grow" maxLength={7} />
    </div>
  );
  return (
    <Form method="post" className="flex flex-col gap-5" noValidate>
      <input type="hidden" name="intent" value="colours" />
      <h2 className="text-xl font-semibold">{t('campaigns:colours.title')}</h2>
      <p className="text-muted">{t('campaigns:colours.lead')}</p>
      <FormErrors state={p.state} />
      {field('background')}
      {field('text')}
      {field('accent')}
      {check ? (
        <p className="flex flex-wrap items-center gap-3" aria-live="polite">
          {/* A sample of the pair without text: the ratio beside it is what people read. */}
          <span aria-hidden="true" className="flex h-10 w-20 flex-col justify-center gap-1.5 rounded-md border border-line px-2.5" style={{ backgroundColor: tried.background }}>
            <span className="block h-1.5 w-12 rounded" style={{ backgroundColor: tried.text }} />
            <span className="block h-1.5 w-6 rounded" style={{ backgroundColor: tried.accent }} />
          </span>
          <span>{t('campaigns:colours.ratio', { text: check.textRatio.toFixed(1), accent: check.accentRatio.toFixed(1) })}</span>
          <Badge tone={check.failures.length ? 'danger' : 'success'}>{t(check.failures.length ? 'campaigns:colours.unreadable' : 'campaigns:colours.readable')}</Badge>
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={buttonClass('primary')}>
          {t('campaigns:builder.next')}
        </button>
        <button type="submit" name="reset" value="1" className={buttonClass('secondary')}>
          {t('campaigns:colours.themeColours')}
        </button>
      </div>
    </Form>
  );
}
