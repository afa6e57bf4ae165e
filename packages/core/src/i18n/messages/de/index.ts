import certificate from './certificate.ts';
import domain from './domain.ts';
import email from './email.ts';
import errors from './errors.ts';
import validation from './validation.ts';

export const de = { certificate, domain, email, errors, validation } as const;
