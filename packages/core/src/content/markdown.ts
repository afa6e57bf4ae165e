import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown to HTML for content we ship or trainers write: rendered with marked, then sanitised to
 * a fixed list of tags and attributes (no script, no style, no event handler, no iframe), so even
 * a hostile file cannot run code in a reader's browser.
 */
export const BASE_TAGS = ['h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'code', 'pre', 'blockquote', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'br', 'kbd'];
export const BASE_ATTRIBUTES: Record<string, string[]> = { a: ['href'], th: ['align'], td: ['align'] };

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true }) as string;
  return sanitizeHtml(html, {
    allowedTags: BASE_TAGS,
    allowedAttributes: BASE_ATTRIBUTES,
    allowedSchemes: ['https', 'mailto'],
    allowedSchemesAppliedToAttributes: ['href'],
    transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noreferrer' }) },
  });
}
