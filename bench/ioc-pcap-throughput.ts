/**
 * Network scan throughput: our streaming pcap scanner against tshark on the same generated
 * capture (≥ 500 MB), in the same run.
 *
 *   node_modules/.bin/tsx bench/ioc-pcap-throughput.ts
 *
 * Budgets: ≥ 10× tshark's throughput; scanner peak RSS ≤ 150 MB. The capture is written to a
 * temporary folder and deleted at the end. IOC_BENCH_MB sets its size (default 512 MiB).
 * Exits 1 when a budget is missed, and when tshark is absent (the budget is relative to it).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { C2_NAMES, EXPECTED_FINDINGS, generateCapture } from './ioc-pcap-traffic.ts';
import { childCommand, FEEDS_DIR, printTable, run } from './ioc-run.ts';

const MB = 1_000_000;
const RATIO_BUDGET = 10;
const RSS_BUDGET_MB = 150;

async function main(): Promise<number> {
  const tsharkVersion = await run(['tshark', '--version']).catch(() => undefined);
  if (tsharkVersion === undefined || tsharkVersion.code !== 0) {
    console.error('tshark is not installed (apt-get install -y tshark): the throughput budget is relative to it, so the benchmark cannot pass.');
    return 1;
  }
  const sizeMiB = Number(process.env['IOC_BENCH_MB'] ?? 512);
  const tmp = mkdtempSync(join(tmpdir(), 'ioc-bench-'));
  try {
    const capture = join(tmp, 'phone.pcap');
    let start = performance.now();
    const generated = generateCapture(capture, sizeMiB * 1024 * 1024);
    const bytes = statSync(capture).size;
    console.log(`Generated ${(bytes / MB).toFixed(1)} MB, ${generated.packets} packets in ${((performance.now() - start) / 1000).toFixed(1)} s (${tsharkVersion.stdout.split('\n')[0]})`);

    const child = await childCommand(tmp);
    const ours = await run([...child, 'scan', capture, FEEDS_DIR], { measure: true });
    if (ours.code !== 0) throw new Error(`scanner failed: ${ours.stderr}`);
    const report = JSON.parse(ours.stdout) as { loadMs: number; scanMs: number; stats: Record<string, number>; findings: string[]; maxRssKb: number };
    console.log(`C2 hosts in the capture: ${C2_NAMES.join(', ')}`);
    console.log(`Scanner: ${(ours.wallMs / 1000).toFixed(2)} s wall (feeds ${report.loadMs.toFixed(0)} ms, scan ${report.scanMs.toFixed(0)} ms)`);

    let tsharkDns = 0;
    let tsharkSni = 0;
    start = performance.now();
    const tshark = await run(['tshark', '-r', capture, '-T', 'fields', '-e', 'dns.qry.name', '-e', 'tls.handshake.extensions_server_name'], {
      measure: true,
      onStdoutLine: (line) => {
        const [dns, sni] = line.split('\t');
        if (dns !== undefined && dns !== '') tsharkDns++;
        if (sni !== undefined && sni !== '') tsharkSni++;
      },
    });
    if (tshark.code !== 0) throw new Error(`tshark failed: ${tshark.stderr}`);
    console.log(`tshark:  ${(tshark.wallMs / 1000).toFixed(2)} s wall`);

    const oursMBs = bytes / MB / (ours.wallMs / 1000);
    const scanOnlyMBs = bytes / MB / (report.scanMs / 1000);
    const tsharkMBs = bytes / MB / (tshark.wallMs / 1000);
    const ratio = oursMBs / tsharkMBs;
    const rssMB = (report.maxRssKb * 1024) / MB;
    const sameNames = report.stats['dnsNames'] === tsharkDns && report.stats['tlsSni'] === tsharkSni && tsharkDns === generated.dnsNames && tsharkSni === generated.sni;
    const ok = printTable(`pcap scan, ${(bytes / MB).toFixed(0)} MB capture, ${generated.packets} packets`, [
      { metric: 'capture size', measured: `${(bytes / MB).toFixed(1)} MB`, budget: '≥ 500 MB', ok: bytes >= 500 * MB },
      { metric: 'scanner throughput (process wall time)', measured: `${oursMBs.toFixed(0)} MB/s`, budget: '', ok: undefined },
      { metric: 'scanner throughput (scan only)', measured: `${scanOnlyMBs.toFixed(0)} MB/s`, budget: '', ok: undefined },
      { metric: 'tshark throughput (process wall time)', measured: `${tsharkMBs.toFixed(1)} MB/s`, budget: '', ok: undefined },
      { metric: 'ratio to tshark (wall / wall)', measured: `${ratio.toFixed(1)}×`, budget: `≥ ${RATIO_BUDGET}×`, ok: ratio >= RATIO_BUDGET },
      { metric: 'scanner peak RSS (child, own)', measured: `${rssMB.toFixed(0)} MB`, budget: `≤ ${RSS_BUDGET_MB} MB`, ok: rssMB <= RSS_BUDGET_MB },
      { metric: 'scanner peak RSS (time -v)', measured: ours.maxRssKb === undefined ? 'n/a' : `${((ours.maxRssKb * 1024) / MB).toFixed(0)} MB`, budget: '', ok: undefined },
      { metric: 'tshark peak RSS (time -v)', measured: tshark.maxRssKb === undefined ? 'n/a' : `${((tshark.maxRssKb * 1024) / MB).toFixed(0)} MB`, budget: '', ok: undefined },
      { metric: 'DNS names / SNIs: scanner vs tshark', measured: `${report.stats['dnsNames']}/${report.stats['tlsSni']} vs ${tsharkDns}/${tsharkSni}`, budget: `equal (${generated.dnsNames}/${generated.sni})`, ok: sameNames },
      { metric: 'distinct findings (C2 hosts in the capture)', measured: `${report.findings.length}`, budget: `${EXPECTED_FINDINGS}`, ok: report.findings.length === EXPECTED_FINDINGS },
    ]);
    for (const finding of report.findings) console.log(`  finding: ${finding}`);
    return ok ? 0 : 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
