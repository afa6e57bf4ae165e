import { describe, expect, it } from 'vitest';
import { scanPlainList } from '../inputs/plain-list.ts';
import { scanPackageList } from '../inputs/package-list.ts';
import { echapProvenance } from '../feeds/provenance.ts';
import { FindingCollector } from '../scan/collector.ts';
import { testIndex } from '../test-support/fixtures.ts';
import { createReport, SUMMARY_TEXTS } from './build.ts';
import { renderReportHtml } from './html.ts';
import { renderReportJson } from './json.ts';
import type { ScanResult } from './model.ts';
import { redactText } from './redact.ts';

const index = testIndex();
const AT = new Date('2026-01-15T10:00:00Z');

describe('redaction', () => {
  it('replaces e-mail addresses and phone numbers', () => {
    expect(redactText('account=jane.doe+spy@example.com')).toBe('account=[email]');
    expect(redactText('/login?user=jane%40example.org&x=1')).toBe('/login?user=[email]&x=1');
    expect(redactText('call +33 6 12 34 56 78 now')).toBe('call [phone] now');
    expect(redactText('tel:0612345678')).toBe('tel:[phone]');
    expect(redactText('(555) 123-4567')).toBe('[phone]');
    expect(redactText('phone=06.12.34.56.78')).toBe('phone=[phone]');
  });

  it('leaves IPs, hashes, package names, short numbers and dates-with-text alone', () => {
    for (const text of ['203.0.113.7', '2001:db8::7', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'com.app1234567.x', 'uid 10123', 'v2.1.3']) {
      expect(redactText(text)).toBe(text);
    }
  });
});

describe('createReport', () => {
  it('never calls an empty result safe or clean, in JSON or HTML', () => {
    const feeds = [...index.feeds, { id: 'echap:ioc.yaml', provenance: echapProvenance({ version: 'a04c5c1', date: '2026-06-21' }) }];
    const report = createReport([{ input: { name: 'phone.pcap', kind: 'pcap', stats: { packets: 10 } }, findings: [] }], { feeds, generatedAt: AT });
    expect(report.summary).toEqual({
      summaryKey: 'summary.no_known_indicator',
      text: 'No known indicator found. This does not prove that no stalkerware is installed.',
      disclaimerKey: 'summary.disclaimer',
      disclaimer: SUMMARY_TEXTS.disclaimer,
      counts: { high: 0, medium: 0, low: 0, total: 0 },
    });
    for (const output of [renderReportJson(report), renderReportHtml(report)]) {
      expect(output).toContain('This does not prove that no stalkerware is installed.');
      expect(output).toContain('Stalkerware indicators by Echap (AssoEchap/stalkerware-indicators), CC BY 4.0');
      expect(output.toLowerCase()).not.toMatch(/safe|clean/);
    }
  });

  it('orders findings by level, indicators before heuristics, and counts them', async () => {
    const packages = await scanPackageList('com.watch.kid\ncom.spy.one\n', index, { name: 'p.txt' });
    const network = await scanPlainList('spyone.example\n', index, { name: 'n.txt' });
    const collector = new FindingCollector('h.txt');
    collector.heuristic('heuristic_root', { value: 'ro.secure=0' }, 'why', 'x');
    const heuristics: ScanResult = { input: { name: 'h.txt', kind: 'test', stats: {} }, findings: collector.findings() };
    const report = createReport([heuristics, network, packages], { feeds: index.feeds, generatedAt: AT });
    expect(report.findings.map((f) => `${f.level} ${f.kind}`)).toEqual(['high stalkerware_package', 'medium watchware_package', 'medium heuristic_root', 'low vendor_website']);
    expect(report.summary).toMatchObject({ summaryKey: 'summary.stalkerware_indicator_found', text: '1 finding matches known stalkerware. 3 other findings should also be looked at.', counts: { high: 1, medium: 2, low: 1, total: 4 } });
    expect(report.inputs.map((i) => i.name)).toEqual(['h.txt', 'n.txt', 'p.txt']);
    expect(report.findings[0]).toMatchObject({ adviceKey: 'advice.stalkerware_package', explanationKey: 'explanation.stalkerware_package', app: { name: 'SpyOne', aliases: ['SpyUno'], type: 'stalkerware' } });
  });

  it('words the summary by the most serious level', async () => {
    const medium = createReport([await scanPackageList('com.watch.kid\n', index)], { feeds: [] });
    expect(medium.summary).toMatchObject({ summaryKey: 'summary.warning_signs_found', text: 'No known stalkerware indicator found, but 1 finding deserves a closer look.' });
    const low = createReport([await scanPlainList('spyone.example\nwatchkid.example\n', index)], { feeds: [] });
    expect(low.summary).toMatchObject({
      summaryKey: 'summary.vendor_website_only',
      text: 'No known stalkerware indicator found. 2 visits to stalkerware vendor websites were seen, which can come from researching these apps.',
    });
  });

  it('redacts personal data in evidence, explanations and input names', async () => {
    const scan = await scanPlainList('http://code.example.org/spyone/releases/x?mail=jane@example.com&tel=+4915112345678\n', index, { name: 'jane@example.com history.txt' });
    const report = createReport([scan], { feeds: index.feeds });
    const json = renderReportJson(report);
    expect(report.findings[0]?.evidence.value).toBe('http://code.example.org/spyone/releases/x?mail=[email]&tel=[phone]');
    expect(report.findings[0]?.evidence.input).toBe('[email] history.txt');
    expect(json).not.toContain('jane');
    expect(json).not.toContain('15112345678');
    expect(scan.findings[0]?.evidence.value).toContain('jane@example.com'); // the scan result itself is untouched
  });
});

describe('renderReportHtml', () => {
  it('is self-contained, escapes every value and credits the feeds', async () => {
    const scan = await scanPlainList('c2.example\n', index, { name: '<script>alert(1)</script>.txt' });
    const html = renderReportHtml(createReport([scan], { feeds: index.feeds, generatedAt: AT }), { title: 'Check & "report"' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;.txt');
    expect(html).toContain('<title>Check &amp; &quot;report&quot;</title>');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|@import|url\(/i);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-[A-Za-z0-9+/=]+&#39;/);
    expect(html).toContain('Synthetic test indicators. Source: unit tests; licence CC0-1.0. Files: echap:ioc.yaml, echap:watchware.yaml, echap:samples.csv.');
    expect(html).toContain('High: matches known stalkerware (1)');
    expect(html).toContain('<code>c2.example</code>');
  });
});
