/**
 * Redaction of personal data in report text. Inputs come from a person's phone: account names,
 * settings, URLs and host names can carry e-mail addresses and phone numbers, and reports are
 * printed, shared with support workers and stored. Those values add nothing to a finding, so
 * they are replaced with `[email]` and `[phone]` before a report is built.
 *
 * The phone rule errs towards redacting: any stand-alone run of 7 to 15 digits, optionally with
 * a leading + or 00 and the usual separators, that is not an IPv4 address. Digits inside a
 * longer token (hex hashes, package names) are left alone.
 */
import { parseIpv4 } from '../util/ip.ts';

const EMAIL_RE = /[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/gi;
const PHONE_RE = /(?<![\w.])(?:\+|00)?\(?\d(?:[\s().-]{0,2}\d){6,16}(?![\w.])/g;

export const EMAIL_PLACEHOLDER = '[email]';
export const PHONE_PLACEHOLDER = '[phone]';

export function redactText(text: string): string {
  const withoutEmails = text.replace(EMAIL_RE, EMAIL_PLACEHOLDER);
  return withoutEmails.replace(PHONE_RE, (match) => {
    if (parseIpv4(match) !== undefined) return match;
    const digits = match.replace(/\D/g, '').length;
    return digits >= 7 && digits <= 15 ? PHONE_PLACEHOLDER : match;
  });
}
