/**
 * TinyCheck IOC JSON, as TinyCheck's watchers fetch it:
 * `{"iocs": [{"type": "domain", "tag": "stalkerware", "tlp": "white", "value": "x"}], "to_delete": [...]}`.
 *
 * TinyCheck indicators carry no app name, only a tag, so each tag becomes one anonymous app.
 * When another feed attributes the same indicator to a named app, the index prefers the named
 * one. Types this library cannot match exactly (cidr, freedns, ns, tld, snort) are counted in a
 * warning: they are broad network heuristics, not indicators of one app.
 */
import { IocInputError } from '../errors.ts';
import { DEFAULT_LIMITS } from '../limits.ts';
import { parseJsonText } from './json-text.ts';
import { checkFeedSize, feedText } from './provenance.ts';
import type { Feed, FeedApp, FeedParseOptions, FeedWarning } from './types.ts';
import { emptyApp } from './types.ts';

export interface TinyCheckOptions extends FeedParseOptions {
  file?: string;
}

export function parseTinyCheck(source: string | Uint8Array, options: TinyCheckOptions): Feed {
  const file = options.file ?? 'indicators-for-tinycheck.json';
  checkFeedSize(source, options.maxBytes ?? DEFAULT_LIMITS.maxFeedBytes, file);
  const data = parseJsonText(feedText(source), 'feed_malformed', file);
  const iocs = (data as { iocs?: unknown } | null)?.iocs;
  if (typeof data !== 'object' || data === null || !Array.isArray(iocs)) {
    throw new IocInputError('feed_malformed', 'A TinyCheck feed must be a JSON object with an "iocs" list', { file });
  }
  const apps = new Map<string, FeedApp>();
  const skipped = new Map<string, number>();
  iocs.forEach((raw, i) => {
    const ioc = raw as Record<string, unknown> | null;
    const where = { file, objectId: `iocs[${i}]` };
    if (typeof ioc !== 'object' || ioc === null || typeof ioc['type'] !== 'string' || typeof ioc['value'] !== 'string') {
      throw new IocInputError('feed_malformed', 'Each TinyCheck IOC needs string "type" and "value"', where);
    }
    const tag = typeof ioc['tag'] === 'string' && ioc['tag'] !== '' ? ioc['tag'] : 'stalkerware';
    let app = apps.get(tag);
    if (app === undefined) {
      app = { ...emptyApp(`Unnamed ${tag} (TinyCheck feed)`, tag.toLowerCase() === 'watchware' ? 'watchware' : 'stalkerware', { objectId: `tag:${tag}` }), anonymous: true };
      apps.set(tag, app);
    }
    const value = ioc['value'].trim();
    switch (ioc['type']) {
      case 'domain':
        app.network.domains.push(value);
        break;
      case 'ip4addr':
      case 'ip6addr':
        app.network.ips.push(value);
        break;
      case 'sha1cert':
        app.certificates.push(value);
        break;
      default:
        skipped.set(ioc['type'], (skipped.get(ioc['type']) ?? 0) + 1);
    }
  });
  const warnings: FeedWarning[] = [...skipped].map(([type, count]) => ({
    message: `${count} TinyCheck IOC(s) of type "${type}" skipped: not an exact indicator`,
    location: { objectId: `type:${type}` },
  }));
  return { id: options.id ?? `tinycheck:${file}`, kind: 'tinycheck', provenance: options.provenance, apps: [...apps.values()], fileHashes: [], warnings };
}
