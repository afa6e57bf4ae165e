import PDFDocument from 'pdfkit';
import { pdfBytes } from '../../export/pdf-bytes.ts';
import { FONT_FILES } from './fonts.ts';
import type { PressRelease } from './kit-texts.ts';

const INK = '#1d2330';
const MUTED = '#4a5263';

/** The press release as an A4 document with real, flowing text (pdfkit wraps and breaks pages). */
export async function renderPressReleasePdf(p: PressRelease, accent: string, language: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 64, bottom: 64, left: 72, right: 72 }, info: { Title: p.title, Producer: 'DeStalk' }, lang: language, displayTitle: true });
  doc.registerFont('regular', FONT_FILES.regular).registerFont('bold', FONT_FILES.bold);
  const bytes = pdfBytes(doc);
  const width = doc.page.width - 144;
  doc.rect(72, 48, 60, 5).fill(accent);
  doc.moveDown(1);
  doc.font('bold').fontSize(20).fillColor(INK).text(p.title, { width, lineGap: 2 });
  doc.moveDown(0.6);
  doc.font('bold').fontSize(11).fillColor(MUTED).text(p.dateline, { width });
  doc.moveDown(0.6);
  doc.font('bold').fontSize(12).fillColor(INK).text(p.lead, { width, lineGap: 2 });
  for (const para of p.paragraphs) {
    doc.moveDown(0.8);
    doc.font('regular').fontSize(11.5).fillColor(INK).text(para, { width, lineGap: 2.5 });
  }
  if (p.messages.length) {
    doc.moveDown(0.8);
    doc.font('regular').fontSize(11.5).list(p.messages, { width, bulletRadius: 2, textIndent: 14, lineGap: 2.5 });
  }
  doc.moveDown(0.8);
  doc.font('bold').fontSize(11.5).text(p.quote, { width, lineGap: 2.5 });
  doc.moveDown(1);
  doc.font('bold').fontSize(12).text(p.contactsHeading, { width });
  doc.moveDown(0.3);
  doc.font('regular').fontSize(11).list(p.contacts, { width, bulletRadius: 2, textIndent: 14, lineGap: 2 });
  doc.moveDown(0.3);
  doc.font('regular').fontSize(11).fillColor(INK).text(p.url, { width });
  doc.moveDown(1);
  doc.font('bold').fontSize(11).text(`— ${p.ends} —`, { width, align: 'center' });
  doc.moveDown(1);
  doc.font('bold').fontSize(10).fillColor(MUTED).text(p.notesHeading, { width });
  doc.font('regular').fontSize(10).text(p.notes, { width, lineGap: 1.5 });
  doc.moveDown(0.4);
  doc.text(p.mediaContact, { width });
  doc.end();
  return bytes;
}
