import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import busboy from 'busboy';

export interface CheckUpload {
  fields: Record<string, string>;
  /** The uploaded file, still streaming: it is read once, by the check, and never written. */
  file?: { name: string; stream: Readable };
}

export class UploadTooLargeError extends Error {}

/**
 * Reads a multipart check form as a stream. Fields before the file part are collected; the file
 * is handed over unread, so a capture of hundreds of megabytes never sits in memory. The form puts
 * the file input last, which browsers send last.
 */
export function readCheckUpload(request: Request, maxBytes: number): Promise<CheckUpload> {
  const contentType = request.headers.get('content-type') ?? '';
  return new Promise((resolve, reject) => {
    if (!request.body || !contentType.startsWith('multipart/form-data')) {
      reject(new Error('expected a multipart form'));
      return;
    }
    const parser = busboy({ headers: { 'content-type': contentType }, limits: { files: 1, fileSize: maxBytes, fields: 30, fieldSize: 32 * 1024 * 1024 } });
    const fields: Record<string, string> = {};
    let settled = false;
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (_name, stream, info) => {
      if (settled || !info.filename) {
        stream.resume();
        return;
      }
      stream.on('limit', () => stream.destroy(new UploadTooLargeError('upload over the size limit')));
      settled = true;
      resolve({ fields, file: { name: info.filename, stream } });
    });
    parser.on('close', () => {
      if (!settled) resolve({ fields });
    });
    parser.on('error', (error) => (settled ? undefined : reject(error)));
    Readable.fromWeb(request.body as unknown as NodeReadableStream<Uint8Array>).pipe(parser);
  });
}
