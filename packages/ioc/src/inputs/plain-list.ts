/**
 * A plain list of domains, IPs or URLs — one per line, or several separated by spaces or
 * commas (so hosts files and exported browser histories work). `#` starts a comment.
 */
import type { IndicatorIndex } from '../index/indicator-index.ts';
import type { ScanResult } from '../report/model.ts';
import { FindingCollector } from '../scan/collector.ts';
import { NetworkMatcher } from '../scan/network.ts';
import { forEachLine, type TextSource } from '../util/text-source.ts';
import { textReadOptions, type InputOptions } from './options.ts';
import { normalizeDomain } from '../match/domain.ts';
import { parseIp } from '../util/ip.ts';
import { urlKey } from '../index/url-key.ts';

export async function scanPlainList(source: TextSource, index: IndicatorIndex, options: InputOptions = {}): Promise<ScanResult> {
  const read = textReadOptions(options, 'list.txt');
  const collector = new FindingCollector(read.file);
  const matcher = new NetworkMatcher(index, collector);
  const stats = { lines: 0, domains: 0, ips: 0, urls: 0, ignoredTokens: 0 };
  await forEachLine(source, read, (text, line) => {
    stats.lines = line;
    const content = text.replace(/(^|\s)#.*$/, '');
    for (const token of content.split(/[\s,;]+/)) {
      if (token === '') continue;
      const details = { via: 'listed' as const, line };
      if (parseIp(token) !== undefined) {
        stats.ips++;
        matcher.ip(token, details);
      } else if (token.includes('/')) {
        const key = urlKey(token);
        if (key === undefined) {
          stats.ignoredTokens++;
          continue;
        }
        stats.urls++;
        matcher.url(token, details);
        matcher.host(key.split('/')[0] as string, details);
      } else if (normalizeDomain(token) !== undefined) {
        stats.domains++;
        matcher.host(token, details);
      } else stats.ignoredTokens++;
    }
  });
  return { input: { name: read.file, kind: 'plain-list', stats }, findings: collector.findings() };
}
