import { COUNTRY_CODES } from '@destalk/core/organisations/countries';
import { countryName } from './format.ts';

/** Every ISO 3166-1 country as a select option, named and sorted in the reader's language. */
export function countryOptions(locale: string) {
  const collator = new Intl.Collator(locale);
  return COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, locale) })).sort((a, b) => collator.compare(a.label, b.label));
}
