import { Marked, type Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { BASE_ATTRIBUTES, BASE_TAGS } from '../content/markdown.ts';
import type { Translate } from '../i18n/translator.ts';

const CALLOUT = /^\[!(NOTE|TIP|WARNING|IMPORTANT|CAUTION)\][ \t]*\n?/;
const VIDEO = /\.(mp4|webm)$/;
const AUDIO = /\.mp3$/;

export interface LessonAssets {
  /** The public path of an asset of this version, e.g. `/learn/assets/<version>/signs.png`. */
  url(name: string): string;
  /** Names present in the version, with their size in bytes. */
  sizes: ReadonlyMap<string, number>;
  /** The text of a transcript asset (`<video>.<lang>.txt`), when there is one. */
  text(name: string): string | undefined;
}

export interface LessonLabels {
  callout: Record<'note' | 'tip' | 'warning' | 'important' | 'caution', string>;
  transcript: string;
  /** `{type}` and `{size}`, e.g. "PDF, 1.2 MB". */
  fileInfo(type: string, size: string): string;
}

/** The renderer's words in one language (callout titles, "Transcript", file information). */
export function lessonLabels(t: Translate): LessonLabels {
  return {
    callout: {
      note: t('domain:lessonMedia.callout.note'),
      tip: t('domain:lessonMedia.callout.tip'),
      warning: t('domain:lessonMedia.callout.warning'),
      important: t('domain:lessonMedia.callout.important'),
      caution: t('domain:lessonMedia.callout.caution'),
    },
    transcript: t('domain:lessonMedia.transcript'),
    fileInfo: (type, size) => t('domain:lessonMedia.fileInfo', { type, size }),
  };
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function humanSize(bytes: number, lang: string): string {
  const units = ['B', 'kB', 'MB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

/** `intro.mp4` → the captions and transcript for the lesson's language, else any language. */
function companion(assets: LessonAssets, video: string, lang: string, extension: 'vtt' | 'txt'): { name: string; lang: string } | null {
  const base = video.replace(/\.[a-z0-9]+$/, '');
  if (assets.sizes.has(`${base}.${lang}.${extension}`)) return { name: `${base}.${lang}.${extension}`, lang };
  for (const name of assets.sizes.keys()) {
    const match = name.match(new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.([a-z]{2})\\.${extension}$`));
    if (match) return { name, lang: match[1]! };
  }
  return null;
}

/**
 * A lesson's Markdown as HTML: the guide renderer's safe subset plus callouts (`> [!WARNING]`),
 * images, captioned videos with a transcript, and downloads — all served from the course's own
 * assets. Media from anywhere else is dropped (no third-party requests from a learner's browser).
 * The result is sanitised again, whatever the renderer produced.
 */
export function renderLessonMarkdown(markdown: string, lang: string, assets: LessonAssets, labels: LessonLabels): string {
  const marked = new Marked({ gfm: true, async: false });
  const assetName = (href: string) => {
    const match = /^assets\/([^/?#]+)$/.exec(href);
    return match && assets.sizes.has(match[1]!) ? match[1]! : null;
  };
  marked.use({
    walkTokens(token) {
      if (token.type !== 'blockquote') return;
      const quote = token as Tokens.Blockquote & { callout?: string };
      const first = quote.tokens[0];
      const text = first?.type === 'paragraph' ? (first as Tokens.Paragraph).tokens[0] : undefined;
      const match = text?.type === 'text' ? CALLOUT.exec((text as Tokens.Text).text) : null;
      if (!match || !text) return;
      quote.callout = match[1]!.toLowerCase();
      (text as Tokens.Text).text = (text as Tokens.Text).text.slice(match[0].length);
      (text as Tokens.Text).raw = (text as Tokens.Text).raw.slice(match[0].length);
    },
    renderer: {
      // A video on its own line is a block (a figure), not the content of a paragraph.
      paragraph({ tokens }) {
        const inner = this.parser.parseInline(tokens);
        return inner.startsWith('<figure') && inner.endsWith('</figure>') ? `${inner}\n` : `<p>${inner}</p>\n`;
      },
      blockquote(token) {
        const kind = (token as Tokens.Blockquote & { callout?: keyof LessonLabels['callout'] }).callout;
        if (!kind) return false;
        return `<aside class="callout callout-${kind}"><p class="callout-title">${escape(labels.callout[kind])}</p>${this.parser.parse(token.tokens)}</aside>\n`;
      },
      image({ href, text }) {
        const name = assetName(href);
        if (!name) return escape(text);
        const url = escape(assets.url(name));
        if (VIDEO.test(name) || AUDIO.test(name)) {
          const captions = companion(assets, name, lang, 'vtt');
          const transcript = companion(assets, name, lang, 'txt');
          const track = captions ? `<track kind="captions" src="${escape(assets.url(captions.name))}" srclang="${captions.lang}" label="${escape(captions.lang)}" default>` : '';
          const media = VIDEO.test(name) ? `<video controls preload="metadata" src="${url}">${track}</video>` : `<audio controls preload="metadata" src="${url}"></audio>`;
          const script = transcript ? assets.text(transcript.name) : undefined;
          const details = script ? `<details><summary>${escape(labels.transcript)}</summary><p>${escape(script).replace(/\n+/g, '<br>')}</p></details>` : '';
          return `<figure class="lesson-media">${media}<figcaption>${escape(text)}</figcaption>${details}</figure>`;
        }
        return `<img src="${url}" alt="${escape(text)}" loading="lazy">`;
      },
      link({ href, tokens }) {
        const name = assetName(href);
        if (!name) return false;
        const type = name.slice(name.lastIndexOf('.') + 1).toUpperCase();
        const info = labels.fileInfo(type, humanSize(assets.sizes.get(name) ?? 0, lang));
        return `<a href="${escape(assets.url(name))}" download>${this.parser.parseInline(tokens)}</a> <span class="file-info">(${escape(info)})</span>`;
      },
    },
  });
  const html = marked.parse(markdown) as string;
  const ownUrls = new Set([...assets.sizes.keys()].map((name) => assets.url(name)));
  // `allowedEmptyAttributes` is supported by sanitize-html but missing from its type definitions.
  const options: sanitizeHtml.IOptions & { allowedEmptyAttributes: string[] } = {
    allowedTags: [...BASE_TAGS, 'img', 'figure', 'figcaption', 'video', 'audio', 'track', 'details', 'summary', 'aside', 'span'],
    allowedAttributes: {
      ...BASE_ATTRIBUTES,
      a: ['href', 'download', 'rel'],
      img: ['src', 'alt', 'loading'],
      video: ['src', 'controls', 'preload'],
      audio: ['src', 'controls', 'preload'],
      track: ['kind', 'src', 'srclang', 'label', 'default'],
      aside: ['class'],
      figure: ['class'],
      p: ['class'],
      span: ['class'],
    },
    allowedClasses: { aside: ['callout', 'callout-*'], figure: ['lesson-media'], p: ['callout-title'], span: ['file-info'] },
    allowedSchemes: ['https', 'mailto'],
    // Media only from our own asset paths: no scheme at all, no protocol-relative URL.
    allowedSchemesByTag: { img: [], video: [], audio: [], track: [] },
    allowProtocolRelative: false,
    allowedEmptyAttributes: ['alt', 'download', 'controls', 'default'],
    allowedSchemesAppliedToAttributes: ['href', 'src'],
    transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noreferrer' }) },
    // Only the URLs of this course's own files survive as media sources.
    exclusiveFilter: (frame) => ['img', 'video', 'audio', 'track'].includes(frame.tag) && !ownUrls.has(String(frame.attribs.src ?? '')),
  };
  return sanitizeHtml(html, options);
}
