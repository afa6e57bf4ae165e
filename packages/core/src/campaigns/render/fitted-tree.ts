import type { ThemeAsset } from '../theme-schema.ts';
import type { Node } from './element.ts';
import { type AssetContent, assetTree } from './layouts.ts';

type Layout = (tree: Node, width: number, height: number, textAsPaths: boolean) => Promise<string>;

const SCALES = [1, 0.93, 0.86, 0.8, 0.74, 0.68, 0.62, 0.56, 0.5];

/** The lowest point the laid-out SVG draws at (text baselines plus descenders, boxes, images). */
export function drawnBottom(svg: string): number {
  let bottom = 0;
  for (const m of svg.matchAll(/<(rect|image|text)\b([^>]*)>/g)) {
    const attrs = m[2]!;
    const y = Number(/\by="([-\d.]+)"/.exec(attrs)?.[1] ?? 'NaN');
    // The page's background and the motif start at the top edge; content starts inside the margin.
    if (Number.isNaN(y) || y <= 1) continue;
    if (m[1] === 'text') bottom = Math.max(bottom, y + 0.3 * Number(/font-size="([\d.]+)"/.exec(attrs)?.[1] ?? 0));
    else bottom = Math.max(bottom, y + Number(/\bheight="([\d.]+)"/.exec(attrs)?.[1] ?? 0));
  }
  return bottom;
}

/**
 * Long texts (a German headline, three contacts) must never run off the page. The real layout
 * engine lays the asset out at full scale and, while its lowest point falls outside the page (less
 * a small margin), again at smaller scales; the first tree that fits is kept.
 */
export async function fittedTree(asset: ThemeAsset, width: number, height: number, content: AssetContent, layout: Layout): Promise<Node> {
  const margin = Math.min(width, height) * 0.03;
  for (const scale of SCALES) {
    const tree = assetTree(asset, width, height, content, scale);
    const svg = await layout(tree, width, height, false);
    if (drawnBottom(svg.replace(/<mask[^>]*>[\s\S]*?<\/mask>/g, '')) <= height - margin) return tree;
  }
  return assetTree(asset, width, height, content, SCALES.at(-1));
}
