import {
  type BinarySource,
  createReport,
  type IndicatorIndex,
  readAndroidQf,
  type Report,
  type ScanResult,
  scanAndroidQf,
  scanPackageList,
  scanPcap,
  scanPlainList,
  scanPmList,
  scanZeekLog,
  type TextSource,
} from '@destalk/ioc';
import type { Actor } from '../../accounts/actor.ts';
import { AppError } from '../../errors.ts';
import type { Platform } from '../../platform.ts';
import { activeIndicatorIndex } from '../indicator-cache.ts';
import { authorizeCheck } from '../policies.ts';
import type { CheckInputKind } from '../schema.ts';

export interface CheckInput {
  kind: CheckInputKind;
  /** A file name or "pasted text"; shown in the evidence. */
  name: string;
  /** Pasted text, uploaded bytes, or a stream of an upload (captures are streamed). */
  source: string | Uint8Array | AsyncIterable<Uint8Array>;
}

async function bytesOf(source: CheckInput['source']): Promise<Uint8Array> {
  if (typeof source === 'string') return new TextEncoder().encode(source);
  if (source instanceof Uint8Array) return source;
  const chunks: Uint8Array[] = [];
  for await (const chunk of source) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Scans one input against the index; the input is read once and never kept. */
export async function scanInput(input: CheckInput, index: IndicatorIndex, signal?: AbortSignal): Promise<ScanResult> {
  const options = { name: input.name, ...(signal ? { signal } : {}) };
  switch (input.kind) {
    case 'androidqf':
      return scanAndroidQf(await readAndroidQf(await bytesOf(input.source), options), index);
    case 'network_capture':
      return scanPcap((typeof input.source === 'string' ? new TextEncoder().encode(input.source) : input.source) as BinarySource, index, options);
    case 'pm_list':
      return scanPmList(input.source as TextSource, index, options);
    case 'package_list':
      return scanPackageList(input.source as TextSource, index, options);
    case 'zeek_log':
      return scanZeekLog(input.source as TextSource, index, options);
    case 'indicator_list':
      return scanPlainList(input.source as TextSource, index, options);
  }
}

/**
 * Runs the stalkerware check in memory and returns the redacted report. Nothing of the input or
 * the report is written anywhere (DESIGN.md §1.3); saving is a separate, explicit step.
 */
export async function runCheck(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor, input: CheckInput, signal?: AbortSignal): Promise<Report> {
  authorizeCheck(actor, 'check.run');
  const index = await activeIndicatorIndex(platform);
  if (!index) throw new AppError('conflict', 'no indicator feed has been imported yet');
  const scan = await scanInput(input, index, signal);
  return createReport([scan], { feeds: index.feeds, generatedAt: platform.clock.now() });
}
