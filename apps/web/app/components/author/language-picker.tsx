import { LOCALE_NATIVE_NAMES, SUPPORTED_LOCALES } from '@destalk/core/i18n/locales';
import { Button } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-router';

/** Which language the author is editing (a GET form: works without JavaScript, keeps the page's address). */
export function LanguagePicker({ lang, defaultLocale, locales }: { lang: string; defaultLocale: string; locales: string[] }) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-surface px-4 py-3">
      <div className="flex flex-col gap-1">
        <label htmlFor="edit-lang" className="font-medium">
          {t('teach:author.language')}
        </label>
        <select id="edit-lang" name="lang" defaultValue={lang} aria-describedby="edit-lang-hint" className="rounded-md border border-line-strong bg-surface px-3 py-2">
          {SUPPORTED_LOCALES.map((l) => (
            <option key={l} value={l}>
              {LOCALE_NATIVE_NAMES[l]}
              {l === defaultLocale ? ' ★' : ''}
              {locales.includes(l) ? '' : ` – ${t('teach:author.missing', { language: LOCALE_NATIVE_NAMES[l] })}`}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        {t('teach:author.switchLanguage')}
      </Button>
      <p id="edit-lang-hint" className="basis-full text-sm text-muted">
        {t('teach:author.languageHint')}
      </p>
    </Form>
  );
}
