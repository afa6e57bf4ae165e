/**
 * Generates a large, realistic phone capture for the pcap benchmark: TLS application data,
 * ACKs, QUIC-like UDP, DNS queries and responses, TLS ClientHellos, HTTP requests and ARP, a
 * quarter of it over IPv6, with a few contacts with real C2 hosts from the Echap feeds.
 *
 * Packets are built from templates with the library's test builders (real wire formats that
 * tshark reads), copied into 4 MiB chunks and written sequentially. Like real traffic, each
 * DNS exchange, ClientHello and HTTP request gets a fresh ephemeral port, DNS id and TCP
 * initial sequence number, and long-lived TCP flows advance their sequence numbers: tshark
 * would otherwise see millions of retransmissions and DNS id collisions, which slows it down
 * far below its normal speed and would flatter the comparison.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { pcapHeader } from '../packages/ioc/src/test-support/capture-writer.ts';
import { dnsQuery, dnsResponse, frame, httpRequest, ip, tcp, tlsClientHello, udp } from '../packages/ioc/src/test-support/packets.ts';

type Kind = 'dns' | 'dns-response' | 'sni' | 'http' | 'other';

interface Template {
  bytes: Buffer;
  weight: number;
  kind: Kind;
  /** Offset of the TCP sequence number, or -1. */
  seqAt: number;
  /** Sequence advance per packet of a long-lived flow; -1 for a new connection (fresh ISN). */
  seqStep: number;
  /** Offset of the phone's port (fresh per connection), or -1. */
  portAt: number;
  /** Offset of the DNS id, or -1. */
  dnsIdAt: number;
  /** For flow packets: index of the template of the other direction, whose sequence this one acknowledges. */
  peer: number;
  /** Emitted right after this one with the same port and id (a DNS response after its query). */
  follow?: Template;
  /** Next ephemeral port of this template (each template is its own set of connections). */
  nextPort: number;
}

const BENIGN_NAMES = [
  'www.google.com', 'graph.facebook.com', 'i.instagram.com', 'mmg.whatsapp.net', 'api.spotify.com', 'play.googleapis.com',
  'mtalk.google.com', 'www.wikipedia.org', 'api.twitter.com', 'signal.org', 'chat.signal.org', 'e.crashlytics.com',
  'connectivitycheck.gstatic.com', 'android.clients.google.com', 'www.youtube.com', 'rr3---sn-4g5e6nsz.googlevideo.com',
  'firebaseinstallations.googleapis.com', 'app-measurement.com', 'www.bbc.co.uk', 'www.lemonde.fr', 'cdn.jsdelivr.net',
  'fonts.gstatic.com', 'api.telegram.org', 'web.whatsapp.com', 'static.xx.fbcdn.net', 'outlook.office365.com',
];

/** Real indicators from ioc.yaml, so the scan has findings to report. */
export const C2_NAMES = ['media-sync-a.copy9.com', 'catwatchful-e03b8.firebaseio.com', 'api.mycellspy.com'];
export const EXPECTED_FINDINGS = 3;

const PHONE4 = '192.168.1.23';
const PHONE6 = '2001:db8:100::23';

function addresses(v6: boolean, server: number): [string, string] {
  return v6 ? [PHONE6, `2001:db8:200::${(server % 250) + 1}`] : [PHONE4, `93.184.${(server >> 8) & 255}.${(server % 250) + 1}`];
}

function tlsAppData(length: number): Buffer {
  const record = Buffer.alloc(length, 0xa5);
  record[0] = 0x17;
  record[1] = 3;
  record[2] = 3;
  record.writeUInt16BE(length - 5, 3);
  return record;
}

/** Builds a template; `phonePort` says which transport port is the phone's ('src'/'dst'). */
function template(bytes: Buffer, weight: number, kind: Kind, options: { flow?: boolean; phonePort?: 'src' | 'dst' } = {}): Template {
  const l4 = 14 + ((bytes[14] as number) >> 4 === 6 ? 40 : 20);
  const isIp = bytes.readUInt16BE(12) === 0x0800 || bytes.readUInt16BE(12) === 0x86dd;
  const protocol = isIp ? (bytes[14] as number) >> 4 === 6 ? (bytes[20] as number) : (bytes[23] as number) : 0;
  const tcpPacket = protocol === 6;
  return {
    bytes,
    weight,
    kind,
    seqAt: tcpPacket ? l4 + 4 : -1,
    seqStep: tcpPacket && options.flow === true ? bytes.length - l4 - 20 : -1,
    portAt: options.phonePort === undefined ? -1 : options.phonePort === 'src' ? l4 : l4 + 2,
    dnsIdAt: kind === 'dns' || kind === 'dns-response' ? l4 + 8 : -1,
    peer: -1,
    nextPort: 1024,
  };
}

function templates(): Template[] {
  const list: Template[] = [];
  for (let flow = 0; flow < 64; flow++) {
    const [phone, server] = addresses(flow % 4 === 0, flow);
    const port = 40000 + flow;
    const data = template(frame(ip(server, phone, tcp(443, port, tlsAppData(1400)))), 40 / 64, 'other', { flow: true });
    const ack = template(frame(ip(phone, server, tcp(port, 443, Buffer.alloc(0), { flags: 0x10 }))), 25 / 64, 'other', { flow: true });
    data.peer = list.length + 1;
    ack.peer = list.length;
    list.push(data, ack);
    const quic = Buffer.alloc(1250, 0x3c);
    quic[0] = 0x41;
    list.push(template(frame(ip(server, phone, udp(443, port, quic))), 10 / 64, 'other'));
    const name = BENIGN_NAMES[flow % BENIGN_NAMES.length] as string;
    list.push(template(frame(ip(phone, server, tcp(port, 443, tlsClientHello(name, { paddingBefore: 200 })))), 4 / 64, 'sni', { phonePort: 'src' }));
    const host = BENIGN_NAMES[(flow + 3) % BENIGN_NAMES.length] as string;
    list.push(template(frame(ip(phone, server, tcp(port, 80, httpRequest(host, `/assets/${flow}.js`)))), 3 / 64, 'http', { phonePort: 'src' }));
  }
  BENIGN_NAMES.forEach((name, i) => {
    const [phone, resolver] = i % 4 === 0 ? [PHONE6, '2001:db8:100::1'] : [PHONE4, '192.168.1.1'];
    const query = template(frame(ip(phone, resolver, udp(50000, 53, dnsQuery(name)))), 8 / BENIGN_NAMES.length, 'dns', { phonePort: 'src' });
    query.follow = template(frame(ip(resolver, phone, udp(53, 50000, dnsResponse(name, [{ type: 'A', ip: `142.250.${i}.4` }])))), 0, 'dns-response', { phonePort: 'dst' });
    list.push(query);
  });
  const arp = Buffer.concat([Buffer.from('ffffffffffff020000000001', 'hex'), Buffer.from('0806', 'hex'), Buffer.alloc(28, 1)]);
  list.push(template(arp, 2, 'other'));
  return list;
}

function c2Templates(): Template[] {
  // A server of their own: sharing one with a benign template could reuse a connection's ports.
  const [phone, server] = addresses(false, 200);
  return [
    template(frame(ip(PHONE4, '192.168.1.1', udp(53000, 53, dnsQuery(C2_NAMES[0] as string)))), 0, 'dns', { phonePort: 'src' }),
    template(frame(ip(phone, server, tcp(53001, 443, tlsClientHello(C2_NAMES[1] as string)))), 0, 'sni', { phonePort: 'src' }),
    template(frame(ip(phone, server, tcp(53002, 80, httpRequest(C2_NAMES[2] as string, '/api/upload')))), 0, 'http', { phonePort: 'src' }),
  ];
}

export interface GeneratedCapture {
  bytes: number;
  packets: number;
  dnsNames: number;
  sni: number;
  httpRequests: number;
}

/** Writes a capture of at least `targetBytes` to `path`. Deterministic (fixed PRNG seed). */
export function generateCapture(path: string, targetBytes: number): GeneratedCapture {
  const list = templates();
  const c2 = c2Templates();
  const cumulative: number[] = [];
  let total = 0;
  for (const t of list) cumulative.push((total += t.weight));
  const flowSeq = list.map((_, i) => (i * 7919 * 65536) >>> 0);
  let state = 0x2545f491;
  const random32 = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  const fd = openSync(path, 'w');
  const chunk = Buffer.allocUnsafe(4 << 20);
  const header = pcapHeader({ linkType: 1 });
  writeSync(fd, header);
  const stats: GeneratedCapture = { bytes: header.length, packets: 0, dnsNames: 0, sni: 0, httpRequests: 0 };
  let used = 0;
  let timeUs = Date.UTC(2026, 2, 1, 9, 0, 0) * 1000;
  let port = 0;
  let dnsId = 0;
  const emit = (t: Template, i: number, fresh: boolean): void => {
    const length = t.bytes.length;
    if (used + 16 + length > chunk.length) {
      writeSync(fd, chunk, 0, used);
      used = 0;
    }
    timeUs += 150 + (random32() % 300);
    chunk.writeUInt32LE(Math.floor(timeUs / 1e6), used);
    chunk.writeUInt32LE(timeUs % 1e6, used + 4);
    chunk.writeUInt32LE(length, used + 8);
    chunk.writeUInt32LE(length, used + 12);
    const at = used + 16;
    t.bytes.copy(chunk, at);
    if (t.seqAt !== -1) {
      if (t.peer === -1) chunk.writeUInt32BE(random32(), at + t.seqAt); // a new connection
      else {
        chunk.writeUInt32BE(flowSeq[i] as number, at + t.seqAt);
        chunk.writeUInt32BE(flowSeq[t.peer] as number, at + t.seqAt + 4); // acknowledges the other side
        flowSeq[i] = ((flowSeq[i] as number) + t.seqStep) >>> 0;
      }
    }
    if (t.portAt !== -1) {
      if (fresh) {
        port = t.nextPort;
        t.nextPort = t.nextPort >= 65535 ? 1024 : t.nextPort + 1;
        dnsId = random32() & 0xffff;
      }
      chunk.writeUInt16BE(port, at + t.portAt);
    }
    if (t.dnsIdAt !== -1) chunk.writeUInt16BE(dnsId, at + t.dnsIdAt);
    used += 16 + length;
    stats.bytes += 16 + length;
    stats.packets++;
    if (t.kind === 'dns' || t.kind === 'dns-response') stats.dnsNames++;
    else if (t.kind === 'sni') stats.sni++;
    else if (t.kind === 'http') stats.httpRequests++;
  };
  for (let n = 0; stats.bytes < targetBytes; n++) {
    const r = (random32() / 4294967296) * total;
    let i = 0;
    while ((cumulative[i] as number) < r) i++;
    // Every 20 000th pick is a contact with a real C2 host, in turn.
    const isC2 = n % 20_000 === 10_000;
    const t = isC2 ? (c2[((n - 10_000) / 20_000) % c2.length] as Template) : (list[i] as Template);
    emit(t, i, true);
    if (t.follow !== undefined) emit(t.follow, -1, false);
  }
  writeSync(fd, chunk, 0, used);
  closeSync(fd);
  return stats;
}
