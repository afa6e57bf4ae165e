/**
 * The element trees satori lays out (flexbox by yoga). Satori reads plain `{ type, props }` objects,
 * so the kit needs no React on the server side of core.
 */
export type Style = Record<string, string | number>;
export interface Node {
  type: string;
  props: { style?: Style; children?: Child | Child[]; src?: string; width?: number; height?: number; [key: string]: unknown };
}
export type Child = Node | string | null | undefined | false;

export function h(type: string, props: Node['props'] = {}, ...children: Child[]): Node {
  const kept = children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false);
  return { type, props: { ...props, ...(kept.length ? { children: kept.length === 1 ? kept[0] : kept } : {}) } };
}

/** A flex column or row: satori needs `display: flex` on every element with several children. */
export const col = (style: Style, ...children: Child[]) => h('div', { style: { display: 'flex', flexDirection: 'column', ...style } }, ...children);
export const row = (style: Style, ...children: Child[]) => h('div', { style: { display: 'flex', flexDirection: 'row', ...style } }, ...children);
export const text = (style: Style, value: string) => h('div', { style: { display: 'flex', ...style } }, value);
