import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../i18n/locales.ts';
import { pdfPages, pngSize, qrOnFirstPage } from '../testing/pdf-pages.ts';
import { loadCampaignContent } from '../themes.ts';
import { missingGlyphs } from './fonts.ts';
import { buildKit, type KitInput } from './kit.ts';

const content = loadCampaignContent(fileURLToPath(new URL('../../../../../content/campaigns', import.meta.url)));
const theme = content.theme('know-the-signs')!;

function input(overrides: Partial<KitInput> = {}): KitInput {
  return {
    content,
    theme,
    languages: ['de'],
    messages: {},
    contacts: [
      { name: 'Hilfetelefon Gewalt gegen Frauen', phone: '116 016', web: 'www.hilfetelefon.de', hours: 'rund um die Uhr' },
      { name: 'Frauenberatung Musterstadt', phone: '+49 30 1234567', web: 'frauenberatung.example', hours: 'Mo–Fr 9–16 Uhr' },
    ],
    colours: theme.structure.colours,
    logos: [],
    regionName: 'Musterland',
    organisationName: 'Frauennetz Musterland',
    campaignName: 'Herbst 2026',
    pageUrl: (l) => `https://destalk.example/c/herbst-2026?lang=${l}`,
    qrUrl: (l) => `https://destalk.example/c/herbst-2026/q/${l}`,
    date: new Date('2026-11-25T00:00:00Z'),
    ...overrides,
  };
}

describe('campaign kit', () => {
  it('renders every asset in the chosen language, sized as asked, with a QR code that leads to the campaign page', async () => {
    const progress: number[] = [];
    const { zip, assets } = await buildKit(input(), (done, total) => {
      progress.push(done);
      expect(total).toBe(10);
    });
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(
      ['README.txt', 'manifest.json', ...['alt-texts.txt', 'flyer-a5.pdf', 'poster-a3.pdf', 'poster-a4.pdf', 'press-release.pdf', 'press-release.txt', 'social-landscape.png', 'social-posts.txt', 'social-square.png', 'social-story.png'].map((f) => `de/${f}`)].sort(),
    );
    expect(pngSize(files['de/social-square.png']!)).toEqual({ width: 1080, height: 1080 });
    expect(pngSize(files['de/social-landscape.png']!)).toEqual({ width: 1200, height: 675 });
    expect(pngSize(files['de/social-story.png']!)).toEqual({ width: 1080, height: 1920 });

    const headline = theme.texts.de!.headline;
    const sizes: Record<string, [number, number]> = { 'poster-a4': [595.28, 841.89], 'poster-a3': [841.89, 1190.55], 'flyer-a5': [419.53, 595.28] };
    for (const [key, [w, h]] of Object.entries(sizes)) {
      const pages = await pdfPages(files[`de/${key}.pdf`]!);
      expect(pages, key).toHaveLength(1);
      expect(pages[0]!.width).toBeCloseTo(w, 0);
      expect(pages[0]!.height).toBeCloseTo(h, 0);
      // The text is real text in German (searchable, selectable), words in reading order.
      const flat = pages[0]!.text.replace(/\s+/g, ' ');
      for (const word of headline.split(/\s+/)) expect(flat, key).toContain(word);
      expect(flat).toContain('116 016');
      expect(flat).toContain(content.common.de!.helpHeading);
      expect(flat).not.toContain(content.common.en.helpHeading);
      expect(qrOnFirstPage(files[`de/${key}.pdf`]!), key).toBe('https://destalk.example/c/herbst-2026/q/de');
    }
    const release = await pdfPages(files['de/press-release.pdf']!);
    expect(release[0]!.width).toBeCloseTo(595.28, 0);
    expect(release.map((p) => p.text).join(' ')).toContain('Musterland');
    const releaseText = strFromU8(files['de/press-release.txt']!);
    expect(releaseText).toContain('Frauennetz Musterland');
    expect(releaseText).toContain('https://destalk.example/c/herbst-2026?lang=de');
    expect(releaseText).toContain('116 016');
    const posts = strFromU8(files['de/social-posts.txt']!);
    expect(posts).toContain('## Instagram');
    expect(posts).toContain('https://destalk.example/c/herbst-2026?lang=de');
    expect(posts).not.toMatch(/\{[a-z]+\}/);
    const alts = strFromU8(files['de/alt-texts.txt']!);
    for (const key of ['social-square.png', 'social-landscape.png', 'social-story.png']) expect(alts).toContain(key);
    expect(alts).toContain(headline);
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest.assets).toHaveLength(10);
    expect(assets.filter((a) => a.alt)).toHaveLength(3);
  }, 60_000);

  it('uses the edited messages and keeps long texts on the page', async () => {
    const long = 'Eine sehr lange, bearbeitete Kernbotschaft, die zeigt, dass auch drei ausführliche Sätze mit vielen Wörtern auf dem Plakat Platz finden müssen.';
    const { zip } = await buildKit(input({ messages: { de: [long, long, long] }, contacts: [1, 2, 3].map((n) => ({ name: `Beratungsstelle Nummer ${n} mit langem Namen`, phone: `+49 30 000 000 ${n}`, web: `beratung-${n}.example`, hours: 'Mo–Fr 9–16 Uhr, Do bis 19 Uhr' })) }));
    const files = unzipSync(zip);
    const poster = await pdfPages(files['de/poster-a4.pdf']!);
    expect(poster).toHaveLength(1);
    expect(poster[0]!.text).toContain('ausführliche Sätze');
    expect(poster[0]!.text).toContain('Beratungsstelle Nummer 3');
    expect(qrOnFirstPage(files['de/poster-a4.pdf']!)).toBe('https://destalk.example/c/herbst-2026/q/de');
  }, 60_000);

  it('has a glyph for every character the kit prints, in every shipped text', () => {
    const all: string[] = [];
    const walk = (v: unknown) => {
      if (typeof v === 'string') all.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    // Posts are pasted into social media (emoji welcome there); names and descriptions are only shown in the builder.
    for (const t of content.themes) for (const texts of Object.values(t.texts)) walk({ headline: texts.headline, subline: texts.subline, messages: texts.messages, pressRelease: texts.pressRelease });
    for (const c of Object.values(content.common)) walk({ ...c, sources: [] });
    expect(Object.keys(content.common).length).toBe(SUPPORTED_LOCALES.length);
    expect(missingGlyphs(all.join(' '))).toEqual([]);
  });
});
