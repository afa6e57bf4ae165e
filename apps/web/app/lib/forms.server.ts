import { AppError } from '@destalk/core/errors';
import type { Translate } from '@destalk/core/i18n/translator';
import { type AppLoadContext, data, redirect } from 'react-router';
import { signInRedirect, STATUS_OF } from './errors.server.ts';
import type { FormState } from './form-state.ts';
import { getTranslator } from './i18n.server.ts';

const SECRET_FIELDS = new Set(['password', 'newPassword', 'currentPassword', 'code', 'token']);

/** The submitted form as plain strings (a checkbox that is ticked arrives as its value). */
export async function readForm(request: Request): Promise<Record<string, string>> {
  const form = await request.formData();
  const values: Record<string, string> = {};
  for (const [key, value] of form) if (typeof value === 'string') values[key] = value;
  return values;
}

function keepValues(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !SECRET_FIELDS.has(k)));
}

/**
 * Turns an error thrown by a command into the page's answer: field and form messages in the
 * visitor's language with the right status, the typed values kept. Sign-in and two-step
 * requirements become redirects; anything that is not an AppError is a real failure (500).
 */
export function failureState(error: unknown, request: Request, t: Translate, values: Record<string, string>, intent?: string) {
  if (!(error instanceof AppError)) throw error;
  if (error.code === 'unauthenticated') throw signInRedirect(request);
  if (error.code === 'two_factor_required') throw redirect('/account/two-factor?required=1');
  const state: FormState = { formErrors: [], fieldErrors: {}, values: keepValues(values), ...(intent ? { intent } : {}) };
  if (error.code === 'validation_failed' && error.fields) {
    for (const [field, problems] of Object.entries(error.fields)) {
      const messages = problems.map((p) => t(p.key, p.values));
      if (field === '_form') state.formErrors.push(...messages);
      else state.fieldErrors[field] = messages;
    }
  } else {
    state.formErrors.push(t(`errors:code.${error.code}`, { seconds: error.retryAfterSeconds ?? 60 }));
  }
  const headers: Record<string, string> = error.retryAfterSeconds ? { 'Retry-After': String(error.retryAfterSeconds) } : {};
  return { state, status: STATUS_OF[error.code], headers };
}

export function formFailure(error: unknown, request: Request, t: Translate, values: Record<string, string>, intent?: string) {
  const { state, status, headers } = failureState(error, request, t, values, intent);
  return data(state, { status, headers });
}

/** Appends Set-Cookie lines from an account command to a redirect. */
export function redirectWithCookies(to: string, setCookies: string[], extra: string[] = []): Response {
  const headers = new Headers();
  for (const cookie of [...setCookies, ...extra]) headers.append('Set-Cookie', cookie);
  return redirect(to, { headers });
}

/**
 * The shape of every form action: read the form, run the command, and answer a domain error
 * with the page's field and form messages. `intentOf` names which form of the page failed.
 */
export async function handleForm<T>(
  request: Request,
  context: AppLoadContext,
  run: (form: Record<string, string>, t: Translate) => Promise<T>,
  intentOf?: (form: Record<string, string>) => string | undefined,
) {
  const { t } = await getTranslator(request, context);
  const form = await readForm(request);
  try {
    return await run(form, t);
  } catch (error) {
    return formFailure(error, request, t, form, intentOf?.(form));
  }
}

/** An action result that also sets cookies (a rotated session after a security change). */
export function dataWithCookies<T>(value: T, setCookies: string[]) {
  const headers = new Headers();
  for (const cookie of setCookies) headers.append('Set-Cookie', cookie);
  return data(value, { headers });
}
