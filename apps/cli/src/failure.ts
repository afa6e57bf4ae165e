import { ConfigError } from '@destalk/core/config/index';
import { AppError } from '@destalk/core/errors';
import { IocInputError } from '@destalk/ioc';
import { createI18n, translatorFor } from '@destalk/core/i18n/translator';
import { coreResources } from '@destalk/core/i18n/messages/index';
import { EXIT } from './exit-codes.ts';

const t = translatorFor(createI18n(coreResources()), 'en');

/** An error that carries the exit code the command wants for it. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** A failure as one readable message and an exit code: no stack trace for expected problems. */
export function describeFailure(error: unknown): { message: string; exitCode: number } {
  if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode };
  if (error instanceof ConfigError) return { message: error.message, exitCode: EXIT.usage };
  if (error instanceof AppError) {
    if (error.code === 'validation_failed' && error.fields) {
      const lines = Object.entries(error.fields).map(([field, problems]) => `  --${field}: ${problems.map((p) => t(p.key, p.values)).join(' ')}`);
      return { message: `invalid input\n${lines.join('\n')}`, exitCode: EXIT.usage };
    }
    // Commands give their own English detail where they have one (the CLI speaks English).
    const message = error.message && error.message !== error.code ? error.message : t(`errors:code.${error.code}`, { seconds: error.retryAfterSeconds ?? 60 });
    const usage = error.code === 'bad_request' || error.code === 'validation_failed';
    return { message, exitCode: usage ? EXIT.usage : EXIT.failed };
  }
  // Unreadable or malformed inputs are the caller's to fix: exit 2, which `ioc scan` keeps apart
  // from 1 ("findings").
  if (error instanceof IocInputError) return { message: error.message, exitCode: EXIT.usage };
  if (error instanceof Error && 'code' in error && typeof error.code === 'string' && /^E[A-Z]+$/.test(error.code)) {
    return { message: error.message, exitCode: EXIT.usage };
  }
  const text = error instanceof Error ? error.message : String(error);
  return { message: text, exitCode: EXIT.failed };
}
