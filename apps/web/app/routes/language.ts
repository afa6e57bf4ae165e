import { setPreferredLocale } from '@destalk/core/accounts/commands/update-profile';
import { isLocale } from '@destalk/core/i18n/locales';
import { data, redirect } from 'react-router';
import type { Route } from './+types/language';
import { localeCookie } from '../lib/cookies.server.ts';
import { readForm } from '../lib/forms.server.ts';
import { safeRedirectPath } from '../lib/safe-redirect.ts';

/**
 * The language switcher's target. Signed-in people get the choice stored on their account;
 * visitors get the language cookie — set only here, because they asked for it.
 */
export async function action({ request, context }: Route.ActionArgs) {
  const form = await readForm(request);
  const back = safeRedirectPath(form.returnTo, '/');
  if (!isLocale(form.locale)) throw data({ code: 'bad_request' }, { status: 400 });
  const actor = await context.actor();
  if (actor) {
    await setPreferredLocale(context.platform, actor, { locale: form.locale });
    return redirect(back);
  }
  return redirect(back, { headers: { 'Set-Cookie': localeCookie(form.locale, context.platform.config.secure) } });
}

export function loader() {
  return redirect('/');
}
