import type { Table } from '../export/tabular.ts';
import type { Translate } from '../i18n/translator.ts';
import type { ReportTable } from './impact-report.ts';

/**
 * A report table as CSV/XLSX rows: numbers stay numbers (so spreadsheets can sum them), a
 * suppressed figure is the text "< k" — never its value — and the total closes the table.
 */
export function tableForExport(table: ReportTable, k: number, t: Translate): Table {
  const value = (c: { value: number | null; suppressed: boolean }) => (c.suppressed ? t('report:suppressed', { k }) : c.value);
  return {
    name: table.title,
    header: table.header,
    rows: [...table.rows.map((r) => [r.label, ...r.cells.map(value)]), ...(table.total ? [[t('report:rows.total'), ...table.total.map(value)]] : [])],
  };
}
