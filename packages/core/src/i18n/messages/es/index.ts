import domain from './domain.ts';
import email from './email.ts';
import errors from './errors.ts';
import validation from './validation.ts';

export const es = { domain, email, errors, validation } as const;
