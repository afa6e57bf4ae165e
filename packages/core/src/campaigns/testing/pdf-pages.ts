import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { getDocumentProxy } from 'unpdf';

/** Page count and page sizes (points) of a PDF, read by pdf.js. */
export async function pdfPages(bytes: Uint8Array): Promise<Array<{ width: number; height: number; text: string }>> {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' ');
    pages.push({ width: x1 - x0, height: y1 - y0, text });
  }
  return pages;
}

/** The PNG's width and height from its header. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const b = Buffer.from(bytes);
  if (b.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function decodePpm(bytes: Buffer): { width: number; height: number; rgba: Uint8ClampedArray } {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PPM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const data = bytes.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba[i * 4] = data[i * 3]!;
    rgba[i * 4 + 1] = data[i * 3 + 1]!;
    rgba[i * 4 + 2] = data[i * 3 + 2]!;
    rgba[i * 4 + 3] = 255;
  }
  return { width, height, rgba };
}

/**
 * Prints the PDF's first page to pixels with poppler's pdftoppm (what a print shop's RIP does), its
 * long side `longSidePx` pixels whatever the paper size, and reads the QR code on it. Poppler (Debian package poppler-utils) is installed by .ci/run.
 */
export function qrOnFirstPage(pdf: Uint8Array, longSidePx = 1400): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'destalk-qr-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    execFileSync('pdftoppm', ['-scale-to', String(longSidePx), '-f', '1', '-l', '1', join(dir, 'in.pdf'), join(dir, 'page')]);
    const file = readdirSync(dir).find((f) => f.endsWith('.ppm'));
    if (!file) throw new Error('pdftoppm wrote no page');
    const image = decodePpm(readFileSync(join(dir, file)));
    return jsQR(image.rgba, image.width, image.height)?.data ?? null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
