import type { Report } from './model.ts';

/** The report as indented JSON (already redacted by `createReport`). */
export function renderReportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
