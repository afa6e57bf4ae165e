import { describe, expect, it } from 'vitest';
import { IOC_ERROR_CODES, IocInputError, throwIfAborted } from './errors.ts';

describe('IocInputError', () => {
  it('keeps the published codes stable', () => {
    expect(IOC_ERROR_CODES).toEqual([
      'feed_malformed',
      'feed_too_large',
      'input_too_large',
      'input_malformed',
      'pcap_bad_magic',
      'pcap_truncated',
      'pcap_malformed',
      'pcap_unsupported_link',
      'zip_malformed',
      'zip_bomb',
      'zip_path_traversal',
      'zip_unsupported',
      'androidqf_missing_packages',
      'androidqf_bad_shape',
      'aborted',
    ]);
  });

  it('carries code and location and names the place in its message', () => {
    const error = new IocInputError('pcap_truncated', 'The capture ends early', { file: 'a.pcap', packet: 3, offset: 120 });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('IocInputError');
    expect(error.code).toBe('pcap_truncated');
    expect(error.location).toEqual({ file: 'a.pcap', packet: 3, offset: 120 });
    expect(error.message).toBe('The capture ends early (file a.pcap, packet 3, byte offset 120)');
    expect(new IocInputError('feed_malformed', 'Bad', { line: 4, objectId: 'App' }).message).toBe('Bad (line 4, object App)');
  });

  it('turns an aborted signal into the aborted code', () => {
    const controller = new AbortController();
    expect(() => throwIfAborted(controller.signal)).not.toThrow();
    controller.abort(new Error('user cancelled'));
    expect(() => throwIfAborted(controller.signal, { file: 'x' })).toThrow(expect.objectContaining({ code: 'aborted', location: { file: 'x' } }));
  });
});
