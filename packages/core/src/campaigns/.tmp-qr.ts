import { readFileSync, readdirSync } from 'node:fs';
import { qrOnFirstPage } from './testing/pdf-pages.ts';
for (const t of readdirSync('/tmp/kitcheck').filter((d) => !d.endsWith('.png'))) for (const l of ['en','it','es','de','fr']) {
  const pdf = readFileSync(`/tmp/kitcheck/${t}/${l}/flyer-a5.pdf`);
  console.log(t, l, [72, 100, 120, 150, 200, 300].map((d) => `${d}:${qrOnFirstPage(pdf, d) ? 'ok' : '--'}`).join(' '));
}
