/**
 * A printable, self-contained HTML rendering of a report: one file, inline CSS, no script, no
 * external resource (a Content-Security-Policy with the style's hash forbids loading any), and
 * every value escaped — evidence comes from untrusted inputs.
 */
import { createHash } from 'node:crypto';
import type { Finding, FindingLevel, Report } from './model.ts';

const CSS = `
:root { color-scheme: light; font-family: system-ui, sans-serif; line-height: 1.45; color: #1b1b1b; }
body { margin: 0; background: #fff; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
.meta, .note { color: #555; font-size: .9rem; }
.summary { border: 2px solid #777; border-radius: .4rem; padding: .75rem 1rem; }
.summary.high { border-color: #b00020; }
.summary.medium { border-color: #a15c00; }
table { width: 100%; border-collapse: collapse; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; border: 1px solid #ccc; padding: .35rem .5rem; }
th { background: #f2f2f2; }
.level { font-weight: bold; text-transform: uppercase; font-size: .8rem; }
.level.high { color: #b00020; }
.level.medium { color: #a15c00; }
.level.low { color: #35556b; }
code { font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
@media print { main { max-width: none; padding: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
`;

const CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(CSS).digest('base64')}'; img-src 'none'; form-action 'none'`;

const LEVEL_TITLES: Record<FindingLevel, string> = {
  high: 'High: matches known stalkerware',
  medium: 'Medium: monitoring apps, distribution sites and warning signs',
  low: 'Low: visits to vendor websites',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

function evidenceCell(finding: Finding): string {
  const e = finding.evidence;
  const where = [
    `input ${escapeHtml(e.input)}`,
    e.path === undefined ? '' : `file ${escapeHtml(e.path)}`,
    e.line === undefined ? '' : `line ${e.line}`,
    e.packet === undefined ? '' : `packet ${e.packet}`,
    e.via === undefined ? '' : escapeHtml(e.via.replace(/_/g, ' ')),
  ].filter((s) => s !== '');
  const times = [
    e.time === undefined ? '' : `first seen ${escapeHtml(e.time)}`,
    finding.occurrences > 1 ? `seen ${finding.occurrences} times` : '',
    finding.lastSeen === undefined ? '' : `last seen ${escapeHtml(finding.lastSeen)}`,
  ].filter((s) => s !== '');
  return `<code>${escapeHtml(e.value)}</code><br><span class="note">${where.join(', ')}${times.length === 0 ? '' : `<br>${times.join(', ')}`}</span>`;
}

function appCell(finding: Finding): string {
  if (finding.app === undefined) return '<span class="note">warning sign</span>';
  const aliases = finding.app.aliases.length === 0 ? '' : `<br><span class="note">also sold as ${escapeHtml(finding.app.aliases.join(', '))}</span>`;
  return `${escapeHtml(finding.app.name)} <span class="note">(${escapeHtml(finding.app.type)})</span>${aliases}`;
}

function findingRow(finding: Finding): string {
  const indicator = finding.indicator === undefined ? '' : `<br><span class="note">indicator <code>${escapeHtml(finding.indicator.value)}</code></span>`;
  return `<tr><td><span class="level ${finding.level}">${finding.level}</span><br>${escapeHtml(finding.kind.replace(/_/g, ' '))}${indicator}</td><td>${appCell(finding)}</td><td>${evidenceCell(finding)}</td><td>${escapeHtml(finding.explanation)}</td></tr>`;
}

function findingsSection(report: Report): string {
  if (report.findings.length === 0) return '<p>No finding.</p>';
  return (['high', 'medium', 'low'] as const)
    .map((level) => {
      const rows = report.findings.filter((f) => f.level === level);
      if (rows.length === 0) return '';
      return `<h3>${escapeHtml(LEVEL_TITLES[level])} (${rows.length})</h3><table><thead><tr><th>Finding</th><th>App</th><th>Evidence</th><th>Why it matters</th></tr></thead><tbody>${rows.map(findingRow).join('')}</tbody></table>`;
    })
    .join('');
}

function inputsSection(report: Report): string {
  if (report.inputs.length === 0) return '<p>No input was checked.</p>';
  const rows = report.inputs.map((input) => {
    const stats = Object.entries(input.stats).map(([k, v]) => `${escapeHtml(k)}: ${v}`).join(', ');
    return `<tr><td>${escapeHtml(input.name)}</td><td>${escapeHtml(input.kind)}</td><td class="note">${stats}</td></tr>`;
  });
  return `<table><thead><tr><th>Input</th><th>Type</th><th>Counts</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function sourcesSection(report: Report): string {
  const groups = new Map<string, { provenance: Report['feeds'][number]['provenance']; ids: string[] }>();
  for (const feed of report.feeds) {
    const p = feed.provenance;
    const key = [p.attribution, p.source, p.version, p.date, p.licence, p.url].map((v) => v ?? '').join('\u0000');
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { provenance: p, ids: [feed.id] });
    else group.ids.push(feed.id);
  }
  const items = [...groups.values()].map(({ provenance: p, ids }) => {
    const snapshot = [p.version === undefined ? '' : `version ${p.version}`, p.date === undefined ? '' : `of ${p.date}`].filter((s) => s !== '').join(' ');
    const link = p.url === undefined ? escapeHtml(p.source) : `<a href="${escapeHtml(p.url)}">${escapeHtml(p.url)}</a>`;
    return `<li>${escapeHtml(p.attribution)}. Source: ${link}${snapshot === '' ? '' : ` (${escapeHtml(snapshot)})`}; licence ${escapeHtml(p.licence)}. Files: ${escapeHtml(ids.join(', '))}.</li>`;
  });
  return items.length === 0 ? '<p>No indicator source recorded.</p>' : `<ul>${items.join('')}</ul>`;
}

export interface HtmlOptions {
  title?: string;
}

export function renderReportHtml(report: Report, options: HtmlOptions = {}): string {
  const title = options.title ?? 'Stalkerware indicator check';
  const counts = report.summary.counts;
  const top = counts.high > 0 ? 'high' : counts.medium > 0 ? 'medium' : 'low';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p class="meta">Report generated ${escapeHtml(report.generatedAt)}</p>
<section class="summary ${top}">
<h2>Summary</h2>
<p><strong>${escapeHtml(report.summary.text)}</strong></p>
<p>${escapeHtml(report.summary.disclaimer)}</p>
<p class="note">High: ${counts.high}, medium: ${counts.medium}, low: ${counts.low}.</p>
</section>
<section><h2>Findings</h2>${findingsSection(report)}</section>
<section><h2>Inputs checked</h2>${inputsSection(report)}</section>
<section><h2>Indicator sources</h2>${sourcesSection(report)}</section>
</main>
</body>
</html>
`;
}
