import { describe, expect, it } from 'vitest';
import { formatIpv4, formatIpv6, mappedIpv4, parseIp, parseIpv4, parseIpv6 } from './ip.ts';

describe('IPv4', () => {
  it('parses strict dotted quads to unsigned numbers', () => {
    expect(parseIpv4('203.0.113.7')).toBe(0xcb007107);
    expect(parseIpv4('255.255.255.255')).toBe(0xffffffff);
    expect(formatIpv4(0xcb007107)).toBe('203.0.113.7');
  });

  it('rejects malformed and ambiguous forms', () => {
    for (const bad of ['1.2.3', '1.2.3.4.5', '256.1.1.1', '01.2.3.4', '1.2.3.x', '', ' 1.2.3.4']) {
      expect(parseIpv4(bad)).toBeUndefined();
    }
  });
});

describe('IPv6', () => {
  it('formats in RFC 5952 canonical form whatever the input spelling', () => {
    expect(formatIpv6(parseIpv6('2001:DB8:0:0:0:0:0:7') as Uint8Array)).toBe('2001:db8::7');
    expect(formatIpv6(parseIpv6('2001:0db8:0000:0000:0001:0000:0000:0001') as Uint8Array)).toBe('2001:db8::1:0:0:1');
    expect(formatIpv6(parseIpv6('::') as Uint8Array)).toBe('::');
    expect(formatIpv6(parseIpv6('fe80::1:2') as Uint8Array)).toBe('fe80::1:2');
    expect(formatIpv6(parseIpv6('[2001:db8::7]') as Uint8Array)).toBe('2001:db8::7');
    expect(formatIpv6(parseIpv6('2001:db8:1:1:1:1:1:1') as Uint8Array)).toBe('2001:db8:1:1:1:1:1:1');
  });

  it('rejects malformed addresses', () => {
    for (const bad of ['2001:db8::7::1', '2001:db8', '12345::1', 'fe80::1%eth0', 'g::1', '1:2:3:4:5:6:7:8:9']) {
      expect(parseIpv6(bad)).toBeUndefined();
    }
  });

  it('reads IPv4-mapped addresses as IPv4', () => {
    const bytes = parseIpv6('::ffff:203.0.113.7') as Uint8Array;
    expect(mappedIpv4(bytes)).toBe(0xcb007107);
    expect(parseIp('::ffff:203.0.113.7')).toEqual({ version: 4, value: 0xcb007107, text: '203.0.113.7' });
  });

  it('parseIp returns the canonical text of both families', () => {
    expect(parseIp(' 2001:DB8::0:7 ')?.text).toBe('2001:db8::7');
    expect(parseIp('198.51.100.20')?.text).toBe('198.51.100.20');
    expect(parseIp('not-an-ip')).toBeUndefined();
  });
});
