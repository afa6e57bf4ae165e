/**
 * Parser for Echap's `samples.csv`: `SHA256,Package Name,Certificate,Version,App`.
 *
 * Only the SHA-256 becomes an indicator. The package name and certificate of a sample are kept
 * as context for the finding, not indexed: Echap itself does not publish them as indicators
 * (its STIX bundle has none of them), and some are generic names (`com.android.system`) that
 * would raise false alarms on their own. See docs/decisions/0010.
 */
import { IocInputError } from '../errors.ts';
import { DEFAULT_LIMITS } from '../limits.ts';
import { normalizeHex } from '../util/hex.ts';
import { checkFeedSize, feedText } from './provenance.ts';
import type { Feed, FeedFileHash, FeedParseOptions } from './types.ts';

export interface SamplesCsvOptions extends FeedParseOptions {
  file?: string;
}

const EXPECTED_HEADER = ['sha256', 'package name', 'certificate', 'version', 'app'];

/** Splits one CSV record (RFC 4180 quoting; no embedded newlines in this feed). */
export function splitCsvLine(line: string, where: { file: string; line: number }): string[] {
  if (!line.includes('"')) return line.split(',');
  const fields: string[] = [];
  let field = '';
  let i = 0;
  let inQuotes = false;
  while (i < line.length) {
    const ch = line[i] as string;
    if (inQuotes) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') inQuotes = false;
      else field += ch;
    } else if (ch === '"' && field === '') inQuotes = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
    i++;
  }
  if (inQuotes) throw new IocInputError('feed_malformed', 'Unterminated quoted CSV field', where);
  fields.push(field);
  return fields;
}

/** Parses `samples.csv` into file-hash indicators. */
export function parseSamplesCsv(source: string | Uint8Array, options: SamplesCsvOptions): Feed {
  const file = options.file ?? 'samples.csv';
  checkFeedSize(source, options.maxBytes ?? DEFAULT_LIMITS.maxFeedBytes, file);
  const lines = feedText(source).split('\n');
  const header = splitCsvLine((lines[0] ?? '').replace(/\r$/, ''), { file, line: 1 }).map((h) => h.trim().toLowerCase());
  if (header.length !== EXPECTED_HEADER.length || header.some((h, i) => h !== EXPECTED_HEADER[i])) {
    throw new IocInputError('feed_malformed', `samples.csv header must be "SHA256,Package Name,Certificate,Version,App", found "${lines[0] ?? ''}"`, { file, line: 1 });
  }
  const fileHashes: FeedFileHash[] = [];
  for (let i = 1; i < lines.length; i++) {
    let text = lines[i] as string;
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (text.length === 0 || text.trim() === '') continue;
    const where = { file, line: i + 1 };
    const fields = splitCsvLine(text, where);
    if (fields.length !== 5) {
      throw new IocInputError('feed_malformed', `Expected 5 fields, found ${fields.length}`, where);
    }
    const sha256 = (fields[0] as string).trim();
    const hash = normalizeHex(sha256);
    if (hash === undefined || hash.length !== 64) {
      throw new IocInputError('feed_malformed', `"${sha256}" is not a SHA-256 hash`, where);
    }
    const appName = (fields[4] as string).trim();
    if (appName === '') throw new IocInputError('feed_malformed', 'Sample has no app name', where);
    const entry: FeedFileHash = { algorithm: 'sha256', value: sha256, appName, location: { line: i + 1 } };
    const packageName = (fields[1] as string).trim();
    const certificate = (fields[2] as string).trim();
    const version = (fields[3] as string).trim();
    if (packageName !== '') entry.packageName = packageName;
    if (certificate !== '') entry.certificate = certificate;
    if (version !== '') entry.version = version;
    fileHashes.push(entry);
  }
  return {
    id: options.id ?? `echap:${file}`,
    kind: 'echap-samples',
    provenance: options.provenance,
    apps: [],
    fileHashes,
    warnings: [],
  };
}
