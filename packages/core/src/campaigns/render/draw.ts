/// <reference path="./vendor.d.ts" />
import { Resvg } from '@resvg/resvg-js';
import PDFDocument from 'pdfkit';
import { pdfBytes } from '../../export/pdf-bytes.ts';
import satori from 'satori';
import SVGtoPDF from 'svg-to-pdfkit';
import type { ThemeAsset } from '../theme-schema.ts';
import type { Node } from './element.ts';
import { FONT_FAMILY, FONT_FILES, fonts } from './fonts.ts';
import { fittedTree } from './fitted-tree.ts';
import type { AssetContent } from './layouts.ts';

const MM_TO_PT = 72 / 25.4;

/** The asset's size in its output unit: points for print items (PDF), pixels for images. */
export function outputSize(asset: ThemeAsset): { width: number; height: number } {
  const f = asset.size.unit === 'mm' ? MM_TO_PT : 1;
  return { width: asset.size.width * f, height: asset.size.height * f };
}

function satoriFonts() {
  const f = fonts();
  return [
    { name: FONT_FAMILY, data: f.regular, weight: 400 as const, style: 'normal' as const },
    { name: FONT_FAMILY, data: f.bold, weight: 700 as const, style: 'normal' as const },
  ];
}

/** Lays the tree out with satori. `textAsPaths: false` keeps real <text> (for PDFs: searchable, selectable). */
export async function layoutSvg(tree: Node, width: number, height: number, textAsPaths: boolean): Promise<string> {
  return satori(tree as never, { width, height, fonts: satoriFonts(), embedFont: textAsPaths });
}

/** A PNG of the asset at its own pixel size (images) or scaled to `previewWidth`. */
export async function renderPng(asset: ThemeAsset, content: AssetContent, previewWidth?: number): Promise<Buffer> {
  const { width, height } = outputSize(asset);
  const svg = await layoutSvg(await fittedTree(asset, width, height, content, layoutSvg), width, height, true);
  const target = previewWidth ?? width;
  return new Resvg(svg, { fitTo: { mode: 'width', value: Math.round(target) }, font: { loadSystemFonts: false } }).render().asPng();
}

/**
 * A print-ready one-page PDF: the same layout as the preview, drawn as vectors with the text kept as
 * text in the embedded (subset) typeface. Satori's overflow masks are dropped: the layout keeps
 * everything inside the page, and PDF readers differ in how they treat SVG masks.
 */
export async function renderPdf(asset: ThemeAsset, content: AssetContent, meta: { title: string; language: string }): Promise<Buffer> {
  const { width, height } = outputSize(asset);
  const svg = (await layoutSvg(await fittedTree(asset, width, height, content, layoutSvg), width, height, false))
    .replace(/<mask[^>]*>[\s\S]*?<\/mask>/g, '')
    .replace(/ mask="[^"]*"/g, '');
  const doc = new PDFDocument({ size: [width, height], margin: 0, autoFirstPage: true, info: { Title: meta.title, Producer: 'DeStalk' }, lang: meta.language, displayTitle: true });
  doc.registerFont('kit-regular', FONT_FILES.regular);
  doc.registerFont('kit-bold', FONT_FILES.bold);
  const bytes = pdfBytes(doc);
  SVGtoPDF(doc, svg, 0, 0, { width, height, assumePt: true, fontCallback: (_family, bold) => (bold ? 'kit-bold' : 'kit-regular') });
  doc.end();
  return bytes;
}
