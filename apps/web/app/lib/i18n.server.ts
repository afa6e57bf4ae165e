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
    locale = context.actor().then((actor) =>
      resolveLocale({
        accountLocale: actor?.locale,
        chosenLocale: readCookie(request, LOCALE_COOKIE),
        acceptLanguage: request.headers.get('accept-language'),
      }),
    );
    cache.set(context, locale);
  }
  return locale;
}

export async function getTranslator(request: Request, context: AppLoadContext): Promise<{ locale: Locale; t: Translate }> {
  const locale = await getLocale(request, context);
  return { locale, t: translatorFor(i18n, locale) };
}

export function translatorForLocale(locale: Locale): Translate {
  return translatorFor(i18n, locale);
}

/** An i18next instance for server rendering in one language (shares the loaded catalogues). */
export function i18nForRender(locale: Locale) {
  return i18n.cloneInstance({ lng: locale, initAsync: false });
}
