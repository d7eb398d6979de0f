// Benchmark pages, written to bench/.out/pages/ and served at /out/pages/.
// Every page is the same partner-like host (its own styles, header, text
// around the widgets) with the in-page harness inlined first, so variants
// differ only in what they measure.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT } from './paths.mjs';

const HARNESS = readFileSync(new URL('./harness.js', import.meta.url), 'utf8');

const HOST_CSS = `
:root { color-scheme: light; font-family: Georgia, 'Times New Roman', serif; line-height: 1.6; color: #222; background: #fafaf7; }
body { margin: 0; }
.site-header { padding: 1rem 1.5rem; background: #2d3a4a; color: #fff; }
.site-header p { margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
main > * + * { margin-top: 2rem; }
h1 { font-size: 2.25rem; line-height: 1.2; }
footer.site { padding: 1.5rem; border-top: 1px solid #ccc; }
.below { min-height: 3rem; }
`;

const PARAGRAPH =
  'This paragraph stands for the partner\u2019s own article text around the widgets: anything that moves when a widget renders is a layout shift a visitor sees.';

/**
 * A partner page. `widgets` is markup (or an array of markup) placed in the
 * article with host text between them; `head` goes after the harness.
 */
export function hostPage({ title, head = '', widgets = [], ready, afterMain = '', lang = 'en-GB' }) {
  const parts = (Array.isArray(widgets) ? widgets : [widgets]).map((w) => `${w}\n      <p class="below">${PARAGRAPH}</p>`);
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${title}</title>
    <script>${HARNESS}</script>
    <style>${HOST_CSS}</style>
    ${head}
  </head>
  <body>
    <header class="site-header"><p><strong>Northfield Wellbeing Trust</strong></p><p>A partner page (benchmark)</p></header>
    <main id="main">
      <h1>Self-harm: support and recovery</h1>
      <p>${PARAGRAPH}</p>
      ${parts.join('\n      ')}
    </main>
    ${afterMain}
    <footer class="site"><p>Partner footer</p></footer>
    <script>window.__ready = ${ready};</script>
  </body>
</html>
`;
}

/** Writes a page and returns its URL path. */
export function writePage(name, html) {
  const dir = join(OUT, 'pages');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.html`), html);
  return `/out/pages/${name}.html`;
}

/** The three widgets as the README's embed snippet has them. */
export const WIDGETS = [
  '<recovery-info-card help-href="#support"></recovery-info-card>',
  '<recovery-quote-carousel></recovery-quote-carousel>',
  '<div id="support"><recovery-support-finder region="GB"></recovery-support-finder></div>',
];
export const TAGS = 'recovery-info-card, recovery-quote-carousel, recovery-support-finder';

/** `ready` for pages with our widgets: every element defined, updated and with a populated shadow root. */
export const readyFor = (selector, options = '{}') => `() => __bench.rendered(${JSON.stringify(selector)}, ${options})`;

export const escapeHtml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
