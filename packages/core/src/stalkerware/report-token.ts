import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Report } from '@destalk/ioc';

/**
 * A report travels back to the browser (for download and for "save") instead of being kept on
 * the server. Signing it lets the server accept it back unchanged, and only within a day.
 */
const MAX_AGE_MS = 24 * 60 * 60_000;

export function signReport(report: Report, secret: string, now: Date): string {
  const payload = Buffer.from(JSON.stringify({ issuedAt: now.toISOString(), report })).toString('base64url');
  const mac = createHmac('sha256', secret).update(`report:${payload}`).digest('base64url');
  return `${payload}.${mac}`;
}

export function verifyReport(token: string, secret: string, now: Date): Report | undefined {
  const [payload, mac] = token.split('.');
  if (!payload || !mac) return undefined;
  const expected = createHmac('sha256', secret).update(`report:${payload}`).digest();
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  const { issuedAt, report } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { issuedAt: string; report: Report };
  if (now.getTime() - new Date(issuedAt).getTime() > MAX_AGE_MS) return undefined;
  return report;
}
