import type { Resource } from 'i18next';
import type { Locale } from '../locales.ts';
import type { Translation } from './catalogue.ts';
import { type CoreMessages, en } from './en/index.ts';

/** The catalogues core owns (e-mails, errors, validation, domain vocabularies), per locale. */
export const coreMessages: Partial<Record<Locale, Translation<CoreMessages>>> = { en };

export function coreResources(): Resource {
  return Object.fromEntries(Object.entries(coreMessages).map(([locale, namespaces]) => [locale, { ...namespaces }])) as Resource;
}
