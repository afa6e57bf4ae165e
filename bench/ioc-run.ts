/**
 * Shared helpers for the ioc benchmarks: bundling the child script, running processes with
 * wall time and peak memory, and printing a budget table.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('..', import.meta.url));
export const FEEDS_DIR = fileURLToPath(new URL('../../shared/data/stalkerware-indicators/', import.meta.url));

/**
 * Bundles bench/ioc-child.ts into one plain JavaScript file, as a built CLI would ship, so the
 * child's memory is the scanner's and not the TypeScript loader's. Falls back to `--import tsx`.
 */
export async function childCommand(tmp: string): Promise<string[]> {
  try {
    const esbuild = await import('esbuild');
    const outfile = join(tmp, 'ioc-child.cjs');
    await esbuild.build({ entryPoints: [join(REPO, 'bench/ioc-child.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'silent' });
    return [process.execPath, outfile];
  } catch {
    return [process.execPath, '--import', 'tsx', join(REPO, 'bench/ioc-child.ts')];
  }
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** Peak resident memory from /usr/bin/time, in KiB (undefined when time(1) is missing). */
  maxRssKb?: number;
}

/** Runs a command; `onStdoutLine` consumes stdout as a stream instead of buffering it. */
export function run(command: string[], options: { onStdoutLine?: (line: string) => void; measure?: boolean } = {}): Promise<RunResult> {
  const timed = options.measure === true && existsSync('/usr/bin/time');
  const argv = timed ? ['/usr/bin/time', '-f', '__TIME__ %e %M', ...command] : command;
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(argv[0] as string, argv.slice(1), { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let partial = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text: string) => {
      if (options.onStdoutLine === undefined) {
        stdout += text;
        return;
      }
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) options.onStdoutLine(line);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code) => {
      if (partial !== '') options.onStdoutLine?.(partial);
      const wallMs = performance.now() - start;
      const time = /__TIME__ ([\d.]+) (\d+)/.exec(stderr);
      resolve({ code: code ?? 1, stdout, stderr: stderr.replace(/__TIME__.*\n?/, ''), wallMs, ...(time === null ? {} : { maxRssKb: Number(time[2]) }) });
    });
  });
}

export interface BudgetRow {
  metric: string;
  measured: string;
  budget: string;
  ok: boolean | undefined;
}

export function printTable(title: string, rows: BudgetRow[]): boolean {
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => [r.metric, r.measured, r.budget][i]?.length ?? 0), ['metric', 'measured', 'budget'][i]?.length ?? 0));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(`\n${title}\n`);
  console.log(`${line(['metric', 'measured', 'budget'])}  result`);
  console.log('-'.repeat((widths[0] ?? 0) + (widths[1] ?? 0) + (widths[2] ?? 0) + 14));
  for (const row of rows) console.log(`${line([row.metric, row.measured, row.budget])}  ${row.ok === undefined ? 'info' : row.ok ? 'PASS' : 'FAIL'}`);
  const ok = rows.every((r) => r.ok !== false);
  console.log(`\n${ok ? 'All budgets met.' : 'Some budgets were NOT met.'}`);
  return ok;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
