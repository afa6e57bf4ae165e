/// <reference path="../campaigns/render/vendor.d.ts" />
import PDFDocument from 'pdfkit';
import { pdfBytes } from '../export/pdf-bytes.ts';
import SVGtoPDF from 'svg-to-pdfkit';
import { FONT_FILES } from '../campaigns/render/fonts.ts';
import type { Translate } from '../i18n/translator.ts';
import { barChart, columnChart } from './charts.ts';
import { cellText, type ImpactReport } from './impact-report.ts';

const INK = '#17202b';
const MUTED = '#46505e';
const ACCENT = '#1d4f7c';

export interface FunderReportMeta {
  appName: string;
  scopeName: string;
  from: string;
  to: string;
  filters: string;
  generatedAt: Date;
}

/**
 * The printable funder report: headline figures, then every table with its chart, suppressed as
 * on screen. A4, real text in the accessible Atkinson Hyperlegible typeface, numbered pages.
 */
export async function renderFunderReport(report: ImpactReport, meta: FunderReportMeta, t: Translate, locale: string): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 56, bottom: 56, left: 56, right: 56 }, bufferPages: true, info: { Title: `${t('report:pdf.title')} – ${meta.scopeName}`, Author: meta.appName }, lang: locale, displayTitle: true });
  doc.registerFont('regular', FONT_FILES.regular).registerFont('bold', FONT_FILES.bold);
  const bytes = pdfBytes(doc);
  const width = doc.page.width - 112;
  const day = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  const cell = (c: Parameters<typeof cellText>[0]) => cellText(c, report.k, t, locale);

  doc.rect(56, 40, 48, 5).fill(ACCENT);
  doc.font('bold').fontSize(24).fillColor(INK).text(t('report:pdf.title'), 56, 56, { width });
  doc.moveDown(0.3).font('bold').fontSize(13).text(meta.scopeName, { width });
  doc.font('regular').fontSize(10.5).fillColor(MUTED);
  doc.text(t('report:pdf.period', { from: day(meta.from), to: day(meta.to) }), { width });
  if (meta.filters) doc.text(t('report:pdf.filters', { filters: meta.filters }), { width });
  doc.text(t('report:pdf.generated', { date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(meta.generatedAt), app: meta.appName }), { width });

  doc.moveDown(1).font('bold').fontSize(14).fillColor(INK).text(t('report:pdf.headline'), { width });
  const boxW = (width - 20) / 3;
  const top = doc.y + 8;
  report.headline.forEach((h, i) => {
    const x = 56 + (i % 3) * (boxW + 10);
    const y = top + Math.floor(i / 3) * 64;
    doc.roundedRect(x, y, boxW, 56, 4).lineWidth(0.8).strokeColor('#d5dbe0').stroke();
    doc.font('bold').fontSize(18).fillColor(INK).text(cell(h.cell), x + 10, y + 8, { width: boxW - 20 });
    doc.font('regular').fontSize(9).fillColor(MUTED).text(h.label, x + 10, y + 34, { width: boxW - 20 });
  });
  doc.x = 56;
  doc.y = top + Math.ceil(report.headline.length / 3) * 64 + 6;
  doc.font('regular').fontSize(9).fillColor(MUTED).text(t('report:suppressionNote', { k: report.k, below: report.k - 1 }), { width });

  for (const table of report.tables) {
    const rowsNeeded = 40 + table.rows.length * 15 + (table.chart ? 220 : 0);
    if (doc.y + Math.min(rowsNeeded, 420) > doc.page.height - 56) doc.addPage();
    doc.moveDown(1.2).font('bold').fontSize(13).fillColor(INK).text(table.title, 56, doc.y, { width });
    if (table.chart && table.rows.length) {
      const input = { id: table.key, title: table.title, rows: table.rows.map((r) => ({ label: r.label, cell: r.cells[0]! })), suppressedText: t('report:suppressed', { k: report.k }), locale };
      const svg = table.chart === 'bars' ? barChart(input, 640) : columnChart(input, 640);
      const h = Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 200);
      const scale = width / 640;
      if (doc.y + h * scale > doc.page.height - 56) doc.addPage();
      SVGtoPDF(doc, svg, 56, doc.y + 6, { width, height: h * scale, fontCallback: (_f, bold) => (bold ? 'bold' : 'regular') });
      doc.y += h * scale + 10;
    }
    // The data table: the chart's values and every other column, as on screen.
    const cols = table.header.length;
    const first = Math.min(width * 0.42, 200);
    const colW = (width - first) / Math.max(1, cols - 1);
    const line = (cells: string[], bold: boolean) => {
      if (doc.y > doc.page.height - 72) doc.addPage();
      const y = doc.y;
      doc.font(bold ? 'bold' : 'regular').fontSize(8.5).fillColor(INK);
      const heights = cells.map((c, i) => doc.heightOfString(c, { width: (i === 0 ? first : colW) - 6 }));
      cells.forEach((c, i) => doc.text(c, i === 0 ? 56 : 56 + first + (i - 1) * colW, y, { width: (i === 0 ? first : colW) - 6, align: i === 0 ? 'left' : 'right' }));
      doc.y = y + Math.max(...heights) + 4;
      doc.moveTo(56, doc.y - 2).lineTo(56 + width, doc.y - 2).lineWidth(0.4).strokeColor('#d5dbe0').stroke();
    };
    line(table.header, true);
    for (const r of table.rows) line([r.label, ...r.cells.map(cell)], false);
    if (table.total) line([t('report:rows.total'), ...table.total.map(cell)], true);
  }

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(i);
    // The footer sits in the bottom margin; without this pdfkit would start a new page for it.
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(8).fillColor(MUTED).text(t('report:pdf.page', { n: i + 1, total: range.count }), 56, doc.page.height - 40, { width, align: 'right', lineBreak: false });
  }
  doc.end();
  return new Uint8Array(await bytes);
}
