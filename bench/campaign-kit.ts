/**
 * Renders a campaign kit in one language — posters A4 and A3, an A5 flyer, three social images,
 * the press release (PDF and text), the posts and the alt texts: 10 assets — for every shipped
 * theme, in a fresh process (fonts loaded cold on the first kit). Budget (issue 8): ≤ 5 s per kit of
 * at least 8 assets on these 2-core machines; per-asset times printed. Reference measured in the
 * same run: the platform's certificate, a one-page pdfkit A4 document, rendered 10 times.
 * Run: node_modules/.bin/tsx bench/campaign-kit.ts [locale]
 */
import { fileURLToPath } from 'node:url';
import { loadCampaignContent } from '../packages/core/src/campaigns/themes.ts';
import { buildKit, type KitInput } from '../packages/core/src/campaigns/render/kit.ts';
import { pngOf } from '../packages/core/src/campaigns/testing/png.ts';
import { renderCertificatePdf } from '../packages/core/src/certificates/pdf.ts';
import { createI18n, translatorFor } from '../packages/core/src/i18n/translator.ts';
import { coreResources } from '../packages/core/src/i18n/messages/index.ts';
import { isLocale, type Locale } from '../packages/core/src/i18n/locales.ts';
import { type BudgetRow, median, printTable } from './ioc-run.ts';

const BUDGET_MS = 5000;
const locale: Locale = isLocale(process.argv[2]) ? process.argv[2] : 'it';
const content = loadCampaignContent(fileURLToPath(new URL('../content/campaigns', import.meta.url)));
const logo = `data:image/png;base64,${Buffer.from(pngOf(400, 160)).toString('base64')}`;

function input(slug: string): KitInput {
  const theme = content.theme(slug)!;
  return {
    content,
    theme,
    languages: [locale],
    messages: {},
    contacts: [
      { name: '1522 – Numero antiviolenza e stalking', phone: '1522', web: 'www.1522.eu', hours: '24/7' },
      { name: 'Centro antiviolenza della città', phone: '+39 051 000 0000', web: 'centro.example.org', hours: 'lun–ven 9–18' },
    ],
    colours: theme.structure.colours,
    logos: [
      { dataUri: logo, width: 400, height: 160 },
      { dataUri: logo, width: 400, height: 160 },
    ],
    regionName: 'Regione Esempio',
    organisationName: 'Rete antiviolenza',
    campaignName: 'Bench',
    pageUrl: (l) => `https://destalk.example/c/bench?lang=${l}`,
    qrUrl: (l) => `https://destalk.example/c/bench/q/${l}`,
    date: new Date('2026-11-25T00:00:00Z'),
  };
}

const t = translatorFor(createI18n(coreResources()), 'en');
const certificate = { code: 'ABCD-EFGH-JKLM', holderName: 'Maria Rossi', courseTitle: 'Cyberviolence and stalkerware: recognise, respond, refer', issuedAt: '2026-11-25T00:00:00Z', expiresAt: '2027-11-25T00:00:00Z', status: 'valid' as const };
async function reference(): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < 10; i++) await renderCertificatePdf(certificate, { t, locale: 'en', appName: 'DeStalk', verifyUrl: 'https://destalk.example/verify/ABCD-EFGH-JKLM' });
  return performance.now() - started;
}

const rows: BudgetRow[] = [];
const kits: number[] = [];
let peakRss = 0;
const referenceMs = await reference();
for (const theme of content.themes) {
  const started = performance.now();
  const { assets, zip } = await buildKit(input(theme.structure.slug));
  const ms = performance.now() - started;
  kits.push(ms);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  console.log(`\n${theme.structure.slug} (${locale}): ${assets.length} assets, ZIP ${(zip.byteLength / 1024 / 1024).toFixed(1)} MB, ${ms.toFixed(0)} ms`);
  for (const a of assets) console.log(`  ${a.path.padEnd(26)} ${String(a.ms).padStart(5)} ms  ${(a.bytes / 1024).toFixed(0).padStart(5)} kB`);
  rows.push({ metric: `kit ${theme.structure.slug} (${assets.length} assets)`, measured: `${ms.toFixed(0)} ms`, budget: `≤ ${BUDGET_MS} ms`, ok: assets.length >= 8 && ms <= BUDGET_MS });
}
rows.push({ metric: 'reference: 10 certificate PDFs (pdfkit, A4)', measured: `${referenceMs.toFixed(0)} ms`, budget: '-', ok: undefined });
rows.push({ metric: 'median kit ÷ reference', measured: `${(median(kits) / referenceMs).toFixed(1)}×`, budget: '-', ok: undefined });
rows.push({ metric: 'peak RSS', measured: `${(peakRss / 1024 / 1024).toFixed(0)} MB`, budget: '-', ok: undefined });
const ok = printTable(`Campaign kit, one language (${locale}), ${content.themes.length} themes`, rows);
process.exit(ok ? 0 : 1);
