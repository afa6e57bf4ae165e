/**
 * Parser for Echap's `ioc.yaml` and `watchware.yaml`: a list of apps, each with
 * name, names, type, packages, certificates, websites, distribution, c2 (ips — also spelled
 * `ip` in a few entries — and domains), certificate_organizations, certificate_cname_re and
 * ios_bundles.
 *
 * Unknown keys are kept out of the model but reported as warnings, so a new field in a future
 * snapshot is noticed rather than silently ignored. A wrong shape (not a list, an app without a
 * name, a list field holding a mapping, an unknown `type`) is an error naming the line.
 */
import YAML from 'yaml';
import { IocInputError } from '../errors.ts';
import { DEFAULT_LIMITS } from '../limits.ts';
import { checkFeedSize, feedText } from './provenance.ts';
import type { AppType, Feed, FeedApp, FeedParseOptions, FeedWarning } from './types.ts';
import { emptyApp } from './types.ts';
import { parseYamlSubset, UnsupportedYaml, type ParsedYaml } from './yaml-subset.ts';

export interface EchapYamlOptions extends FeedParseOptions {
  /** File name used in error locations and the default feed id. */
  file?: string;
  /** Type for apps that do not state one (ioc.yaml: stalkerware, watchware.yaml: watchware). */
  defaultType?: AppType;
}

const LIST_FIELDS = {
  names: 'aliases',
  packages: 'packages',
  ios_bundles: 'iosBundles',
  certificates: 'certificates',
  certificate_organizations: 'certificateOrganizations',
  certificate_cname_re: 'certificateCnPatterns',
  websites: 'websites',
  distribution: 'distribution',
} as const satisfies Record<string, keyof FeedApp>;

const APP_TYPES: readonly string[] = ['stalkerware', 'watchware'];

/** Parses YAML text with the fast subset parser, falling back to the `yaml` library. */
export function parseFeedYaml(text: string, file: string): ParsedYaml {
  try {
    return parseYamlSubset(text);
  } catch (error) {
    if (!(error instanceof UnsupportedYaml)) throw error;
  }
  const lineCounter = new YAML.LineCounter();
  const doc = YAML.parseDocument(text, { schema: 'failsafe', lineCounter, uniqueKeys: true, prettyErrors: false });
  const first = doc.errors[0];
  if (first !== undefined) {
    const line = lineCounter.linePos(first.pos[0]).line;
    throw new IocInputError('feed_malformed', `Invalid YAML: ${first.message.split('\n')[0]}`, { file, line }, { cause: first });
  }
  const value: unknown = doc.toJS({ maxAliasCount: 100 });
  const itemLines: number[] = [];
  if (YAML.isSeq(doc.contents)) {
    for (const item of doc.contents.items) {
      const range = (item as { range?: [number, number, number] } | null)?.range;
      itemLines.push(range === undefined ? 0 : lineCounter.linePos(range[0]).line);
    }
  }
  return { value, itemLines };
}

function stringList(value: unknown, field: string, where: { file: string; line: number; objectId: string }): string[] {
  if (value === '' || value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    throw new IocInputError('feed_malformed', `Field "${field}" must be a list of strings`, where);
  }
  return value.map((item) => {
    if (typeof item !== 'string') throw new IocInputError('feed_malformed', `Field "${field}" must contain only strings`, where);
    return item.trim();
  }).filter((item) => item.length > 0);
}

function readApp(raw: unknown, index: number, line: number, file: string, options: EchapYamlOptions, warnings: FeedWarning[]): FeedApp {
  const where = { file, line, objectId: `#${index + 1}` };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new IocInputError('feed_malformed', `App #${index + 1} must be a mapping`, where);
  }
  const record = raw as Record<string, unknown>;
  const name = record['name'];
  if (typeof name !== 'string' || name.trim() === '') {
    throw new IocInputError('feed_malformed', `App #${index + 1} has no "name"`, where);
  }
  const appWhere = { file, line, objectId: name.trim() };
  const typeValue = record['type'] ?? options.defaultType;
  if (typeof typeValue !== 'string' || !APP_TYPES.includes(typeValue)) {
    throw new IocInputError('feed_malformed', `App "${name}" has type "${String(typeValue)}", expected stalkerware or watchware`, appWhere);
  }
  const app = emptyApp(name.trim(), typeValue as AppType, { line, objectId: name.trim() });
  for (const [key, value] of Object.entries(record)) {
    if (key === 'name' || key === 'type') continue;
    if (key === 'c2') {
      readC2(value, app, appWhere, warnings);
      continue;
    }
    const target = (LIST_FIELDS as Record<string, keyof typeof app | undefined>)[key];
    if (target === undefined) {
      warnings.push({ message: `Unknown field "${key}" in app "${app.name}" ignored`, location: { line, objectId: app.name } });
      continue;
    }
    (app[target] as string[]).push(...stringList(value, key, appWhere));
  }
  return app;
}

function readC2(value: unknown, app: FeedApp, where: { file: string; line: number; objectId: string }, warnings: FeedWarning[]): void {
  if (value === '' || value === null || value === undefined) return;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new IocInputError('feed_malformed', 'Field "c2" must be a mapping with "ips" and/or "domains"', where);
  }
  for (const [key, list] of Object.entries(value as Record<string, unknown>)) {
    if (key === 'ips' || key === 'ip') app.c2.ips.push(...stringList(list, `c2.${key}`, where));
    else if (key === 'domains') app.c2.domains.push(...stringList(list, 'c2.domains', where));
    else warnings.push({ message: `Unknown field "c2.${key}" in app "${app.name}" ignored`, location: { line: where.line, objectId: app.name } });
  }
}

/** Parses one Echap YAML feed (`ioc.yaml` or `watchware.yaml`). */
export function parseEchapYaml(source: string | Uint8Array, options: EchapYamlOptions): Feed {
  const file = options.file ?? 'ioc.yaml';
  checkFeedSize(source, options.maxBytes ?? DEFAULT_LIMITS.maxFeedBytes, file);
  const { value, itemLines } = parseFeedYaml(feedText(source), file);
  if (!Array.isArray(value)) {
    throw new IocInputError('feed_malformed', 'An Echap feed must be a YAML list of apps', { file, line: 1 });
  }
  const warnings: FeedWarning[] = [];
  const apps = value.map((raw, i) => readApp(raw, i, itemLines[i] ?? 0, file, options, warnings));
  return {
    id: options.id ?? `echap:${file}`,
    kind: 'echap-yaml',
    provenance: options.provenance,
    apps,
    fileHashes: [],
    warnings,
  };
}
