import { isLocale, type Locale } from '@destalk/core/i18n/locales';

/** The language an author edits: `?lang=` when it is one of ours, else the course's main language. */
export function editingLanguage(request: Request, fallback: string): Locale {
  const asked = new URL(request.url).searchParams.get('lang');
  if (isLocale(asked)) return asked;
  return isLocale(fallback) ? fallback : 'en';
}

/** Every value of a repeated field (checkbox lists): the form parser keeps only one per name. */
export function listOf(form: FormData, name: string): string[] {
  return form.getAll(name).filter((v): v is string => typeof v === 'string');
}
