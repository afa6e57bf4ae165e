import { describe, expect, it } from 'vitest';
import { dnsQuery, dnsResponse, httpRequest, tlsClientHello } from '../../test-support/packets.ts';
import { formatIpv4, formatIpv6 } from '../../util/ip.ts';
import { DnsParser, type DnsSink } from './dns.ts';
import { parseHttpRequest, stripPort } from './http.ts';
import { NEED_MORE, NO_SNI, NOT_CLIENT_HELLO, parseClientHello } from './tls.ts';

function collect(message: Buffer): { ok: boolean; seen: string[] } {
  const seen: string[] = [];
  const sink: DnsSink = {
    name: (name, answer) => seen.push(`${answer ? 'answer' : 'query'} ${name}`),
    ipv4Answer: (v) => seen.push(`A ${formatIpv4(v)}`),
    ipv6Answer: (b, o) => seen.push(`AAAA ${formatIpv6(b, o)}`),
  };
  const ok = new DnsParser().parse(message, 0, message.length, sink);
  return { ok, seen };
}

describe('DNS', () => {
  it('reads query names in lower case', () => {
    expect(collect(dnsQuery('MEDIA-Sync.C2.Example'))).toEqual({ ok: true, seen: ['query media-sync.c2.example'] });
  });

  it('reads A, AAAA and CNAME answers through compression pointers', () => {
    const response = dnsResponse('www.example.org', [
      { type: 'CNAME', name: 'Tracker.C2.example' },
      { type: 'A', ip: '203.0.113.7' },
      { type: 'AAAA', ip: '2001:db8::7' },
    ]);
    expect(collect(response)).toEqual({ ok: true, seen: ['query www.example.org', 'answer tracker.c2.example', 'A 203.0.113.7', 'AAAA 2001:db8::7'] });
  });

  it('rejects malformed messages without throwing', () => {
    const loop = dnsQuery('a.example');
    loop.writeUInt16BE(0xc00c, 12); // the question name points to itself
    expect(collect(loop).ok).toBe(false);
    expect(collect(dnsQuery('a.example').subarray(0, 15)).ok).toBe(false);
    expect(collect(Buffer.alloc(5)).ok).toBe(false);
    const truncatedAnswer = dnsResponse('a.example', [{ type: 'A', ip: '203.0.113.7' }]);
    expect(collect(truncatedAnswer.subarray(0, truncatedAnswer.length - 2))).toEqual({ ok: false, seen: ['query a.example'] });
  });
});

describe('TLS ClientHello', () => {
  const scratch = Buffer.alloc(255);
  const sni = (record: Buffer, end = record.length): string | number => {
    const n = parseClientHello(record, 0, end, scratch);
    return n > 0 ? scratch.toString('latin1', 0, n) : n;
  };

  it('extracts the server name in lower case', () => {
    expect(sni(tlsClientHello('API.C2.Example'))).toBe('api.c2.example');
    expect(sni(tlsClientHello('x.example', { paddingBefore: 300 }))).toBe('x.example');
  });

  it('distinguishes no SNI, not a ClientHello, and a segment that ends too early', () => {
    expect(sni(tlsClientHello(undefined))).toBe(NO_SNI);
    expect(sni(Buffer.from('170303001000', 'hex'))).toBe(NOT_CLIENT_HELLO);
    const big = tlsClientHello('late.example', { paddingBefore: 1800 });
    expect(sni(big, 1400)).toBe(NEED_MORE);
    expect(sni(big)).toBe('late.example');
    const corrupt = Buffer.from(big);
    corrupt.writeUInt16BE(40, 3); // record claims to be shorter than its content
    expect(sni(corrupt)).toBe(NOT_CLIENT_HELLO);
  });
});

describe('HTTP', () => {
  it('reads the method, Host and target', () => {
    const request = httpRequest('Tracker.C2.example:8080', '/upload?id=1', 'POST');
    expect(parseHttpRequest(request, 0, request.length)).toEqual({ method: 'POST', host: 'Tracker.C2.example:8080', target: '/upload?id=1' });
    const connect = Buffer.from('CONNECT c2.example:443 HTTP/1.1\r\n\r\n');
    expect(parseHttpRequest(connect, 0, connect.length)?.host).toBe('c2.example:443');
  });

  it('ignores what is not an HTTP request with a Host', () => {
    for (const text of ['GET / HTTP/1.1\r\n\r\n', 'GETX / HTTP/1.1\r\nHost: a\r\n\r\n', 'GET /\r\nHost: a\r\n', 'Go away']) {
      const b = Buffer.from(text);
      expect(parseHttpRequest(b, 0, b.length)).toBeUndefined();
    }
  });

  it('strips ports from host names and IPv6 literals', () => {
    expect(stripPort('c2.example:8080')).toBe('c2.example');
    expect(stripPort('[2001:db8::7]:80')).toBe('2001:db8::7');
    expect(stripPort('c2.example')).toBe('c2.example');
  });
});
