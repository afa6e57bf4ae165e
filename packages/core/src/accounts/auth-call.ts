import { AppError } from '../errors.ts';
import type { Locale } from '../i18n/locales.ts';
import { fieldError } from '../validation.ts';

/** What a request contributes to an account command. */
export interface RequestMeta {
  /** The incoming request's headers (cookies included). */
  headers: Headers;
  /** The client's address, used only as a rate-limit key (hashed), never stored. */
  clientAddress: string;
  requestId: string;
  locale: Locale;
}

/** A command result plus the cookies the response must set. */
export interface WithCookies<T> {
  value: T;
  setCookies: string[];
}

interface BetterAuthErrorLike {
  status?: string | number;
  statusCode?: number;
  body?: { code?: string; message?: string };
}

export function authErrorCode(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'body' in error) return (error as BetterAuthErrorLike).body?.code;
  return undefined;
}

/**
 * Maps better-auth's error codes to ours. Codes a person can act on become field errors or
 * specific AppErrors; anything unexpected is rethrown (and logged as a 500).
 */
export function toAppError(error: unknown, fieldForPassword = 'password'): unknown {
  const code = authErrorCode(error);
  switch (code) {
    case 'INVALID_EMAIL_OR_PASSWORD':
      return new AppError('invalid_credentials');
    case 'EMAIL_NOT_VERIFIED':
      return new AppError('email_not_verified');
    case 'INVALID_PASSWORD':
      return fieldError(fieldForPassword, 'validation:currentPasswordWrong');
    case 'PASSWORD_TOO_SHORT':
      return fieldError(fieldForPassword, 'validation:passwordTooShort', { min: 10 });
    case 'PASSWORD_TOO_LONG':
      return fieldError(fieldForPassword, 'validation:tooLong', { max: 128 });
    case 'INVALID_TOKEN':
    case 'TOKEN_EXPIRED':
    case 'INVALID_TWO_FACTOR_COOKIE':
      return new AppError('gone');
    case 'INVALID_CODE':
      return fieldError('code', 'validation:totpCode');
    case 'INVALID_BACKUP_CODE':
      return fieldError('code', 'validation:backupCode');
    case 'ACCOUNT_TEMPORARILY_LOCKED':
    case 'TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE':
      return new AppError('rate_limited', code, { retryAfterSeconds: 15 * 60 });
    case 'SESSION_EXPIRED':
    case 'UNAUTHORIZED':
      return new AppError('unauthenticated');
    default:
      return error;
  }
}

/** Runs an `auth.api.*` call that returns headers and collects its Set-Cookie lines. */
export async function callAuth<T>(call: () => Promise<{ headers: Headers; response: T }>, fieldForPassword?: string): Promise<WithCookies<T>> {
  try {
    const { headers, response } = await call();
    return { value: response, setCookies: headers.getSetCookie() };
  } catch (error) {
    throw toAppError(error, fieldForPassword);
  }
}
