import { resolveLimits, type IocLimits } from '../limits.ts';
import type { TextReadOptions } from '../util/text-source.ts';

/** Options every input reader accepts. */
export interface InputOptions {
  /** Input name shown in evidence (a file name, "pasted text", …). */
  name?: string;
  limits?: Partial<IocLimits>;
  signal?: AbortSignal;
  /** Called with the number of bytes read so far, for progress bars. */
  onProgress?: (bytesRead: number) => void;
}

export function textReadOptions(options: InputOptions, fallbackName: string): TextReadOptions & { file: string } {
  const limits = resolveLimits(options.limits);
  return {
    file: options.name ?? fallbackName,
    maxBytes: limits.maxTextBytes,
    maxLineBytes: limits.maxLineBytes,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  };
}
