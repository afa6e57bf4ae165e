/**
 * Text inputs arrive as pasted text (web), uploaded bytes (web) or file streams (CLI). These
 * helpers give every text parser one bounded way to read them: by whole text for small JSON
 * files, or line by line (streamed, constant memory) for logs that may be gigabytes.
 */
import { IocInputError, throwIfAborted } from '../errors.ts';

export type TextSource = string | Uint8Array | AsyncIterable<Uint8Array | string>;
export type BinarySource = Uint8Array | AsyncIterable<Uint8Array>;

export interface TextReadOptions {
  /** Name used in error locations. */
  file?: string;
  maxBytes: number;
  maxLineBytes?: number;
  signal?: AbortSignal;
  /** Called with the total number of bytes read so far. */
  onProgress?: (bytesRead: number) => void;
}

function tooLarge(file: string | undefined, maxBytes: number): IocInputError {
  return new IocInputError('input_too_large', `Input is larger than the limit of ${maxBytes} bytes`, file === undefined ? {} : { file });
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads a whole text source into a string, refusing more than `maxBytes`. */
export async function readText(source: TextSource, options: TextReadOptions): Promise<string> {
  if (typeof source === 'string') {
    if (Buffer.byteLength(source) > options.maxBytes) throw tooLarge(options.file, options.maxBytes);
    return stripBom(source);
  }
  if (source instanceof Uint8Array) {
    if (source.byteLength > options.maxBytes) throw tooLarge(options.file, options.maxBytes);
    return stripBom(new TextDecoder('utf-8').decode(source));
  }
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let total = 0;
  for await (const chunk of source) {
    throwIfAborted(options.signal);
    const bytes = typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
    total += bytes;
    if (total > options.maxBytes) throw tooLarge(options.file, options.maxBytes);
    parts.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    options.onProgress?.(total);
  }
  parts.push(decoder.decode());
  return stripBom(parts.join(''));
}

/**
 * Calls `onLine` for every line (without its end-of-line characters) with its 1-based number.
 * Streams: only the current partial line is kept between chunks.
 */
export async function forEachLine(
  source: TextSource,
  options: TextReadOptions,
  onLine: (text: string, line: number) => void,
): Promise<number> {
  const maxLine = options.maxLineBytes ?? 1024 * 1024;
  let lineNo = 0;
  let carry = '';
  let first = true;
  const emitText = (text: string, final: boolean): void => {
    let data = carry + text;
    if (first && data.length > 0) {
      data = stripBom(data);
      first = false;
    }
    let start = 0;
    for (;;) {
      const nl = data.indexOf('\n', start);
      if (nl === -1) break;
      const end = nl > start && data.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      if (end - start > maxLine) throw lineTooLong(options.file, lineNo + 1, maxLine);
      lineNo++;
      onLine(data.slice(start, end), lineNo);
      start = nl + 1;
    }
    carry = data.slice(start);
    if (carry.length > maxLine) throw lineTooLong(options.file, lineNo + 1, maxLine);
    if (final && carry.length > 0) {
      lineNo++;
      onLine(carry.endsWith('\r') ? carry.slice(0, -1) : carry, lineNo);
      carry = '';
    }
  };

  if (typeof source === 'string' || source instanceof Uint8Array) {
    const text = await readText(source, options);
    emitText(text, true);
    options.onProgress?.(typeof source === 'string' ? Buffer.byteLength(source) : source.byteLength);
    return lineNo;
  }
  const decoder = new TextDecoder('utf-8');
  let total = 0;
  for await (const chunk of source) {
    throwIfAborted(options.signal, options.file === undefined ? {} : { file: options.file });
    total += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
    if (total > options.maxBytes) throw tooLarge(options.file, options.maxBytes);
    emitText(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }), false);
    options.onProgress?.(total);
  }
  emitText(decoder.decode(), true);
  return lineNo;
}

function lineTooLong(file: string | undefined, line: number, max: number): IocInputError {
  return new IocInputError('input_too_large', `Line is longer than the limit of ${max} characters`, {
    ...(file === undefined ? {} : { file }),
    line,
  });
}
