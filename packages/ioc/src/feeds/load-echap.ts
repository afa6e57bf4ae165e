/**
 * Loads an Echap stalkerware-indicators snapshot from a folder: ioc.yaml, watchware.yaml and
 * samples.csv. Sizes are checked with `stat` before a byte is read.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { IocInputError } from '../errors.ts';
import { DEFAULT_LIMITS } from '../limits.ts';
import { parseEchapYaml } from './echap-yaml.ts';
import { echapProvenance, parseProvenanceSidecar } from './provenance.ts';
import { parseSamplesCsv } from './samples-csv.ts';
import type { Feed, FeedProvenance } from './types.ts';

export interface LoadEchapOptions {
  /** Provenance of the snapshot; otherwise read from `provenance.json` in the folder, else the Echap default. */
  provenance?: FeedProvenance;
  maxBytes?: number;
  /** Which files to read; all three by default. */
  files?: { ioc?: boolean; watchware?: boolean; samples?: boolean };
}

async function readBounded(path: string, file: string, maxBytes: number): Promise<Buffer> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw new IocInputError('feed_malformed', `Cannot read feed file: ${(error as Error).message}`, { file }, { cause: error });
  }
  if (size > maxBytes) {
    throw new IocInputError('feed_too_large', `Feed is ${size} bytes, more than the limit of ${maxBytes} bytes`, { file });
  }
  return readFile(path);
}

async function sidecarProvenance(dir: string): Promise<FeedProvenance | undefined> {
  let text: string;
  try {
    text = await readFile(join(dir, 'provenance.json'), 'utf8');
  } catch {
    return undefined;
  }
  return parseProvenanceSidecar(text);
}

/** Reads and parses the Echap feeds in `dir`. */
export async function loadEchapFeeds(dir: string, options: LoadEchapOptions = {}): Promise<Feed[]> {
  const maxBytes = options.maxBytes ?? DEFAULT_LIMITS.maxFeedBytes;
  const wanted = { ioc: true, watchware: true, samples: true, ...options.files };
  const provenance = options.provenance ?? (await sidecarProvenance(dir)) ?? echapProvenance();
  const [ioc, watchware, samples] = await Promise.all([
    wanted.ioc ? readBounded(join(dir, 'ioc.yaml'), 'ioc.yaml', maxBytes) : undefined,
    wanted.watchware ? readBounded(join(dir, 'watchware.yaml'), 'watchware.yaml', maxBytes) : undefined,
    wanted.samples ? readBounded(join(dir, 'samples.csv'), 'samples.csv', maxBytes) : undefined,
  ]);
  const feeds: Feed[] = [];
  if (ioc !== undefined) feeds.push(parseEchapYaml(ioc, { file: 'ioc.yaml', provenance, maxBytes, defaultType: 'stalkerware' }));
  if (watchware !== undefined) feeds.push(parseEchapYaml(watchware, { file: 'watchware.yaml', provenance, maxBytes, defaultType: 'watchware' }));
  if (samples !== undefined) feeds.push(parseSamplesCsv(samples, { file: 'samples.csv', provenance, maxBytes }));
  return feeds;
}
