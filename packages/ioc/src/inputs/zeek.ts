/**
 * Zeek logs: dns.log (query, answers), ssl.log (server_name), http.log (host, uri) and
 * conn.log (the responder address), in Zeek's TSV format (`#separator`, `#fields` headers) or
 * as JSON lines. Streamed line by line, so multi-gigabyte conn.logs use constant memory.
 */
import { IocInputError } from '../errors.ts';
import type { IndicatorIndex } from '../index/indicator-index.ts';
import type { ObservationVia, ScanResult } from '../report/model.ts';
import { FindingCollector } from '../scan/collector.ts';
import { NetworkMatcher } from '../scan/network.ts';
import { forEachLine, type TextSource } from '../util/text-source.ts';
import { textReadOptions, type InputOptions } from './options.ts';
import { stripPort } from './pcap/http.ts';

export type ZeekLogType = 'dns' | 'ssl' | 'http' | 'conn';

export interface ZeekOptions extends InputOptions {
  /** The log type; read from the `#path` header (TSV) or guessed from the fields (JSON) otherwise. */
  logType?: ZeekLogType;
}

type Row = (field: string) => string | undefined;

const VIA: Record<ZeekLogType, ObservationVia> = { dns: 'zeek_dns', ssl: 'zeek_ssl', http: 'zeek_http', conn: 'zeek_conn' };

function guessType(fields: readonly string[]): ZeekLogType | undefined {
  if (fields.includes('query')) return 'dns';
  if (fields.includes('server_name')) return 'ssl';
  if (fields.includes('uri') || fields.includes('method')) return 'http';
  if (fields.includes('conn_state') || fields.includes('proto')) return 'conn';
  return undefined;
}

function unescapeSeparator(text: string): string {
  return text.replace(/\\x([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function timeOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

function matchRow(type: ZeekLogType, get: Row, setSeparator: string, matcher: NetworkMatcher, line: number): void {
  const via = VIA[type];
  const details = { via, line };
  const time = timeOf(get('ts'));
  switch (type) {
    case 'dns': {
      const query = get('query');
      if (query !== undefined) matcher.host(query, details, time);
      for (const answer of (get('answers') ?? '').split(setSeparator)) if (answer !== '') matcher.host(answer, details, time);
      return;
    }
    case 'ssl': {
      const sni = get('server_name');
      if (sni !== undefined) matcher.host(sni, details, time);
      break;
    }
    case 'http': {
      const host = get('host');
      if (host !== undefined) {
        const bare = stripPort(host);
        matcher.host(bare, details, time);
        const uri = get('uri');
        if (uri !== undefined) matcher.url(uri.startsWith('/') ? `http://${host}${uri}` : uri, details, time);
      }
      break;
    }
    case 'conn':
      break;
  }
  const responder = get('id.resp_h');
  if (responder !== undefined) matcher.ip(responder, details, time);
}

export async function scanZeekLog(source: TextSource, index: IndicatorIndex, options: ZeekOptions = {}): Promise<ScanResult> {
  const read = textReadOptions(options, 'zeek.log');
  const collector = new FindingCollector(read.file);
  const matcher = new NetworkMatcher(index, collector);
  let type = options.logType;
  let separator = '\t';
  let setSeparator = ',';
  let unset = '-';
  let empty = '(empty)';
  let fields: string[] | undefined;
  let mode: 'unknown' | 'tsv' | 'json' = 'unknown';
  let rows = 0;
  const fail = (message: string, line: number): never => {
    throw new IocInputError('input_malformed', message, { file: read.file, line });
  };

  await forEachLine(source, read, (text, line) => {
    if (text.trim() === '') return;
    if (mode !== 'json' && text.startsWith('#')) {
      mode = 'tsv';
      if (text.startsWith('#separator ')) separator = unescapeSeparator(text.slice('#separator '.length));
      const [key, ...values] = text.split(separator);
      if (key === '#set_separator') setSeparator = values[0] ?? ',';
      else if (key === '#unset_field') unset = values[0] ?? '-';
      else if (key === '#empty_field') empty = values[0] ?? '(empty)';
      else if (key === '#path' && options.logType === undefined) type = values[0] as ZeekLogType;
      else if (key === '#fields') fields = values;
      return;
    }
    if (mode === 'unknown') mode = text.trimStart().startsWith('{') ? 'json' : 'tsv';
    let get: Row;
    if (mode === 'json') {
      let record: Record<string, unknown>;
      try {
        record = JSON.parse(text) as Record<string, unknown>;
      } catch {
        return fail('Line is not a JSON object', line);
      }
      if (typeof record !== 'object' || record === null) return fail('Line is not a JSON object', line);
      type ??= guessType(Object.keys(record));
      get = (field) => {
        const value = record[field];
        if (Array.isArray(value)) return value.map(String).join(setSeparator);
        return value === undefined || value === null ? undefined : String(value);
      };
    } else {
      if (fields === undefined) return fail('Zeek TSV data before the #fields header', line);
      const values = text.split(separator);
      const names = fields;
      get = (field) => {
        const i = names.indexOf(field);
        const value = i === -1 ? undefined : values[i];
        return value === undefined || value === unset || value === empty ? undefined : value;
      };
      type ??= guessType(names);
    }
    if (type === undefined || !(type in VIA)) return fail(`Unsupported Zeek log type "${String(type)}": expected dns, ssl, http or conn`, line);
    rows++;
    matchRow(type, get, setSeparator, matcher, line);
  });
  return { input: { name: read.file, kind: `zeek-${type ?? 'unknown'}`, stats: { rows } }, findings: collector.findings() };
}
