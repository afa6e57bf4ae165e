/**
 * Feed provenance: every feed carries where it came from and its licence, because the Echap
 * indicators are CC BY 4.0 and every report built from them must credit them.
 */
import { IocInputError } from '../errors.ts';
import type { FeedProvenance } from './types.ts';

export const ECHAP_REPOSITORY_URL = 'https://github.com/AssoEchap/stalkerware-indicators';
export const ECHAP_ATTRIBUTION = 'Stalkerware indicators by Echap (AssoEchap/stalkerware-indicators), CC BY 4.0';
export const ECHAP_LICENCE = 'CC-BY-4.0';

/** Provenance of an Echap stalkerware-indicators snapshot. */
export function echapProvenance(snapshot: { version?: string; date?: string } = {}): FeedProvenance {
  return {
    source: ECHAP_REPOSITORY_URL,
    ...(snapshot.version === undefined ? {} : { version: snapshot.version }),
    ...(snapshot.date === undefined ? {} : { date: snapshot.date }),
    licence: ECHAP_LICENCE,
    attribution: ECHAP_ATTRIBUTION,
    url: ECHAP_REPOSITORY_URL,
  };
}

/**
 * Reads a provenance sidecar (`provenance.json` next to a feed): a JSON object with `source`,
 * `licence`, `attribution` and optional `version`, `date`, `url`. `retrievedAt` and `commit`
 * are accepted as synonyms of `date` and `version`.
 */
export function parseProvenanceSidecar(text: string, file = 'provenance.json'): FeedProvenance {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new IocInputError('feed_malformed', `Provenance sidecar is not valid JSON: ${(error as Error).message}`, { file }, { cause: error });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new IocInputError('feed_malformed', 'Provenance sidecar must be a JSON object', { file });
  }
  const record = data as Record<string, unknown>;
  const text_ = (key: string): string | undefined => {
    const value = record[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw new IocInputError('feed_malformed', `Provenance field "${key}" must be a string`, { file, objectId: key });
    return value;
  };
  const source = text_('source');
  const licence = text_('licence') ?? text_('license');
  const attribution = text_('attribution');
  if (source === undefined || licence === undefined || attribution === undefined) {
    throw new IocInputError('feed_malformed', 'Provenance sidecar needs "source", "licence" and "attribution"', { file });
  }
  const version = text_('version') ?? text_('commit');
  const date = text_('date') ?? text_('retrievedAt');
  const url = text_('url');
  return {
    source,
    licence,
    attribution,
    ...(version === undefined ? {} : { version }),
    ...(date === undefined ? {} : { date }),
    ...(url === undefined ? {} : { url }),
  };
}

/** Feed bytes must be checked before parsing so a huge upload never reaches the parser. */
export function checkFeedSize(source: string | Uint8Array, maxBytes: number, file: string): void {
  const size = typeof source === 'string' ? Buffer.byteLength(source) : source.byteLength;
  if (size > maxBytes) {
    throw new IocInputError('feed_too_large', `Feed is ${size} bytes, more than the limit of ${maxBytes} bytes`, { file });
  }
}

export function feedText(source: string | Uint8Array): string {
  const text = typeof source === 'string' ? source : Buffer.from(source.buffer, source.byteOffset, source.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
