/**
 * Resource limits. Inputs come from people's phones and from uploads, so every reader is bounded:
 * a hostile or broken file must end with a clear error, never exhaust memory or hang.
 */
export interface IocLimits {
  /** Largest feed file accepted, checked before parsing. */
  maxFeedBytes: number;
  /** Largest text input (package list, pm output, Zeek log, domain list) read. */
  maxTextBytes: number;
  /** Longest single line in a text input. */
  maxLineBytes: number;
  /** Largest captured packet length in a pcap record (snaplen is at most 262144 in practice). */
  maxPacketBytes: number;
  /** Largest pcapng block (packet plus options). */
  maxBlockBytes: number;
  /** Largest file read from an androidqf folder or inflated from one zip entry. */
  maxEntryBytes: number;
  /** Total bytes inflated from one zip archive, over all entries read. */
  maxTotalUncompressedBytes: number;
  /** Most entries a zip central directory may list. */
  maxZipEntries: number;
  /** Most packages in one packages.json or package list. */
  maxPackages: number;
}

export const DEFAULT_LIMITS: Readonly<IocLimits> = Object.freeze({
  maxFeedBytes: 50 * 1024 * 1024,
  maxTextBytes: 1024 * 1024 * 1024,
  maxLineBytes: 1024 * 1024,
  maxPacketBytes: 262_144,
  maxBlockBytes: 262_144 + 64 * 1024,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalUncompressedBytes: 256 * 1024 * 1024,
  maxZipEntries: 200_000,
  maxPackages: 100_000,
});

export function resolveLimits(partial: Partial<IocLimits> | undefined): IocLimits {
  return { ...DEFAULT_LIMITS, ...partial };
}
