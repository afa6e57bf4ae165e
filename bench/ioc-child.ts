/**
 * Child process for the ioc benchmarks, so that each measurement runs alone in a fresh process
 * (its peak RSS is the scanner's own, and feed loading is measured cold).
 *
 *   ioc-child scan <capture> <feeds-dir>   scan a capture, print JSON with times, stats, maxRSS
 *   ioc-child load <feeds-dir>             load the feeds once, print JSON with the time
 */
import { buildIndex, loadEchapFeeds, scanPcapFile } from '../packages/ioc/src/index.ts';

async function main(): Promise<void> {
  const [mode, ...args] = process.argv.slice(2);
  if (mode === 'load') {
    const start = performance.now();
    const index = buildIndex(await loadEchapFeeds(args[0] as string));
    const loadMs = performance.now() - start;
    process.stdout.write(`${JSON.stringify({ loadMs, apps: index.apps.size })}\n`);
    return;
  }
  if (mode === 'scan') {
    const loadStart = performance.now();
    const index = buildIndex(await loadEchapFeeds(args[1] as string));
    const loadMs = performance.now() - loadStart;
    const scanStart = performance.now();
    const result = await scanPcapFile(args[0] as string, index);
    const scanMs = performance.now() - scanStart;
    const findings = result.findings.map((f) => `${f.kind} ${f.app?.name} ${f.indicator?.value} x${f.occurrences}`);
    process.stdout.write(`${JSON.stringify({ loadMs, scanMs, stats: result.input.stats, findings, maxRssKb: process.resourceUsage().maxRSS })}\n`);
    return;
  }
  throw new Error(`unknown mode ${String(mode)}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
