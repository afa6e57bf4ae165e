/**
 * The one error type the domain throws. Web maps `code` to an HTTP status (see
 * apps/web/app/lib/errors.server.ts) and to a translated message (`errors.<code>`).
 */
export const APP_ERROR_CODES = [
  'bad_request',
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'gone',
  'rate_limited',
  'two_factor_required',
  'email_not_verified',
  'invalid_credentials',
  'internal',
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/** One field problem: a catalogue key (e.g. `validation:tooLong`) and its ICU values. */
export interface FieldError {
  key: string;
  values?: Record<string, string | number>;
}

/** Field-level problems by field name, translated at the edge. */
export type FieldErrors = Record<string, FieldError[]>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fields?: FieldErrors;
  /** Seconds after which a rate-limited request may be retried. */
  readonly retryAfterSeconds?: number;

  constructor(code: AppErrorCode, message?: string, extra: { fields?: FieldErrors; retryAfterSeconds?: number; cause?: unknown } = {}) {
    super(message ?? code, { cause: extra.cause });
    this.name = 'AppError';
    this.code = code;
    if (extra.fields) this.fields = extra.fields;
    if (extra.retryAfterSeconds !== undefined) this.retryAfterSeconds = extra.retryAfterSeconds;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
