import { buildIndex, echapProvenance, type Feed, type FeedProvenance, type IndexStats, type IndicatorIndex, parseEchapYaml, parseSamplesCsv } from '@destalk/ioc';
import type { FeedFile } from './feed-source.ts';

/** Parses stored or fetched feed files into feeds (errors name the file and line). */
export function parseFeedFiles(files: Array<Pick<FeedFile, 'fileName' | 'kind' | 'content'>>, provenance: FeedProvenance): Feed[] {
  return files.map((file) => {
    if (file.kind === 'samples-csv') return parseSamplesCsv(file.content, { file: file.fileName, provenance });
    return parseEchapYaml(file.content, { file: file.fileName, provenance, defaultType: file.fileName.startsWith('watchware') ? 'watchware' : 'stalkerware' });
  });
}

export function indexOf(feeds: Feed[]): { index: IndicatorIndex; stats: IndexStats; warnings: number } {
  const index = buildIndex(feeds);
  const warnings = feeds.reduce((n, f) => n + f.warnings.length, 0) + index.warnings.length;
  return { index, stats: index.stats(), warnings };
}

export function provenanceFor(version: string, date: string): FeedProvenance {
  return echapProvenance({ version, date });
}
