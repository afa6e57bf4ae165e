import { describe, expect, it } from 'vitest';
import type { Finding } from '../../report/model.ts';
import { buildPcap, PcapngWriter } from '../../test-support/capture-writer.ts';
import { testIndex } from '../../test-support/fixtures.ts';
import { dnsQuery, dnsResponse, frame, httpRequest, ip, LINK_TYPES, tcp, tlsClientHello, udp, type Link } from '../../test-support/packets.ts';
import { scanPcap } from './scan.ts';

const index = testIndex();
const PHONE = '192.168.1.20';
const PHONE6 = '2001:db8:1::20';
const T0 = Date.UTC(2026, 0, 15, 10, 0, 0);

function summary(findings: Finding[]): string[] {
  return findings.map((f) => `${f.level} ${f.kind} ${f.app?.name} ${f.indicator?.value} <- ${f.evidence.value} [${f.evidence.via} #${f.evidence.packet}] x${f.occurrences}`).sort();
}

async function scan(packets: Buffer[], link: Link = 'ethernet'): Promise<Awaited<ReturnType<typeof scanPcap>>> {
  const data = buildPcap(packets.map((bytes, i) => ({ bytes, timeMs: T0 + i * 1000 })), { linkType: LINK_TYPES[link] });
  return scanPcap(data, index, { name: 'phone.pcap' });
}

describe('scanPcap', () => {
  it('finds DNS queries, SNI, HTTP hosts and addresses, and ignores look-alikes', async () => {
    const result = await scan([
      frame(ip(PHONE, '9.9.9.9', udp(40000, 53, dnsQuery('Sync.C2.example')))),
      frame(ip(PHONE, '9.9.9.9', udp(40001, 53, dnsQuery('xc2.example')))),
      frame(ip(PHONE, '9.9.9.9', udp(40002, 53, dnsQuery('c2.example.evil.test')))),
      frame(ip(PHONE, '93.184.216.34', tcp(50000, 443, tlsClientHello('api.spytwo.example')))),
      frame(ip(PHONE, '93.184.216.34', tcp(50001, 80, httpRequest('www.spyone.example', '/pricing')))),
      frame(ip(PHONE, '203.0.113.7', tcp(50002, 443, Buffer.alloc(0), { flags: 0x02 }))),
      frame(ip(PHONE, '203.0.113.8', tcp(50003, 443, Buffer.alloc(0), { flags: 0x02 }))),
      frame(ip(PHONE, '93.184.216.34', tcp(50004, 443, tlsClientHello('api.watchkid.example')))),
    ]);
    expect(summary(result.findings)).toEqual([
      'high c2_contact SpyOne 203.0.113.7 <- 203.0.113.7 [destination_ip #6] x1',
      'high c2_contact SpyOne c2.example <- sync.c2.example [dns_query #1] x1',
      'high c2_contact SpyTwo api.spytwo.example <- api.spytwo.example [tls_sni #4] x1',
      'low vendor_website SpyOne spyone.example <- www.spyone.example [http_host #5] x1',
      'medium watchware_c2_contact WatchKid api.watchkid.example <- api.watchkid.example [tls_sni #8] x1',
    ]);
    expect(result.findings.find((f) => f.evidence.via === 'dns_query')?.evidence).toEqual({
      input: 'phone.pcap',
      value: 'sync.c2.example',
      via: 'dns_query',
      packet: 1,
      time: '2026-01-15T10:00:00.000Z',
    });
    expect(result.input).toEqual({
      name: 'phone.pcap',
      kind: 'pcap',
      stats: {
        bytes: expect.any(Number), packets: 8, ipv4: 8, ipv6: 0, nonIp: 0, unsupportedLink: 0, fragments: 0, malformed: 0,
        dnsMessages: 3, dnsNames: 3, tlsClientHellos: 2, tlsSni: 2, tlsReassembled: 0, httpRequests: 1,
      },
    });
  });

  it('counts repeated observations in one finding with first and last time', async () => {
    const query = frame(ip(PHONE, '9.9.9.9', udp(40000, 53, dnsQuery('c2.example'))));
    const result = await scan([query, query, query]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ occurrences: 3, evidence: { packet: 1, time: '2026-01-15T10:00:00.000Z' }, lastSeen: '2026-01-15T10:00:02.000Z' });
  });

  it('finds C2 addresses and CNAMEs in DNS answers, and IPv6 traffic', async () => {
    const result = await scan([
      frame(ip('9.9.9.9', PHONE, udp(53, 40000, dnsResponse('innocent.example', [{ type: 'CNAME', name: 'edge.api.spytwo.example' }, { type: 'A', ip: '198.51.100.20' }])))),
      frame(ip(PHONE6, '2001:db8::7', tcp(50000, 443, Buffer.alloc(0), { flags: 0x02 }), { ipv6Extensions: [0, 60] })),
      frame(ip(PHONE6, '2001:4860::1', udp(40000, 53, dnsQuery('dl.spyone-apk.example')), { ipv6Extensions: [0] })),
    ]);
    expect(summary(result.findings)).toEqual([
      'high c2_contact SpyOne 2001:db8::7 <- 2001:db8::7 [destination_ip #2] x1',
      'high c2_contact SpyTwo 198.51.100.20 <- 198.51.100.20 [dns_answer #1] x1',
      'high c2_contact SpyTwo api.spytwo.example <- edge.api.spytwo.example [dns_answer #1] x1',
      'medium distribution_host SpyOne dl.spyone-apk.example <- dl.spyone-apk.example [dns_query #3] x1',
    ]);
  });

  it.each(['ethernet', 'sll', 'sll2', 'raw'] as const)('reads the %s link layer', async (link) => {
    const result = await scan([frame(ip(PHONE, '9.9.9.9', udp(40000, 53, dnsQuery('c2.example'))), link)], link);
    expect(summary(result.findings)).toEqual(['high c2_contact SpyOne c2.example <- c2.example [dns_query #1] x1']);
  });

  it('reads VLAN-tagged frames and pcapng captures', async () => {
    const tagged = frame(ip(PHONE, '9.9.9.9', udp(40000, 53, dnsQuery('c2.example'))), 'ethernet', [100, 200]);
    const data = new PcapngWriter(false).interface(1).packet(0, tagged, BigInt(T0) * 1000n).toBuffer();
    const result = await scanPcap(data, index, { name: 'phone.pcapng' });
    expect(result.input.kind).toBe('pcapng');
    expect(summary(result.findings)).toEqual(['high c2_contact SpyOne c2.example <- c2.example [dns_query #1] x1']);
    expect(result.findings[0]?.evidence.time).toBe('2026-01-15T10:00:00.000Z');
  });

  it('reassembles a ClientHello whose SNI is in the second segment', async () => {
    const hello = tlsClientHello('api.spytwo.example', { paddingBefore: 1800 });
    const first = hello.subarray(0, 1400);
    const second = hello.subarray(1400);
    const result = await scan([
      frame(ip(PHONE, '93.184.216.34', tcp(50000, 443, first, { seq: 5000 }))),
      frame(ip(PHONE, '93.184.216.35', tcp(50000, 443, Buffer.from('unrelated'), { seq: 6400 }))),
      frame(ip(PHONE, '93.184.216.34', tcp(50000, 443, second, { seq: 6400 }))),
    ]);
    expect(summary(result.findings)).toEqual(['high c2_contact SpyTwo api.spytwo.example <- api.spytwo.example [tls_sni #1] x1']);
    expect(result.input.stats['tlsReassembled']).toBe(1);
  });

  it('skips later IP fragments and counts malformed packets without stopping', async () => {
    const result = await scan([
      frame(ip(PHONE, '9.9.9.9', udp(40000, 53, dnsQuery('c2.example')), { fragmentOffset: 10 })),
      Buffer.from('0200000000010200000000020800450000', 'hex'),
      frame(ip(PHONE, '9.9.9.9', udp(40000, 53, dnsQuery('api.spytwo.example')))),
    ]);
    expect(summary(result.findings)).toEqual(['high c2_contact SpyTwo api.spytwo.example <- api.spytwo.example [dns_query #3] x1']);
    expect(result.input.stats).toMatchObject({ fragments: 1, malformed: 1, packets: 3 });
  });

  it('streams from an async iterable, reports progress and honours an AbortSignal', async () => {
    const data = buildPcap([{ bytes: frame(ip(PHONE, '9.9.9.9', udp(40000, 53, dnsQuery('c2.example')))), timeMs: T0 }], { linkType: 1 });
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < data.length; i += 7) yield new Uint8Array(data.subarray(i, i + 7));
    }
    const progress: number[] = [];
    const result = await scanPcap(chunks(), index, { onProgress: (n) => progress.push(n) });
    expect(result.findings).toHaveLength(1);
    expect(progress.at(-1)).toBe(data.length);
    expect(progress).toHaveLength(Math.ceil(data.length / 7));
    const controller = new AbortController();
    controller.abort();
    await expect(scanPcap(chunks(), index, { signal: controller.signal })).rejects.toMatchObject({ code: 'aborted' });
  });
});
