import { AppError, type AppErrorCode } from '@destalk/core/errors';
import { data, redirect } from 'react-router';

/** The one mapping from AppError codes to HTTP statuses. */
export const STATUS_OF: Record<AppErrorCode, number> = {
  bad_request: 400,
  validation_failed: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  rate_limited: 429,
  two_factor_required: 403,
  email_not_verified: 403,
  invalid_credentials: 401,
  internal: 500,
};

export function signInRedirect(request: Request): Response {
  const url = new URL(request.url);
  const back = url.pathname.endsWith('.data') ? url.pathname.slice(0, -'.data'.length) : url.pathname;
  return redirect(`/sign-in?redirectTo=${encodeURIComponent(back)}`);
}

/**
 * Turns a domain error thrown in a loader into what React Router should do: send people who are
 * not signed in to sign-in, coordinators and admins without a second factor to set one up, and
 * everything else to the error page of its status. Other errors propagate (a 500).
 */
export function loaderError(error: unknown, request: Request): never {
  if (error instanceof AppError) {
    if (error.code === 'unauthenticated') throw signInRedirect(request);
    if (error.code === 'two_factor_required') throw redirect('/account/two-factor?required=1');
    throw data({ code: error.code }, { status: STATUS_OF[error.code] });
  }
  throw error;
}
