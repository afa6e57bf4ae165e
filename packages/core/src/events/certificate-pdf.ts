import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Translate } from '../i18n/translator.ts';

const require = createRequire(import.meta.url);
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

export interface AttendanceCertificate {
  name: string;
  eventTitle: string;
  when: string;
  organisation: string;
}

/** An A4 landscape attendance certificate, in the same style as the course certificate. */
export async function renderAttendancePdf(data: AttendanceCertificate, options: { t: Translate; appName: string }): Promise<Uint8Array> {
  const { t } = options;
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 0, info: { Title: `${t('events:certificate.title')} – ${data.eventTitle}`, Author: options.appName } });
  doc.registerFont('body', FONT).registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  const { width, height } = doc.page;
  doc.lineWidth(2).strokeColor('#1f6f64').rect(28, 28, width - 56, height - 56).stroke();
  const column = { x: 90, width: width - 180 };
  doc.font('bold').fontSize(13).fillColor('#1f6f64').text(options.appName.toUpperCase(), column.x, 90, { width: column.width, align: 'center', characterSpacing: 2 });
  doc.font('bold').fontSize(30).fillColor('#1d2330').text(t('events:certificate.title'), column.x, 125, { width: column.width, align: 'center' });
  doc.font('body').fontSize(14).fillColor('#4a5263').text(t('events:certificate.certifies'), column.x, 195, { width: column.width, align: 'center' });
  doc.font('bold').fontSize(26).fillColor('#1d2330').text(data.name, column.x, 220, { width: column.width, align: 'center' });
  doc.font('body').fontSize(14).fillColor('#4a5263').text(t('events:certificate.attended'), column.x, 268, { width: column.width, align: 'center' });
  doc.font('bold').fontSize(20).fillColor('#1d2330').text(data.eventTitle, column.x, 292, { width: column.width, align: 'center' });
  doc.font('body').fontSize(13).fillColor('#1d2330').text(data.when, column.x, height - 170, { width: column.width, align: 'center' });
  doc.text(t('events:certificate.organiser', { organisation: data.organisation }), column.x, height - 148, { width: column.width, align: 'center' });
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
