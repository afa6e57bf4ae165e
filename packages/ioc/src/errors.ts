/**
 * The one error type this library throws for bad inputs and bad feeds.
 *
 * The platform shows these to people who may be in a stressful situation, so it never shows
 * `message` (an English developer message) directly: it translates `code`. Codes are therefore
 * a stable public contract — add new ones, never rename or reuse them.
 */
export const IOC_ERROR_CODES = [
  /** A feed could not be parsed or does not have the expected shape. */
  'feed_malformed',
  /** A feed is larger than the configured `maxFeedBytes`; checked before parsing. */
  'feed_too_large',
  /** A text input (package list, Zeek log, …) is larger than allowed or has an absurd line. */
  'input_too_large',
  /** A text input is not what the parser was asked to read (e.g. not a Zeek log). */
  'input_malformed',
  /** The capture does not start with a pcap or pcapng magic number. */
  'pcap_bad_magic',
  /** The capture ends in the middle of a header, block or packet. */
  'pcap_truncated',
  /** A record or block announces an impossible length, or its structure is inconsistent. */
  'pcap_malformed',
  /** The capture's link layer is not one this library can read (classic pcap only). */
  'pcap_unsupported_link',
  /** A zip archive is not a readable zip (no end of central directory, bad headers, …). */
  'zip_malformed',
  /** A zip entry, or the entries read together, inflate beyond the configured limits. */
  'zip_bomb',
  /** A zip entry name is absolute or climbs out of the archive with `..`. */
  'zip_path_traversal',
  /** A zip uses encryption or a compression method other than stored/deflate. */
  'zip_unsupported',
  /** An androidqf acquisition has no packages.json. */
  'androidqf_missing_packages',
  /** An androidqf file (packages.json, …) is not shaped as androidqf writes it. */
  'androidqf_bad_shape',
  /** The caller's AbortSignal fired. */
  'aborted',
] as const;

export type IocErrorCode = (typeof IOC_ERROR_CODES)[number];

/** Where in an input or feed the problem is. Every field is optional; set what is known. */
export interface IocErrorLocation {
  /** Name of the input or feed file (or zip entry) the error is about. */
  file?: string;
  /** 1-based line number in a text file. */
  line?: number;
  /** Identifier of an object (STIX id, app name, JSON path, …). */
  objectId?: string;
  /** Byte offset from the start of the input. */
  offset?: number;
  /** 1-based packet (or pcapng block) number. */
  packet?: number;
}

function describeLocation(location: IocErrorLocation): string {
  const parts: string[] = [];
  if (location.file !== undefined) parts.push(`file ${location.file}`);
  if (location.line !== undefined) parts.push(`line ${location.line}`);
  if (location.objectId !== undefined) parts.push(`object ${location.objectId}`);
  if (location.packet !== undefined) parts.push(`packet ${location.packet}`);
  if (location.offset !== undefined) parts.push(`byte offset ${location.offset}`);
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

export class IocInputError extends Error {
  override readonly name = 'IocInputError';
  readonly code: IocErrorCode;
  readonly location: IocErrorLocation;

  constructor(code: IocErrorCode, message: string, location: IocErrorLocation = {}, options?: { cause?: unknown }) {
    super(`${message}${describeLocation(location)}`, options);
    this.code = code;
    this.location = location;
  }
}

/** Throws the library's `aborted` error when the signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined, location: IocErrorLocation = {}): void {
  if (signal?.aborted) {
    throw new IocInputError('aborted', 'The operation was aborted', location, { cause: signal.reason });
  }
}
