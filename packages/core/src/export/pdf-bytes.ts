/**
 * Collects a pdfkit document's output: call before drawing, `await` after `doc.end()`. (pdfkit
 * streams its bytes; every PDF the platform makes is small enough to hold in memory.)
 */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
