import type { Report } from '@destalk/ioc';

const LEVEL_LABEL = { high: 'HIGH', medium: 'MEDIUM', low: 'LOW' } as const;

/** The report for a terminal: the summary and its limit first, then each finding with its evidence. */
export function renderReportText(report: Report): string {
  const lines = [report.summary.text, report.summary.disclaimer, ''];
  for (const f of report.findings) {
    const where = [f.evidence.input, f.evidence.line ? `line ${f.evidence.line}` : '', f.evidence.packet ? `packet ${f.evidence.packet}` : '', f.evidence.time ?? ''].filter(Boolean).join(', ');
    lines.push(`[${LEVEL_LABEL[f.level]}] ${f.kind}${f.app ? ` — ${f.app.name}${f.app.aliases.length ? ` (also: ${f.app.aliases.join(', ')})` : ''}` : ''}`);
    lines.push(`    ${f.explanation}`);
    lines.push(`    seen: ${f.evidence.value}${where ? `  (${where})` : ''}${f.occurrences > 1 ? `  ×${f.occurrences}` : ''}`);
  }
  if (report.findings.length) lines.push('');
  lines.push(`inputs: ${report.inputs.map((i) => `${i.name} (${i.kind})`).join(', ')}`);
  const credits = new Set(report.feeds.map((f) => `indicators: ${f.provenance.attribution}${f.provenance.version ? `, version ${f.provenance.version}` : ''}`));
  lines.push(...credits);
  return lines.join('\n');
}
