import type { ThemeAsset, ThemeColours } from '../theme-schema.ts';
import { type Child, col, h, type Node, row, text } from './element.ts';
import { FONT_FAMILY, lineCount } from './fonts.ts';
import { qrTree } from './qr.ts';

export interface KitContact {
  name: string;
  phone: string;
  web: string;
  hours: string;
}

/** Everything an asset may show, already in the asset's language. */
export interface AssetContent {
  headline: string;
  subline: string;
  /** The campaign's key messages (1–3); image assets show the first. */
  messages: string[];
  signs: string[];
  tips: string[];
  contacts: KitContact[];
  labels: { help: string; signs: string; tips: string; qrCaption: string; hours: string; fallback: string };
  /** The address the QR code of print items leads to. */
  qrUrl?: string | undefined;
  logos: Array<{ dataUri: string; width: number; height: number }>;
  colours: ThemeColours;
  motif: 'circles' | 'stripes' | 'corner' | 'none';
}

const LINE = 1.22;

/** Decorative shapes in the accent colour, kept to the edges so they never sit under text. */
function motif(kind: AssetContent['motif'], w: number, hgt: number, accent: string): Child[] {
  const u = Math.min(w, hgt) / 100;
  const abs = (style: Record<string, string | number>) => h('div', { style: { position: 'absolute', display: 'flex', backgroundColor: accent, ...style } });
  // Text keeps to the left 80 % of the width, so shapes live in the top-right corner or the left margin.
  if (kind === 'circles') return [abs({ width: 30 * u, height: 30 * u, borderRadius: 15 * u, top: -15 * u, right: -15 * u }), abs({ width: 9 * u, height: 9 * u, borderRadius: 4.5 * u, top: 19 * u, right: 5 * u })];
  if (kind === 'stripes') return [0, 1, 2].map((i) => abs({ width: 1.1 * u, height: hgt, top: 0, left: (1.2 + i * 1.9) * u }));
  if (kind === 'corner') return [abs({ width: 24 * u, height: 24 * u, top: -12 * u, right: -12 * u, transform: 'rotate(45deg)' })];
  return [];
}

/** The largest size (≤ max) at which `value` fits in `maxLines` lines of `width`. */
function fit(value: string, width: number, maxLines: number, max: number, min: number, weight: 400 | 700): number {
  for (let size = max; size > min; size *= 0.94) if (lineCount(value, size, width, weight) <= maxLines) return size;
  return min;
}

function contactBlock(c: AssetContent, u: number, opts: { dense: boolean; fg: string }): Node {
  const contacts = c.contacts.length ? c.contacts : [];
  return col(
    { gap: (opts.dense ? 1.2 : 1.8) * u, flexShrink: 1 },
    text({ fontSize: (opts.dense ? 3.3 : 3.8) * u, fontWeight: 700, color: opts.fg }, c.labels.help),
    ...contacts.map((k) =>
      col(
        { gap: 0.3 * u },
        text({ fontSize: (opts.dense ? 2.9 : 3.2) * u, fontWeight: 700, color: opts.fg }, k.name),
        k.phone ? text({ fontSize: (opts.dense ? 4 : 4.6) * u, fontWeight: 700, color: opts.fg, letterSpacing: 0.02 * u }, k.phone) : null,
        k.web ? text({ fontSize: (opts.dense ? 2.6 : 2.9) * u, color: opts.fg }, k.web) : null,
        k.hours ? text({ fontSize: (opts.dense ? 2.4 : 2.7) * u, color: opts.fg }, `${c.labels.hours}: ${k.hours}`) : null,
      ),
    ),
    text({ fontSize: (opts.dense ? 2.4 : 2.7) * u, color: opts.fg }, c.labels.fallback),
  );
}

function qrBlock(c: AssetContent, u: number, size: number, fg: string): Node | null {
  if (!c.qrUrl) return null;
  return col(
    { alignItems: 'center', gap: 1 * u, flexShrink: 0 },
    qrTree(c.qrUrl, size),
    text({ fontSize: 2.4 * u, color: fg, maxWidth: size * 1.15, textAlign: 'center', lineHeight: LINE }, c.labels.qrCaption),
  );
}

function logoStrip(c: AssetContent, u: number, height: number): Node | null {
  if (!c.logos.length) return null;
  return row(
    { backgroundColor: '#ffffff', padding: `${1.4 * u}px ${2.4 * u}px`, gap: 3 * u, alignItems: 'center', alignSelf: 'flex-start', borderRadius: 1 * u },
    ...c.logos.map((l) => {
      const w = Math.min((height * l.width) / l.height, 30 * u);
      const hh = (w * l.height) / l.width;
      return h('img', { src: l.dataUri, width: w, height: hh, style: { width: w, height: hh } });
    }),
  );
}

function bulletList(items: string[], u: number, size: number, c: AssetContent, weight: 400 | 700): Node {
  return col(
    { gap: 1.4 * u },
    ...items.map((m) =>
      row(
        { gap: 2 * u, alignItems: 'flex-start' },
        h('div', { style: { display: 'flex', width: 1.6 * u, height: 1.6 * u, marginTop: size * 0.38, backgroundColor: c.colours.accent, flexShrink: 0 } }),
        text({ fontSize: size, fontWeight: weight, lineHeight: LINE, color: c.colours.text, flexShrink: 1 }, m),
      ),
    ),
  );
}

/** Posters: a large headline, the subline and key messages, then a help panel with contacts and the QR code. */
function hero(asset: ThemeAsset, f: Frame, c: AssetContent): Child[] {
  const { u, inner } = f;
  const has = (s: string) => asset.slots.includes(s as never);
  const headlineSize = fit(c.headline, inner * 0.8, 4, 11 * u, 5.5 * u, 700);
  const messages = has('messages') ? c.messages : has('message') ? c.messages.slice(0, 1) : [];
  return [
    text({ width: 14 * u, height: 1.4 * u, backgroundColor: c.colours.accent, marginBottom: 4 * u }, ''),
    text({ fontSize: headlineSize, fontWeight: 700, lineHeight: 1.08, color: c.colours.text, maxWidth: inner * 0.8 }, c.headline),
    has('subline') ? text({ fontSize: 4 * u, lineHeight: LINE, color: c.colours.text, marginTop: 4 * u, maxWidth: inner * 0.9 }, c.subline) : null,
    messages.length ? h('div', { style: { display: 'flex', marginTop: 5 * u } }, bulletList(messages, u, 3.5 * u, c, 700)) : null,
    h('div', { style: { display: 'flex', flexGrow: 1 } }),
    row(
      { backgroundColor: c.colours.text, padding: 4 * u, gap: 4 * u, justifyContent: 'space-between', alignItems: 'flex-start', borderRadius: 1.5 * u, marginTop: 4 * u },
      has('contacts') ? contactBlock(c, u, { dense: false, fg: c.colours.background }) : null,
      has('qr') ? qrBlock(c, u, 21 * f.base, c.colours.background) : null,
    ),
    has('logos') && c.logos.length ? h('div', { style: { display: 'flex', marginTop: 3 * u } }, logoStrip(c, u, 6 * u)) : null,
  ];
}

/** The A5 flyer: denser — messages and the signs of stalkerware or safety tips, contacts, QR code. */
function leaflet(asset: ThemeAsset, f: Frame, c: AssetContent): Child[] {
  const { u, inner } = f;
  const has = (s: string) => asset.slots.includes(s as never);
  const list = has('signs') ? { title: c.labels.signs, items: c.signs } : has('tips') ? { title: c.labels.tips, items: c.tips } : null;
  return [
    text({ fontSize: fit(c.headline, inner * 0.8, 3, 8.5 * u, 5 * u, 700), fontWeight: 700, lineHeight: 1.08, color: c.colours.text, maxWidth: inner * 0.8 }, c.headline),
    has('subline') ? text({ fontSize: 3.6 * u, lineHeight: LINE, color: c.colours.text, marginTop: 3 * u }, c.subline) : null,
    has('messages') || has('message') ? h('div', { style: { display: 'flex', marginTop: 4 * u } }, bulletList(has('messages') ? c.messages : c.messages.slice(0, 1), u, 3.3 * u, c, 700)) : null,
    list
      ? col(
          { marginTop: 4 * u, gap: 1.6 * u, paddingTop: 3 * u, borderTop: `${0.4 * u}px solid ${c.colours.accent}` },
          text({ fontSize: 3.4 * u, fontWeight: 700, color: c.colours.text }, list.title),
          bulletList(list.items.slice(0, 6), u, 2.9 * u, c, 400),
        )
      : null,
    h('div', { style: { display: 'flex', flexGrow: 1 } }),
    row(
      { backgroundColor: c.colours.text, padding: 3.5 * u, gap: 3 * u, justifyContent: 'space-between', alignItems: 'flex-start', borderRadius: 1.5 * u, marginTop: 3 * u },
      contactBlock(c, u, { dense: true, fg: c.colours.background }),
      has('qr') ? qrBlock(c, u, 19 * f.base, c.colours.background) : null,
    ),
    has('logos') && c.logos.length ? h('div', { style: { display: 'flex', marginTop: 2.5 * u } }, logoStrip(c, u, 5.5 * u)) : null,
  ];
}

function contactLine(c: AssetContent, u: number, size: number): Node {
  const first = c.contacts[0];
  return col(
    { backgroundColor: c.colours.text, padding: `${2.6 * u}px ${3.4 * u}px`, borderRadius: 1.4 * u, gap: 0.6 * u },
    text({ fontSize: size * 0.8, fontWeight: 700, color: c.colours.background }, c.labels.help),
    first
      ? text({ fontSize: size, fontWeight: 700, color: c.colours.background, lineHeight: LINE }, [first.name, first.phone].filter(Boolean).join(' · '))
      : text({ fontSize: size, color: c.colours.background, lineHeight: LINE }, c.labels.fallback),
    first?.web ? text({ fontSize: size * 0.8, color: c.colours.background }, first.web) : null,
  );
}

/** Square and story images: headline, one message, the first contact. */
function card(asset: ThemeAsset, f: Frame, c: AssetContent): Child[] {
  const { u, inner } = f;
  const tall = f.hgt > f.w * 1.4;
  const has = (s: string) => asset.slots.includes(s as never);
  return [
    h('div', { style: { display: 'flex', flexGrow: tall ? 1 : 0.4 } }),
    text({ width: 12 * u, height: 1.4 * u, backgroundColor: c.colours.accent, marginBottom: 4 * u }, ''),
    text({ fontSize: fit(c.headline, inner * 0.8, tall ? 5 : 4, (tall ? 10 : 9) * u, 5 * u, 700), fontWeight: 700, lineHeight: 1.08, color: c.colours.text, maxWidth: inner * 0.8 }, c.headline),
    has('subline') ? text({ fontSize: 4.2 * u, lineHeight: LINE, color: c.colours.text, marginTop: 4 * u }, c.subline) : null,
    has('message') || has('messages') ? text({ fontSize: (tall ? 5 : 4.4) * u, lineHeight: LINE, color: c.colours.text, marginTop: 4 * u, fontWeight: 700 }, c.messages[0] ?? '') : null,
    h('div', { style: { display: 'flex', flexGrow: 1 } }),
    has('contacts') ? contactLine(c, u, 4 * u) : null,
    has('logos') && c.logos.length ? h('div', { style: { display: 'flex', marginTop: 3 * u } }, logoStrip(c, u, 7 * u)) : null,
  ];
}

/** The wide image: headline on the left, message and contact on the right. */
function banner(asset: ThemeAsset, f: Frame, c: AssetContent): Child[] {
  const { u } = f;
  const has = (s: string) => asset.slots.includes(s as never);
  const left = f.inner * 0.55;
  return [
    row(
      { flexGrow: 1, gap: 6 * u, alignItems: 'stretch' },
      col(
        { width: left, justifyContent: 'center' },
        text({ width: 14 * u, height: 2 * u, backgroundColor: c.colours.accent, marginBottom: 5 * u }, ''),
        text({ fontSize: fit(c.headline, left, 4, 12 * u, 6 * u, 700), fontWeight: 700, lineHeight: 1.08, color: c.colours.text }, c.headline),
      ),
      col(
        { flexGrow: 1, flexShrink: 1, justifyContent: 'space-between', gap: 4 * u },
        has('message') || has('messages') ? text({ fontSize: 6.2 * u, lineHeight: LINE, color: c.colours.text, fontWeight: 700, marginTop: 6 * u }, c.messages[0] ?? '') : null,
        has('contacts') ? contactLine(c, u, 5.6 * u) : null,
      ),
    ),
  ];
}

const LAYOUTS = { hero, leaflet, card, banner };

/** The drawing frame: size, the space inside the margins, and the unit every size is a multiple of. */
interface Frame {
  w: number;
  hgt: number;
  inner: number;
  u: number;
  /** The unit at full scale: the QR code never shrinks with the text (it must stay scannable in print). */
  base: number;
}

/**
 * The element tree of one asset at `w`×`hgt` (points for print items, pixels for images). `scale`
 * (≤ 1) shrinks the type and spacing when long texts would not fit (see fitted-tree.ts).
 */
export function assetTree(asset: ThemeAsset, w: number, hgt: number, c: AssetContent, scale = 1): Node {
  const u = Math.min(w, hgt) / 100;
  const pad = asset.layout === 'banner' ? 8 * u : 7 * (w / 100);
  const frame: Frame = { w, hgt, inner: w - 2 * pad, u: (asset.layout === 'banner' ? hgt / 100 : w / 100) * scale, base: asset.layout === 'banner' ? hgt / 100 : w / 100 };
  return h(
    'div',
    {
      style: {
        display: 'flex',
        flexDirection: 'column',
        position: 'relative',
        width: w,
        height: hgt,
        padding: pad,
        boxSizing: 'border-box',
        backgroundColor: c.colours.background,
        color: c.colours.text,
        fontFamily: FONT_FAMILY,
        // No overflow clipping: the page edge clips the motif anyway, and satori would clip (and
        // mask) every element of the page, which PDF readers rasterise slowly.
      },
    },
    ...motif(asset.layout === 'banner' && c.motif !== 'stripes' ? 'none' : c.motif, w, hgt, c.colours.accent),
    ...LAYOUTS[asset.layout](asset, frame, c),
  );
}
