import { renderToStaticMarkup } from 'react-dom/server';
import { type ReportLabels, ReportBody } from '../components/report-body.tsx';
import type { ReportView } from './report-view.server.ts';

// A few rules so the downloaded file reads well on its own (it cannot load our style sheet).
const CSS = `body{font-family:system-ui,sans-serif;line-height:1.5;color:#17202b;max-width:52rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:1.5rem}h3{font-size:1.05rem;margin:0}
[data-report-summary]{border-left:5px solid #46505e;background:#f3f4f6;padding:1rem;border-radius:.5rem}
article{border:1px solid #d5dbe0;border-radius:.5rem;padding:.8rem 1rem;margin:.6rem 0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.5rem 0 0}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
.font-mono{font-family:ui-monospace,monospace}.text-muted{color:#46505e}`;

/** The translated report as one self-contained HTML file (no script, no external resource). */
export function reportDocument(view: ReportView, labels: ReportLabels, title: string, locale: string): string {
  const body = renderToStaticMarkup(<ReportBody view={view} labels={labels} />);
  const escapedTitle = title.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>${escapedTitle}</title><style>${CSS}</style></head><body><h1>${escapedTitle}</h1>${body}</body></html>`;
}
