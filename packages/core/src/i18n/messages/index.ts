import type { Resource } from 'i18next';
import type { Locale } from '../locales.ts';
import type { Translation } from './catalogue.ts';
import { de } from './de/index.ts';
import { type CoreMessages, en } from './en/index.ts';
import { es } from './es/index.ts';
import { fr } from './fr/index.ts';
import { it } from './it/index.ts';

/** The catalogues core owns (e-mails, errors, validation, domain vocabularies), per locale. */
export const coreMessages: Record<Locale, Translation<CoreMessages>> = { en, it, es, de, fr };

export function coreResources(): Resource {
  return Object.fromEntries(Object.entries(coreMessages).map(([locale, namespaces]) => [locale, { ...namespaces }])) as Resource;
}
