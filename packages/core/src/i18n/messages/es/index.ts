import certificate from './certificate.ts';
import domain from './domain.ts';
import email from './email.ts';
import errors from './errors.ts';
import roster from './roster.ts';
import validation from './validation.ts';

export const es = { certificate, domain, email, errors, roster, validation } as const;
