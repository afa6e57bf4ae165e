import { importFeeds } from '@destalk/core/stalkerware/commands/import-feeds';
import { fetchFeeds } from '@destalk/core/stalkerware/feed-source';
import { activeIndicatorIndex } from '@destalk/core/stalkerware/indicator-cache';
import { buildIndex, createReport, type IndicatorIndex, loadEchapFeeds, renderReportHtml, renderReportJson } from '@destalk/ioc';
import { Command, Option } from 'commander';
import { EXIT } from '../exit-codes.ts';
import { CliError, describeFailure } from '../failure.ts';
import { withPlatform } from '../platform.ts';
import { renderReportText } from '../report-text.ts';
import { INPUT_KINDS, scanPath } from '../scan-input.ts';

export function registerIoc(program: Command) {
  const ioc = program.command('ioc').description('Stalkerware indicators: import feeds, check inputs from the command line.');

  ioc
    .command('update')
    .description('Import the Echap stalkerware-indicators files (ioc.yaml, watchware.yaml, samples.csv) into the platform.')
    .requiredOption('--from <path|url>', 'a folder with the files, or a base URL such as the raw files of the Echap repository')
    .option('--version <label>', 'the snapshot version to record (e.g. the git commit); default: a digest of the files')
    .action(async (options: { from: string; version?: string }) => {
      await withPlatform(async (platform) => {
        const fetched = await fetchFeeds(options.from);
        const imported = await importFeeds(platform, fetched, options.version ? { version: options.version } : {});
        for (const f of imported.files) process.stdout.write(`  ${f.fileName.padEnd(16)} ${String(f.bytes).padStart(9)} bytes  sha256 ${f.sha256.slice(0, 16)}\n`);
        const c = imported.counts;
        process.stdout.write(
          `${imported.changed ? 'imported' : 'unchanged (already the active set)'}: version ${imported.version}\n` +
            `  ${c.apps} apps, ${c.packages} packages, ${c.certificates} certificates, ${c.fileHashes} file hashes, ${c.domains} domains, ${c.ipv4 + c.ipv6} IP addresses, ${c.urls} URLs` +
            `${imported.warnings ? `, ${imported.warnings} entries skipped with a warning` : ''}\n` +
            '  source: Stalkerware indicators by Echap (AssoEchap/stalkerware-indicators), CC BY 4.0 — https://github.com/AssoEchap/stalkerware-indicators\n',
        );
      });
    });

  ioc
    .command('scan')
    .description('Check inputs against the indicators. Exit code 0: no known indicator found; 1: findings; 2: error.')
    .argument('<inputs...>', 'androidqf folders or zips, `pm list packages` output, package lists, pcap/pcapng captures, Zeek logs, lists of domains or IPs')
    .option('--iocs <path>', 'use the Echap files in this folder instead of the platform’s imported feeds')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'html']).default('text'))
    .addOption(new Option('--kind <kind>', 'treat every input as this kind instead of guessing').choices([...INPUT_KINDS]))
    .action(async (inputs: string[], options: { iocs?: string; format: 'text' | 'json' | 'html'; kind?: (typeof INPUT_KINDS)[number] }) => {
      const scan = async (index: IndicatorIndex) => {
        const results = [];
        for (const input of inputs) results.push(await scanPath(input, index, { kind: options.kind, progress: process.stderr }));
        return createReport(results, { feeds: index.feeds });
      };
      // Exit code 1 means "findings" here, so every failure of a scan exits with 2.
      const report = await (options.iocs
        ? scan(buildIndex(await loadEchapFeeds(options.iocs)))
        : withPlatform(async (platform) => {
            const index = await activeIndicatorIndex(platform);
            if (!index) throw new Error('no indicator feed is imported yet: run `destalk ioc update --from …` or pass --iocs <folder>');
            return scan(index);
          })
      ).catch((error: unknown) => {
        throw new CliError(describeFailure(error).message, EXIT.usage);
      });
      const out = options.format === 'json' ? renderReportJson(report) : options.format === 'html' ? renderReportHtml(report) : renderReportText(report);
      process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
      process.exitCode = report.findings.length > 0 ? EXIT.failed : EXIT.ok;
    });
}
