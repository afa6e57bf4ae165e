import { strToU8, zipSync } from 'fflate';
import type { Locale } from '../../i18n/locales.ts';
import type { ThemeColours } from '../theme-schema.ts';
import type { CampaignContent, CampaignTheme } from '../themes.ts';
import { outputSize, renderPdf, renderPng } from './draw.ts';
import { altText, postsText, pressRelease, pressReleaseText, type TextValues } from './kit-texts.ts';
import type { AssetContent, KitContact } from './layouts.ts';
import { renderPressReleasePdf } from './press-release-pdf.ts';

export interface KitInput {
  content: CampaignContent;
  theme: CampaignTheme;
  languages: Locale[];
  /** The chosen, edited key messages per language (1–3). */
  messages: Partial<Record<Locale, string[]>>;
  contacts: KitContact[];
  colours: ThemeColours;
  logos: Array<{ dataUri: string; width: number; height: number }>;
  regionName: string;
  organisationName: string;
  campaignName: string;
  /** The public page in a language, and the distinct address its QR codes lead to. */
  pageUrl(locale: Locale): string;
  qrUrl(locale: Locale): string;
  date: Date;
}

export interface KitAsset {
  path: string;
  locale: Locale;
  kind: 'poster' | 'flyer' | 'social' | 'press-release' | 'posts' | 'alt-texts';
  mediaType: string;
  bytes: number;
  ms: number;
  /** PNG size, or PDF page size in points. */
  width?: number;
  height?: number;
  alt?: string;
}

/** Files per language: the theme's six visual assets, the press release (PDF and text), the posts and alt texts. */
export function kitAssetCount(input: Pick<KitInput, 'theme' | 'languages'>): number {
  return input.languages.length * (input.theme.structure.assets.length + 4);
}

/** What one asset shows in `locale`. */
export function assetContent(input: KitInput, locale: Locale): AssetContent {
  const t = input.content.textsOf(input.theme, locale);
  const c = input.content.commonOf(locale);
  return {
    headline: t.headline,
    subline: t.subline,
    messages: input.messages[locale]?.length ? input.messages[locale] : t.messages.slice(0, 3).map((m) => m.text),
    signs: c.signs,
    tips: c.tips,
    contacts: input.contacts,
    labels: { help: c.helpHeading, signs: c.signsHeading, tips: c.tipsHeading, qrCaption: c.qrCaption, hours: c.hours, fallback: c.contactsFallback },
    qrUrl: input.qrUrl(locale),
    logos: input.logos,
    colours: input.colours,
    motif: input.theme.structure.motif,
  };
}

/**
 * Renders the whole kit, asset by asset, reporting progress after each one, and packs it as a
 * ZIP with a README and a manifest (file, size, alt text, render time).
 */
export async function buildKit(input: KitInput, onProgress: (done: number, total: number) => Promise<void> | void = () => {}): Promise<{ zip: Uint8Array; assets: KitAsset[] }> {
  const total = kitAssetCount(input);
  const files: Record<string, Uint8Array> = {};
  const assets: KitAsset[] = [];
  let done = 0;
  const add = async (asset: Omit<KitAsset, 'bytes' | 'ms'>, render: () => Promise<Uint8Array> | Uint8Array) => {
    const started = performance.now();
    const bytes = await render();
    files[asset.path] = bytes;
    assets.push({ ...asset, bytes: bytes.byteLength, ms: Math.round(performance.now() - started) });
    done += 1;
    await onProgress(done, total);
  };

  for (const locale of input.languages) {
    const t = input.content.textsOf(input.theme, locale);
    const common = input.content.commonOf(locale);
    const content = assetContent(input, locale);
    const values: TextValues = { region: input.regionName, organisation: input.organisationName, url: input.pageUrl(locale) };
    for (const asset of input.theme.structure.assets) {
      const size = outputSize(asset);
      if (asset.kind === 'social') {
        const alt = altText(common, t.headline, content.messages[0] ?? '', input.contacts);
        await add({ path: `${locale}/${asset.key}.png`, locale, kind: 'social', mediaType: 'image/png', width: size.width, height: size.height, alt }, () => renderPng(asset, { ...content, qrUrl: undefined }));
      } else {
        await add({ path: `${locale}/${asset.key}.pdf`, locale, kind: asset.kind, mediaType: 'application/pdf', width: size.width, height: size.height }, () => renderPdf(asset, content, { title: t.headline, language: locale }));
      }
    }
    const release = pressRelease(t, common, values, { locale, date: input.date, messages: content.messages, contacts: input.contacts });
    await add({ path: `${locale}/press-release.pdf`, locale, kind: 'press-release', mediaType: 'application/pdf' }, () => renderPressReleasePdf(release, input.colours.background, locale));
    await add({ path: `${locale}/press-release.txt`, locale, kind: 'press-release', mediaType: 'text/plain' }, () => strToU8(pressReleaseText(release)));
    await add({ path: `${locale}/social-posts.txt`, locale, kind: 'posts', mediaType: 'text/plain' }, () => strToU8(postsText(t, values)));
    const alts = assets.filter((a) => a.locale === locale && a.alt).map((a) => `${a.path.split('/')[1]}\n${a.alt}\n`);
    await add({ path: `${locale}/alt-texts.txt`, locale, kind: 'alt-texts', mediaType: 'text/plain' }, () => strToU8(alts.join('\n')));
  }
  const readme = [
    `${input.campaignName} — ${input.regionName}`,
    '',
    ...input.languages.map((l) => `${l}/  ${input.pageUrl(l)}`),
    '',
    'Posters (A4, A3) and the flyer (A5) are print-ready PDFs without bleed: print at 100 %.',
    'The QR codes on print items lead to the campaign page; visits through them are counted without cookies.',
    'Post the social images with their alt texts (alt-texts.txt) so that everyone can read them.',
    'Typeface: Atkinson Hyperlegible, Braille Institute of America, SIL Open Font License 1.1.',
    '',
  ].join('\n');
  files['README.txt'] = strToU8(readme);
  files['manifest.json'] = strToU8(JSON.stringify({ campaign: input.campaignName, theme: input.theme.structure.slug, themeVersion: input.theme.structure.version, languages: input.languages, assets }, null, 2));
  // PNG and PDF are compressed already; storing them saves CPU and hardly any space.
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, [bytes, { level: /\.(png|pdf)$/.test(path) ? 0 : 6 }]])));
  return { zip, assets };
}
