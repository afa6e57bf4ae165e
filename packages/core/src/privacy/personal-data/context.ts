import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translator.ts';
import { pickLocale } from '../../learning/localize.ts';

/** What every section of the export reads titles and labels with: the person's language. */
export interface ExportContext {
  locale: Locale;
  t: Translate;
  /** A tool's title in the person's language (tools are content files; without them, the slug). */
  toolTitle: (slug: string) => string;
}

/** A multilingual title in the export's language (or the nearest one there is). */
export function titleIn(context: ExportContext, json: string, defaultLocale = 'en'): string {
  return pickLocale(json, context.locale, defaultLocale).text;
}
