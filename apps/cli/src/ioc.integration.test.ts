import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, testDialects } from '@destalk/db/testing';
import { buildPcap, dnsQuery, frame, ip, REAL_FEEDS_DIR, udp } from '@destalk/ioc/testing';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/destalk.js', import.meta.url));

function run(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [bin, ...args], { env: { ...process.env, ...env, LOG_LEVEL: 'silent' }, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function inputs() {
  const dir = mkdtempSync(join(tmpdir(), 'destalk-ioc-cli-'));
  const pmList = join(dir, 'packages.txt');
  writeFileSync(pmList, 'package:/data/app/~~a==/com.thetruth-b==/base.apk=com.thetruth installer=null uid:10187\npackage:/system/app/Calendar/Calendar.apk=com.android.calendar installer=null uid:10040\n');
  const clean = join(dir, 'ordinary-phone.txt');
  writeFileSync(clean, 'com.android.calendar\norg.mozilla.firefox\n');
  const capture = join(dir, 'hotspot.pcap');
  writeFileSync(capture, buildPcap([{ bytes: frame(ip('192.168.137.20', '192.168.137.1', udp(50000, 53, dnsQuery('media-sync-a.copy9.com')))), timeMs: 1_700_000_000_000 }], { linkType: 1 }));
  const broken = join(dir, 'broken.pcap');
  writeFileSync(broken, Buffer.from('not a capture at all'));
  return { dir, pmList, clean, capture, broken };
}

describe.each(testDialects())('destalk ioc on %s', (dialect) => {
  it('imports the feeds, then scans with exit codes 1 for findings and 0 for none', async () => {
    const database = await createTestDatabase(dialect, { migrate: false });
    const env = { DATABASE_URL: database.url, SESSION_SECRET: 'cli-test-secret-that-is-long-enough-123', DATA_DIR: mkdtempSync(join(tmpdir(), 'destalk-cli-')) };
    const files = inputs();
    try {
      const none = run(['ioc', 'scan', files.clean], env);
      expect(none.code).toBe(2);
      expect(none.stderr).toContain('no indicator feed is imported yet');

      const update = run(['ioc', 'update', '--from', REAL_FEEDS_DIR, '--version', 'a04c5c1'], env);
      expect(update.code).toBe(0);
      expect(update.stdout).toContain('imported: version a04c5c1');
      expect(update.stdout).toMatch(/ioc\.yaml\s+94552 bytes/);
      expect(update.stdout).toContain('CC BY 4.0');
      expect(run(['ioc', 'update', '--from', REAL_FEEDS_DIR, '--version', 'a04c5c1'], env).stdout).toContain('unchanged');

      const found = run(['ioc', 'scan', files.pmList, files.capture], env);
      expect(found.code).toBe(1);
      expect(found.stdout.split('\n')[0]).toBe('2 findings match known stalkerware.');
      expect(found.stdout).toContain('[HIGH] stalkerware_package — TheTruthSpy');
      expect(found.stdout).toContain('[HIGH] c2_contact — TheTruthSpy');
      expect(found.stdout).toContain('indicators: Stalkerware indicators by Echap (AssoEchap/stalkerware-indicators), CC BY 4.0, version a04c5c1');

      const clean = run(['ioc', 'scan', files.clean, '--format', 'json'], env);
      expect(clean.code).toBe(0);
      const report = JSON.parse(clean.stdout) as { summary: { summaryKey: string; text: string }; inputs: Array<{ kind: string }> };
      expect(report.summary).toMatchObject({ summaryKey: 'summary.no_known_indicator', text: 'No known indicator found. This does not prove that no stalkerware is installed.' });
      expect(report.inputs.map((i) => i.kind)).toEqual(['package-list']);

      const html = run(['ioc', 'scan', files.clean, '--format', 'html'], env);
      expect(html.code).toBe(0);
      expect(html.stdout.slice(0, 15).toLowerCase()).toBe('<!doctype html>');
      expect(html.stdout).toContain('No known indicator found');
      expect(html.stdout).not.toMatch(/\bsafe\b|\bclean\b/i);

      const broken = run(['ioc', 'scan', files.broken], env);
      expect(broken.code).toBe(2);
      expect(broken.stderr).toContain('Not a pcap or pcapng capture');
      expect(run(['ioc', 'scan', join(files.dir, 'missing.txt')], env).code).toBe(2);
    } finally {
      await database.destroy();
    }
  });
});

describe('destalk ioc scan --iocs', () => {
  it('works from a feed folder without any database', () => {
    const files = inputs();
    const result = run(['ioc', 'scan', files.pmList, '--iocs', REAL_FEEDS_DIR], { DATA_DIR: mkdtempSync(join(tmpdir(), 'destalk-cli-')) });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('TheTruthSpy');
  });
});
