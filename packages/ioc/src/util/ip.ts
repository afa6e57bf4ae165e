/**
 * IP address parsing and canonical formatting.
 *
 * IPv4 addresses are keyed as unsigned 32-bit numbers so the packet scanner can look them up
 * without building a string per packet. IPv6 addresses are keyed by their RFC 5952 text form
 * (lower case, longest zero run compressed), so `2001:DB8:0:0::1` and `2001:db8::1` are equal.
 */

/** Parses a strict dotted quad ("1.2.3.4") into an unsigned 32-bit number. */
export function parseIpv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (part.length === 0 || part.length > 3 || !/^\d+$/.test(part)) return undefined;
    if (part.length > 1 && part.startsWith('0')) return undefined; // octal-looking, ambiguous
    const n = Number(part);
    if (n > 255) return undefined;
    value = value * 256 + n;
  }
  return value;
}

export function formatIpv4(value: number): string {
  return `${(value >>> 24) & 255}.${(value >>> 16) & 255}.${(value >>> 8) & 255}.${value & 255}`;
}

/** Parses an IPv6 address (with optional embedded IPv4 tail, no zone id) into 16 bytes. */
export function parseIpv6(text: string): Uint8Array | undefined {
  let input = text;
  if (input.startsWith('[') && input.endsWith(']')) input = input.slice(1, -1);
  if (!input.includes(':') || input.includes('%')) return undefined;
  const bytes = new Uint8Array(16);
  const halves = input.split('::');
  if (halves.length > 2) return undefined;
  const parseGroups = (part: string): number[] | undefined => {
    if (part === '') return [];
    const groups: number[] = [];
    const pieces = part.split(':');
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i] as string;
      if (i === pieces.length - 1 && piece.includes('.')) {
        const v4 = parseIpv4(piece);
        if (v4 === undefined) return undefined;
        groups.push(v4 >>> 16, v4 & 0xffff);
        continue;
      }
      if (!/^[0-9a-fA-F]{1,4}$/.test(piece)) return undefined;
      groups.push(parseInt(piece, 16));
    }
    return groups;
  };
  const head = parseGroups(halves[0] as string);
  const tail = halves.length === 2 ? parseGroups(halves[1] as string) : [];
  if (head === undefined || tail === undefined) return undefined;
  if (halves.length === 1 ? head.length !== 8 : head.length + tail.length > 7) return undefined;
  const groups = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  groups.forEach((g, i) => {
    bytes[i * 2] = g >>> 8;
    bytes[i * 2 + 1] = g & 0xff;
  });
  return bytes;
}

/** Formats 16 bytes starting at `offset` as RFC 5952 text. */
export function formatIpv6(bytes: Uint8Array, offset = 0): string {
  const groups: number[] = [];
  for (let i = 0; i < 8; i++) groups.push(((bytes[offset + i * 2] as number) << 8) | (bytes[offset + i * 2 + 1] as number));
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart === -1) return hex.join(':');
  const left = hex.slice(0, bestStart).join(':');
  const right = hex.slice(bestStart + bestLen).join(':');
  return `${left}::${right}`;
}

/** The IPv4 address inside an IPv4-mapped IPv6 address (::ffff:a.b.c.d), if it is one. */
export function mappedIpv4(bytes: Uint8Array, offset = 0): number | undefined {
  for (let i = 0; i < 10; i++) if (bytes[offset + i] !== 0) return undefined;
  if (bytes[offset + 10] !== 0xff || bytes[offset + 11] !== 0xff) return undefined;
  return (
    (((bytes[offset + 12] as number) << 24) |
      ((bytes[offset + 13] as number) << 16) |
      ((bytes[offset + 14] as number) << 8) |
      (bytes[offset + 15] as number)) >>>
    0
  );
}

export type ParsedIp = { version: 4; value: number; text: string } | { version: 6; bytes: Uint8Array; text: string };

/** Parses either address family and returns its canonical text. */
export function parseIp(text: string): ParsedIp | undefined {
  const trimmed = text.trim();
  // Fast reject for host names: an address ends with a digit, a hex digit or "]" and IPv6 has ":".
  const last = trimmed.charCodeAt(trimmed.length - 1);
  if (!trimmed.includes(':') && !(last >= 48 && last <= 57)) return undefined;
  const v4 = parseIpv4(trimmed);
  if (v4 !== undefined) return { version: 4, value: v4, text: formatIpv4(v4) };
  const v6 = parseIpv6(trimmed);
  if (v6 === undefined) return undefined;
  const mapped = mappedIpv4(v6);
  if (mapped !== undefined) return { version: 4, value: mapped, text: formatIpv4(mapped) };
  return { version: 6, bytes: v6, text: formatIpv6(v6) };
}
