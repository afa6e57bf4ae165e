import { type Locale, resolveLocale } from '@destalk/core/i18n/locales';
import { createI18n, type Translate, translatorFor } from '@destalk/core/i18n/translator';
import type { AppLoadContext } from 'react-router';
import { allResources } from '../i18n/resources.server.ts';
import { LOCALE_COOKIE, readCookie } from './cookies.server.ts';

const i18n = createI18n(allResources());
const cache = new WeakMap<AppLoadContext, Promise<Locale>>();

/**
 * The language of this request: the account's preference, then the visitor's explicit choice
 * (cookie), then Accept-Language. Computed once per request.
 */
export function getLocale(request: Request, context: AppLoadContext): Promise<Locale> {
  let locale = cache.get(context);
  if (!locale) {
    locale = context.actor().then((actor) => localeOf(actor?.locale, request.headers));
    cache.set(context, locale);
  }
  return locale;
}

/** The same decision from the account's language and the request headers. */
export function localeOf(accountLocale: Locale | null | undefined, headers: Headers): Locale {
  return resolveLocale({ accountLocale, chosenLocale: readCookie(headers, LOCALE_COOKIE), acceptLanguage: headers.get('accept-language') });
}

export async function getTranslator(request: Request, context: AppLoadContext): Promise<{ locale: Locale; t: Translate }> {
  const locale = await getLocale(request, context);
  return { locale, t: translatorFor(i18n, locale) };
}

export function translatorForLocale(locale: Locale): Translate {
  return translatorFor(i18n, locale);
}

const renderInstances = new Map<Locale, ReturnType<typeof i18n.cloneInstance>>();

/**
 * The i18next instance for server rendering in one language (shares the loaded catalogues). One
 * per language for the process: a render never changes its language, so they can be shared.
 */
export function i18nForRender(locale: Locale) {
  let instance = renderInstances.get(locale);
  if (!instance) {
    instance = i18n.cloneInstance({ lng: locale, initAsync: false });
    renderInstances.set(locale, instance);
  }
  return instance;
}
