/**
 * Captures built by the test itself, with traffic to real C2 hosts from the Echap feeds and
 * look-alike decoys, scanned against the real index.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEchapFeeds } from '../../feeds/load-echap.ts';
import { buildIndex, type IndicatorIndex } from '../../index/indicator-index.ts';
import type { Finding } from '../../report/model.ts';
import { buildPcap, PcapngWriter, pcapHeader, pcapRecord } from '../../test-support/capture-writer.ts';
import { REAL_FEEDS_DIR } from '../../test-support/fixtures.ts';
import { dnsQuery, dnsResponse, frame, httpRequest, ip, tcp, tlsClientHello, udp } from '../../test-support/packets.ts';
import { scanPcap } from './scan.ts';

let index: IndicatorIndex;
beforeAll(async () => {
  index = buildIndex(await loadEchapFeeds(REAL_FEEDS_DIR));
});

const PHONE = '10.0.0.23';
const DNS = '10.0.0.1';
const WEB = '93.184.216.34';
const T0 = Date.UTC(2026, 2, 1, 8, 30, 0);

const dns = (name: string, port = 40000): Buffer => frame(ip(PHONE, DNS, udp(port, 53, dnsQuery(name))));
const sni = (name: string, port = 50000): Buffer => frame(ip(PHONE, WEB, tcp(port, 443, tlsClientHello(name))));
const http = (host: string, path = '/', port = 50100): Buffer => frame(ip(PHONE, WEB, tcp(port, 80, httpRequest(host, path))));
const syn = (dst: string, port = 50200): Buffer => frame(ip(PHONE, dst, tcp(port, 443, Buffer.alloc(0), { flags: 0x02 })));

/** Traffic to real indicators, interleaved with decoys that must not match. */
const TRAFFIC: Buffer[] = [
  dns('www.google.com'),
  dns('media-sync-a.copy9.com'), // TheTruthSpy C2
  dns('copy9.com.evil.example'), // decoy: indicator as a prefix
  dns('xcopy9.com'), // decoy: string suffix without dot boundary
  sni('catwatchful-e03b8.firebaseio.com'), // CatWatchful C2 on a shared host
  sni('catwatchful-e03b9.firebaseio.com'), // decoy: another tenant
  sni('x.catwatchful-e03b8.firebaseio.com'), // decoy: shared hosting never matches by suffix
  sni('firebaseio.com'), // decoy: the shared parent itself
  http('api.mycellspy.com', '/upload'), // MyCellSpy C2
  http('api.mycellspy.com.example.net'), // decoy
  syn('69.64.74.239'), // TheTruthSpy C2 address
  syn('69.64.74.238'), // decoy: neighbouring address
  dns('APP.FONETRACKER.COM'), // TheTruthSpy distribution host, upper case on the wire
  http('www.thetruthspy.com', '/pricing'), // TheTruthSpy vendor website
  sni('api.wondershare.cc'), // FamiSafe (watchware) back-end
  frame(ip(DNS, PHONE, udp(53, 40001, dnsResponse('cdn.example.net', [{ type: 'CNAME', name: 'a.thd.cc' }, { type: 'A', ip: '192.0.2.55' }])))), // mSpy via CNAME
  dns('media-sync-a.copy9.com', 40002), // repeat: counted, not duplicated
];

function brief(findings: Finding[]): string[] {
  return findings
    .map((f) => `${f.level} ${f.kind} ${f.app?.name} ${f.indicator?.value} <- ${f.evidence.value} [${f.evidence.via} #${f.evidence.packet}] x${f.occurrences}`)
    .sort();
}

const EXPECTED = [
  'high c2_contact CatWatchful catwatchful-e03b8.firebaseio.com <- catwatchful-e03b8.firebaseio.com [tls_sni #5] x1',
  'high c2_contact MyCellSpy api.mycellspy.com <- api.mycellspy.com [http_host #9] x1',
  'high c2_contact TheTruthSpy 69.64.74.239 <- 69.64.74.239 [destination_ip #11] x1',
  'high c2_contact TheTruthSpy media-sync-a.copy9.com <- media-sync-a.copy9.com [dns_query #2] x2',
  'high c2_contact mSpy a.thd.cc <- a.thd.cc [dns_answer #16] x1',
  'low vendor_website TheTruthSpy thetruthspy.com <- www.thetruthspy.com [http_host #14] x1',
  'medium distribution_host TheTruthSpy app.fonetracker.com <- app.fonetracker.com [dns_query #13] x1',
  'medium watchware_c2_contact FamiSafe api.wondershare.cc <- api.wondershare.cc [tls_sni #15] x1',
];

describe('pcap scanning against the real feeds', () => {
  it('finds exactly the expected C2, distribution, website and watchware contacts in a pcap', async () => {
    const data = buildPcap(TRAFFIC.map((bytes, i) => ({ bytes, timeMs: T0 + i * 250 })), { linkType: 1 });
    const result = await scanPcap(data, index, { name: 'phone.pcap' });
    expect(brief(result.findings)).toEqual(EXPECTED);
    const c2 = result.findings.find((f) => f.indicator?.value === 'media-sync-a.copy9.com');
    expect(c2).toMatchObject({ evidence: { time: '2026-03-01T08:30:00.250Z' }, lastSeen: '2026-03-01T08:30:04.000Z', adviceKey: 'advice.c2_contact' });
    expect(c2?.app?.aliases).toContain('Copy9');
  });

  it('finds the same in a pcapng capture with nanosecond timestamps', async () => {
    const writer = new PcapngWriter(true).interface(1, 9);
    TRAFFIC.forEach((bytes, i) => writer.packet(0, bytes, BigInt(T0 + i * 250) * 1_000_000n));
    const result = await scanPcap(writer.toBuffer(), index, { name: 'phone.pcapng' });
    expect(brief(result.findings)).toEqual(EXPECTED);
  });

  it('streams a large capture in bounded memory with the same findings', async () => {
    const filler = frame(ip(PHONE, WEB, tcp(50300, 443, Buffer.alloc(1200, 0x17))));
    const repeats = 40_000; // ≈ 55 MB
    async function* capture(): AsyncGenerator<Buffer> {
      yield pcapHeader({ linkType: 1 });
      for (let r = 0; r < repeats; r++) {
        const packets = r === repeats / 2 ? TRAFFIC : [filler];
        yield Buffer.concat(packets.map((bytes) => pcapRecord(bytes, T0 + r)));
      }
    }
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const result = await scanPcap(capture(), index, { onProgress: () => (peak = Math.max(peak, process.memoryUsage().rss)) });
    expect(result.input.stats['packets']).toBe(repeats - 1 + TRAFFIC.length);
    expect(result.input.stats['bytes']).toBeGreaterThan(50_000_000);
    expect(result.findings).toHaveLength(EXPECTED.length);
    expect(peak - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('ends with a clear error on a truncated capture or a wrong magic', async () => {
    const data = buildPcap(TRAFFIC.map((bytes, i) => ({ bytes, timeMs: T0 + i })), { linkType: 1 });
    await expect(scanPcap(data.subarray(0, data.length - 10), index, { name: 'cut.pcap' })).rejects.toMatchObject({
      code: 'pcap_truncated',
      location: { file: 'cut.pcap', packet: TRAFFIC.length },
    });
    const text = Buffer.from('this is a text file, not a capture\n'.repeat(100));
    await expect(scanPcap(text, index, { name: 'notes.txt' })).rejects.toMatchObject({ code: 'pcap_bad_magic', location: { file: 'notes.txt', offset: 0 } });
  });
});
