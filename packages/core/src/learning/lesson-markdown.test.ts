import { describe, expect, it } from 'vitest';
import { type LessonAssets, type LessonLabels, renderLessonMarkdown } from './lesson-markdown.ts';

const assets: LessonAssets = {
  url: (name) => `/learn/assets/v1/${name}`,
  sizes: new Map([
    ['signs.png', 2048],
    ['intro.mp4', 3_400_000],
    ['intro.it.vtt', 120],
    ['intro.en.vtt', 120],
    ['intro.en.txt', 40],
    ['plan.pdf', 1_234_567],
  ]),
  text: (name) => (name === 'intro.en.txt' ? 'Welcome.\nThis <b>video</b> shows where to look.' : undefined),
};
const labels: LessonLabels = {
  callout: { note: 'Note', tip: 'Tip', warning: 'Warning', important: 'Important', caution: 'Caution' },
  transcript: 'Transcript',
  fileInfo: (type, size) => `${type}, ${size}`,
};

describe('renderLessonMarkdown', () => {
  it('renders callouts with a translated title and keeps their inline formatting', () => {
    const html = renderLessonMarkdown('> [!WARNING]\n> Removing an app **can** alert the abuser.\n\n> A plain quote.', 'en', assets, labels);
    expect(html).toBe('<aside class="callout callout-warning"><p class="callout-title">Warning</p><p>Removing an app <strong>can</strong> alert the abuser.</p>\n</aside>\n<blockquote>\n<p>A plain quote.</p>\n</blockquote>\n');
  });

  it('serves images, captioned videos with a transcript, and downloads from the course assets', () => {
    const html = renderLessonMarkdown('![Signs](assets/signs.png)\n\n![Intro video](assets/intro.mp4)\n\nGet the [plan](assets/plan.pdf).', 'it', assets, labels);
    expect(html).toContain('<img src="/learn/assets/v1/signs.png" alt="Signs" loading="lazy" />');
    expect(html).toContain('</p>\n<figure class="lesson-media"><video controls="" preload="metadata" src="/learn/assets/v1/intro.mp4"><track kind="captions" src="/learn/assets/v1/intro.it.vtt" srclang="it" label="it" default=""></track></video><figcaption>Intro video</figcaption>');
    // No Italian transcript: the English one is offered, its text escaped.
    expect(html).toContain('<details><summary>Transcript</summary><p>Welcome.<br />This &lt;b&gt;video&lt;/b&gt; shows where to look.</p></details>');
    expect(html).toContain('<a href="/learn/assets/v1/plan.pdf" download="" rel="noreferrer">plan</a> <span class="file-info">(PDF, 1,2 MB)</span>.</p>');
    expect(html).not.toContain('<p></p>');
  });

  it('drops media from anywhere else and anything unsafe', () => {
    const html = renderLessonMarkdown(
      '![Pixel](https://tracker.example/p.png) ![Missing](assets/missing.png) <img src="//evil.example/x.png"> <video src="https://evil.example/v.mp4"></video> <script>alert(1)</script> [ok](https://example.org) [bad](javascript:alert(1))',
      'en',
      assets,
      labels,
    );
    expect(html).not.toMatch(/<img|<video|<script|tracker|evil|javascript/);
    expect(html).toContain('Pixel');
    expect(html).toContain('<a href="https://example.org" rel="noreferrer">ok</a> <a rel="noreferrer">bad</a>');
  });
});
