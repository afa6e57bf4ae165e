/**
 * STIX 2.1 bundles, in the subset MVT reads: indicators with a single comparison pattern
 * (`[domain-name:value = 'x']`, `[ipv4-addr:value = …]`, `[url:value = …]`, `[app:id = …]`,
 * `[app:cert.md5|sha1|sha256 = …]`, `[file:hashes.sha256 = …]` or `[file:hashes.'SHA-256' = …]`),
 * attributed to malware objects through `indicates` relationships or through a report's
 * `object_refs`. Duplicate object ids (present in Echap's bundle) are tolerated.
 *
 * Anything else — compound patterns, other object paths, CIDR ranges — is skipped with a
 * warning naming the indicator id; MVT skips them too, and a partial match language would give
 * wrong answers.
 */
import { IocInputError } from '../errors.ts';
import { DEFAULT_LIMITS } from '../limits.ts';
import { parseJsonText } from './json-text.ts';
import { checkFeedSize, feedText } from './provenance.ts';
import type { Feed, FeedApp, FeedFileHash, FeedParseOptions, FeedWarning } from './types.ts';
import { emptyApp } from './types.ts';

export interface Stix2Options extends FeedParseOptions {
  file?: string;
}

type StixObject = Record<string, unknown> & { type: string; id: string };

const PATTERN_RE = /^\[\s*([a-z0-9-]+):([^\s=]+)\s*=\s*'((?:[^'\\]|\\.)*)'\s*\]$/;
const HASH_NAMES: Record<string, FeedFileHash['algorithm']> = {
  sha256: 'sha256',
  'sha-256': 'sha256',
  sha1: 'sha1',
  'sha-1': 'sha1',
  md5: 'md5',
};

/** The one comparison of a single-comparison STIX pattern, or undefined for anything else. */
export function parseStixPattern(pattern: string): { object: string; path: string; value: string } | undefined {
  const match = PATTERN_RE.exec(pattern.trim());
  if (match === null) return undefined;
  const value = (match[3] as string).replace(/\\(.)/g, '$1');
  return { object: match[1] as string, path: match[2] as string, value };
}

function asObjects(data: unknown, file: string): StixObject[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new IocInputError('feed_malformed', 'A STIX 2 bundle must be a JSON object', { file });
  }
  const bundle = data as Record<string, unknown>;
  if (bundle['type'] !== 'bundle' || !Array.isArray(bundle['objects'])) {
    throw new IocInputError('feed_malformed', 'Expected a STIX bundle: {"type": "bundle", "objects": [...]}', { file });
  }
  return (bundle['objects'] as unknown[]).map((object, i) => {
    const o = object as Record<string, unknown> | null;
    if (typeof o !== 'object' || o === null || typeof o['type'] !== 'string' || typeof o['id'] !== 'string') {
      throw new IocInputError('feed_malformed', `STIX object #${i + 1} has no "type" and "id"`, { file, objectId: `objects[${i}]` });
    }
    return o as StixObject;
  });
}

/** Parses a STIX 2.1 bundle into apps (one per malware or report) and file hashes. */
export function parseStix2(source: string | Uint8Array, options: Stix2Options): Feed {
  const file = options.file ?? 'stalkerware.stix2';
  checkFeedSize(source, options.maxBytes ?? DEFAULT_LIMITS.maxFeedBytes, file);
  const objects = asObjects(parseJsonText(feedText(source), 'feed_malformed', file), file);
  const warnings: FeedWarning[] = [];
  const byId = new Map<string, StixObject>();
  for (const object of objects) {
    if (byId.has(object.id)) continue; // duplicate ids: the first copy wins
    byId.set(object.id, object);
  }

  const apps = new Map<string, FeedApp>();
  const appFor = (id: string): FeedApp => {
    let app = apps.get(id);
    if (app !== undefined) return app;
    const object = byId.get(id) as StixObject;
    const name = typeof object['name'] === 'string' && object['name'].trim() !== '' ? object['name'].trim() : id;
    const description = typeof object['description'] === 'string' ? object['description'] : '';
    app = emptyApp(name, /watchware/i.test(description) ? 'watchware' : 'stalkerware', { objectId: id });
    if (Array.isArray(object['aliases'])) app.aliases = object['aliases'].filter((a): a is string => typeof a === 'string');
    apps.set(id, app);
    return app;
  };

  const targets = new Map<string, Set<string>>();
  const link = (indicatorId: string, appId: string): void => {
    let set = targets.get(indicatorId);
    if (set === undefined) targets.set(indicatorId, (set = new Set()));
    set.add(appId);
  };
  for (const object of byId.values()) {
    if (object.type === 'relationship' && object['relationship_type'] === 'indicates') {
      const from = object['source_ref'];
      const to = object['target_ref'];
      if (typeof from === 'string' && typeof to === 'string' && byId.get(to)?.type === 'malware') link(from, to);
    } else if (object.type === 'report' && Array.isArray(object['object_refs'])) {
      const refs = object['object_refs'].filter((r): r is string => typeof r === 'string');
      const malware = refs.filter((r) => byId.get(r)?.type === 'malware');
      for (const ref of refs) {
        if (byId.get(ref)?.type !== 'indicator') continue;
        if (malware.length === 0) link(ref, object.id);
        for (const m of malware) link(ref, m);
      }
    }
  }

  const fileHashes: FeedFileHash[] = [];
  let unattributed: FeedApp | undefined;
  for (const object of byId.values()) {
    if (object.type !== 'indicator') continue;
    const pattern = typeof object['pattern'] === 'string' ? parseStixPattern(object['pattern']) : undefined;
    if (pattern === undefined) {
      warnings.push({ message: `Indicator ${object.id} has no single-comparison pattern; skipped`, location: { objectId: object.id } });
      continue;
    }
    let owners = [...(targets.get(object.id) ?? [])].map(appFor);
    if (owners.length === 0) {
      unattributed ??= { ...emptyApp('Unattributed STIX indicators', 'stalkerware', { objectId: file }), anonymous: true };
      owners = [unattributed];
    }
    for (const app of owners) {
      if (!addIndicator(app, pattern, object.id, fileHashes)) {
        warnings.push({ message: `Indicator ${object.id} uses unsupported "${pattern.object}:${pattern.path}"; skipped`, location: { objectId: object.id } });
        break;
      }
    }
  }

  const feedApps = [...apps.values()];
  if (unattributed !== undefined) feedApps.push(unattributed);
  return { id: options.id ?? `stix2:${file}`, kind: 'stix2', provenance: options.provenance, apps: feedApps, fileHashes, warnings };
}

function addIndicator(app: FeedApp, p: { object: string; path: string; value: string }, id: string, hashes: FeedFileHash[]): boolean {
  const key = `${p.object}:${p.path}`;
  switch (key) {
    case 'domain-name:value':
      app.network.domains.push(p.value);
      return true;
    case 'ipv4-addr:value':
    case 'ipv6-addr:value':
      if (p.value.includes('/')) return false; // CIDR ranges are not single addresses
      app.network.ips.push(p.value);
      return true;
    case 'url:value':
      app.network.urls.push(p.value);
      return true;
    case 'app:id':
      app.packages.push(p.value);
      return true;
    case 'app:cert.md5':
    case 'app:cert.sha1':
    case 'app:cert.sha256':
      app.certificates.push(p.value);
      return true;
  }
  const hash = /^hashes\.(?:'([^']+)'|([A-Za-z0-9-]+))$/.exec(p.path);
  if (p.object !== 'file' || hash === null) return false;
  const algorithm = HASH_NAMES[(hash[1] ?? hash[2] ?? '').toLowerCase()];
  if (algorithm === undefined) return false;
  hashes.push({ algorithm, value: p.value, appName: app.name, location: { objectId: id } });
  return true;
}
