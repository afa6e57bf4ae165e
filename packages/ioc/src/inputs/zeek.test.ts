import { describe, expect, it } from 'vitest';
import type { Finding } from '../report/model.ts';
import { testIndex } from '../test-support/fixtures.ts';
import { scanZeekLog } from './zeek.ts';

const index = testIndex();
const brief = (findings: Finding[]): string[] => findings.map((f) => `${f.kind} ${f.app?.name} ${f.evidence.value} [${f.evidence.via} @${f.evidence.line} ${f.evidence.time}]`);

function tsv(path: string, fields: string[], rows: string[][]): string {
  return [
    '#separator \\x09',
    '#set_separator\t,',
    '#empty_field\t(empty)',
    '#unset_field\t-',
    `#path\t${path}`,
    `#fields\t${fields.join('\t')}`,
    `#types\t${fields.map(() => 'string').join('\t')}`,
    ...rows.map((r) => r.join('\t')),
    '#close\t2026-01-15-10-00-00',
  ].join('\n');
}

describe('scanZeekLog', () => {
  it('reads dns.log queries and answers', async () => {
    const log = tsv('dns', ['ts', 'uid', 'id.orig_h', 'id.resp_h', 'query', 'answers'], [
      ['1768471200.000000', 'C1', '192.168.1.20', '9.9.9.9', 'sync.c2.example', '203.0.113.7,other.example'],
      ['1768471201.500000', 'C2', '192.168.1.20', '9.9.9.9', 'innocent.example', 'edge.api.spytwo.example,198.51.100.99'],
      ['1768471202.000000', 'C3', '192.168.1.20', '9.9.9.9', '-', '(empty)'],
    ]);
    const result = await scanZeekLog(log, index, { name: 'dns.log' });
    expect(brief(result.findings)).toEqual([
      'c2_contact SpyOne sync.c2.example [zeek_dns @8 2026-01-15T10:00:00.000Z]',
      'c2_contact SpyOne 203.0.113.7 [zeek_dns @8 2026-01-15T10:00:00.000Z]',
      'c2_contact SpyTwo edge.api.spytwo.example [zeek_dns @9 2026-01-15T10:00:01.500Z]',
    ]);
    expect(result.input).toEqual({ name: 'dns.log', kind: 'zeek-dns', stats: { rows: 3 } });
  });

  it('reads ssl.log, http.log and conn.log', async () => {
    const ssl = tsv('ssl', ['ts', 'id.resp_h', 'server_name'], [['1768471200', '93.184.216.34', 'API.SPYTWO.EXAMPLE']]);
    expect(brief((await scanZeekLog(ssl, index)).findings)).toEqual(['c2_contact SpyTwo api.spytwo.example [zeek_ssl @8 2026-01-15T10:00:00.000Z]']);
    const http = tsv('http', ['ts', 'id.resp_h', 'host', 'uri'], [['1768471200', '93.184.216.34', 'code.example.org:80', '/spyone/releases/app.apk']]);
    expect(brief((await scanZeekLog(http, index)).findings)).toEqual([
      'vendor_website SpyOne http://code.example.org:80/spyone/releases/app.apk [zeek_http @8 2026-01-15T10:00:00.000Z]',
    ]);
    const conn = tsv('conn', ['ts', 'id.orig_h', 'id.resp_h', 'proto'], [
      ['1768471200', '192.168.1.20', '2001:db8::7', 'tcp'],
      ['1768471201', '203.0.113.7', '192.168.1.20', 'tcp'],
    ]);
    expect(brief((await scanZeekLog(conn, index)).findings)).toEqual(['c2_contact SpyOne 2001:db8::7 [zeek_conn @8 2026-01-15T10:00:00.000Z]']);
  });

  it('reads JSON logs, guessing the type from the fields', async () => {
    const json = [
      JSON.stringify({ ts: '2026-01-15T10:00:00.000Z', 'id.resp_h': '9.9.9.9', query: 'c2.example', answers: ['203.0.113.7'] }),
      JSON.stringify({ ts: 1768471201, 'id.resp_h': '9.9.9.9', query: 'other.example' }),
    ].join('\n');
    const result = await scanZeekLog(json, index);
    expect(brief(result.findings)).toEqual([
      'c2_contact SpyOne c2.example [zeek_dns @1 2026-01-15T10:00:00.000Z]',
      'c2_contact SpyOne 203.0.113.7 [zeek_dns @1 2026-01-15T10:00:00.000Z]',
    ]);
    expect(result.input.kind).toBe('zeek-dns');
  });

  it('rejects unsupported or broken logs with the line', async () => {
    await expect(scanZeekLog(tsv('files', ['ts', 'fuid'], [['1', 'F1']]), index)).rejects.toMatchObject({
      code: 'input_malformed',
      message: 'Unsupported Zeek log type "files": expected dns, ssl, http or conn (file zeek.log, line 8)',
    });
    await expect(scanZeekLog('{"query":"a.example"}\n{broken\n', index)).rejects.toMatchObject({ code: 'input_malformed', location: { line: 2 } });
    await expect(scanZeekLog('1768471200\tC1\n', index)).rejects.toMatchObject({ code: 'input_malformed', location: { line: 1 } });
  });
});
