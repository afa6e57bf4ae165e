import QRCode from 'qrcode';
import { h, type Node } from './element.ts';

/**
 * A QR code as layout elements: dark runs of modules become boxes, so the code is drawn as vectors
 * in the PDF (sharp at any print size) and as pixels in the PNG — from the same tree. Dark on
 * white with a four-module quiet zone, whatever the campaign's colours (scanners need contrast).
 */
export function qrTree(url: string, size: number): Node {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 4;
  const cell = size / (n + 2 * quiet);
  const runs: Node[] = [];
  for (let y = 0; y < n; y++) {
    let x = 0;
    while (x < n) {
      if (!qr.modules.get(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < n && qr.modules.get(y, x)) x++;
      // A hair of overlap closes the seams anti-aliasing would leave between neighbouring boxes.
      runs.push(h('div', { style: { position: 'absolute', display: 'flex', left: (quiet + start) * cell, top: (quiet + y) * cell, width: (x - start) * cell + 0.05, height: cell + 0.05, backgroundColor: '#000000' } }));
    }
  }
  return h('div', { style: { display: 'flex', position: 'relative', width: size, height: size, backgroundColor: '#ffffff', flexShrink: 0 } }, ...runs);
}
