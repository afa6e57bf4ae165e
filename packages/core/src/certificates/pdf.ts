import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { Locale } from '../i18n/locales.ts';
import type { Translate } from '../i18n/translator.ts';
import type { CertificateDocumentData } from './queries/certificates.ts';

// DejaVu Sans covers Latin, Greek and Cyrillic: every holder's name prints as written.
const require = createRequire(import.meta.url);
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

const INK = '#1d2330';
const MUTED = '#4a5263';
const ACCENT = '#1f6f64';

/**
 * The certificate as an A4 landscape PDF: holder, course, dates, the verification code and a QR
 * code of the public verification page. The QR code is drawn as vector squares (sharp at any
 * print size, no image library).
 */
export async function renderCertificatePdf(data: CertificateDocumentData, options: { t: Translate; locale: Locale; appName: string; verifyUrl: string; kind?: 'course' | 'pathway' }): Promise<Uint8Array> {
  const { t, locale } = options;
  const day = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 0, info: { Title: `${t('certificate:title')} – ${data.courseTitle}`, Author: options.appName, Subject: data.code } });
  doc.registerFont('body', FONT).registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));

  const { width, height } = doc.page;
  doc.lineWidth(2).strokeColor(ACCENT).rect(28, 28, width - 56, height - 56).stroke();
  doc.lineWidth(0.5).rect(36, 36, width - 72, height - 72).stroke();

  const column = { x: 90, width: width - 180 };
  doc.font('bold').fontSize(13).fillColor(ACCENT).text(options.appName.toUpperCase(), column.x, 80, { width: column.width, align: 'center', characterSpacing: 2 });
  doc.font('bold').fontSize(32).fillColor(INK).text(t('certificate:title'), column.x, 115, { width: column.width, align: 'center' });
  doc.font('body').fontSize(14).fillColor(MUTED).text(t('certificate:certifies'), column.x, 185, { width: column.width, align: 'center' });
  doc.font('bold').fontSize(28).fillColor(INK).text(data.holderName, column.x, 212, { width: column.width, align: 'center' });
  doc.font('body').fontSize(14).fillColor(MUTED).text(t(options.kind === 'pathway' ? 'certificate:completedPathway' : 'certificate:completed'), column.x, 262, { width: column.width, align: 'center' });
  doc.font('bold').fontSize(20).fillColor(INK).text(data.courseTitle, column.x, 288, { width: column.width, align: 'center' });

  const footerY = height - 180;
  doc.font('body').fontSize(12).fillColor(INK);
  doc.text(t('certificate:issued', { date: day(data.issuedAt) }), column.x, footerY);
  doc.text(t('certificate:validUntil', { date: day(data.expiresAt) }), column.x, footerY + 20);
  doc.font('bold').text(`${t('certificate:code')}: ${data.code}`, column.x, footerY + 48);
  doc.font('body').fontSize(10).fillColor(MUTED).text(t('certificate:verifyAt', { url: options.verifyUrl }), column.x, footerY + 72, { width: width - 360 });
  if (data.status === 'expired') doc.font('bold').fontSize(11).fillColor('#9b2c2c').text(t('certificate:expiredNote', { date: day(data.expiresAt) }), column.x, footerY + 100);

  const qr = QRCode.create(options.verifyUrl, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const box = 110;
  const cell = box / size;
  const qx = width - 90 - box;
  const qy = footerY - 4;
  doc.fillColor(INK);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) if (qr.modules.get(row, col)) doc.rect(qx + col * cell, qy + row * cell, cell, cell);
  }
  doc.fill();
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
