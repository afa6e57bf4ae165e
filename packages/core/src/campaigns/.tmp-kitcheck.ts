// Temporary check script (not part of the project): renders every theme in every locale and checks the QR codes.
import { fileURLToPath } from 'node:url';
import { writeFileSync, mkdirSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { qrOnFirstPage } from './testing/pdf-pages.ts';
import { loadCampaignContent } from './themes.ts';
import { buildKit } from './render/kit.ts';
import { SUPPORTED_LOCALES } from '../i18n/locales.ts';

const content = loadCampaignContent(fileURLToPath(new URL('../../../../content/campaigns', import.meta.url)));
const only = process.argv[2];
for (const theme of content.themes) {
  if (only && theme.structure.slug !== only) continue;
  const { zip } = await buildKit({
    content, theme, languages: [...SUPPORTED_LOCALES], messages: {},
    contacts: [
      { name: 'Hilfetelefon Gewalt gegen Frauen', phone: '116 016', web: 'www.hilfetelefon.de', hours: 'rund um die Uhr' },
      { name: 'Frauenberatung Musterstadt', phone: '+49 30 1234567', web: 'frauenberatung.example', hours: 'Mo–Fr 9–16 Uhr' },
    ],
    colours: theme.structure.colours, logos: [], regionName: 'Musterland', organisationName: 'Frauennetz Musterland', campaignName: 'Herbst 2026',
    pageUrl: (l) => `https://destalk.example/c/herbst-2026?lang=${l}`, qrUrl: (l) => `https://destalk.example/c/herbst-2026/q/${l}`,
    date: new Date('2026-11-25T00:00:00Z'),
  }, () => {});
  const files = unzipSync(zip);
  const out = `/tmp/kitcheck/${theme.structure.slug}`;
  mkdirSync(out, { recursive: true });
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(`${out}/${name.split('/').slice(0, -1).join('/') || '.'}`, { recursive: true });
    writeFileSync(`${out}/${name}`, bytes);
  }
  for (const l of SUPPORTED_LOCALES) for (const key of ['poster-a4', 'poster-a3', 'flyer-a5']) {
    const qr = qrOnFirstPage(files[`${l}/${key}.pdf`]!);
    console.log(theme.structure.slug, l, key, qr ? 'QR ok' : 'QR FAIL');
  }
}
