import certificate from './certificate.ts';
import domain from './domain.ts';
import email from './email.ts';
import errors from './errors.ts';
import eventExport from './event-export.ts';
import report from './report.ts';
import roster from './roster.ts';
import validation from './validation.ts';

export const es = { certificate, domain, email, errors, eventExport, report, roster, validation } as const;
