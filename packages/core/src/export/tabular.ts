import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

/** A table for export: the same shape becomes CSV or XLSX. */
export interface Table {
  /** The worksheet's name (XLSX); at most 31 characters. */
  name: string;
  header: string[];
  rows: Array<Array<string | number | null>>;
}

// A cell a spreadsheet would run as a formula is prefixed so it stays text (CSV injection).
export const asText = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const cell = (v: string | number | null) => (v === null ? '' : typeof v === 'number' ? v : asText(v));

/** UTF-8 with a byte-order mark, so spreadsheet programs read accents right. */
export function toCsv(table: Table): string {
  return stringify([table.header, ...table.rows.map((r) => r.map(cell))], { bom: true });
}

/** One worksheet, header in bold and frozen, columns sized to their content; text never becomes a formula. */
export async function toXlsx(table: Table): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(0);
  const sheet = workbook.addWorksheet(table.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((v) => (v === null ? null : typeof v === 'number' ? v : asText(v))));
  sheet.columns.forEach((column, i) => {
    const longest = Math.max(table.header[i]?.length ?? 0, ...table.rows.map((r) => String(r[i] ?? '').length));
    column.width = Math.min(60, Math.max(10, longest + 2));
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
