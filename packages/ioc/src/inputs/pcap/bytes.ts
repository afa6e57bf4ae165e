/**
 * Big-endian field readers for the packet parsers. Callers check bounds before reading; these
 * stay tiny so V8 inlines them into the per-packet loop (no allocation, no DataView).
 */
export function u16(b: Uint8Array, p: number): number {
  return ((b[p] as number) << 8) | (b[p + 1] as number);
}

export function u32(b: Uint8Array, p: number): number {
  return (((b[p] as number) << 24) | ((b[p + 1] as number) << 16) | ((b[p + 2] as number) << 8) | (b[p + 3] as number)) >>> 0;
}

export function u24(b: Uint8Array, p: number): number {
  return ((b[p] as number) << 16) | ((b[p + 1] as number) << 8) | (b[p + 2] as number);
}
