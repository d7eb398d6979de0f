#!/usr/bin/env node
// Server-side rendering with @lit-labs/ssr: the three elements rendered to
// declarative shadow DOM, so their text is in the HTML the server sends.
// Usage: node examples/ssr/render.mjs > page.html   (after `npm run build`)
// In the browser, each element renders afresh over its server-rendered shadow
// root when its module runs, before the first paint (no hydrate support needed).
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../dist/esm/index.js';

export async function renderWidgets() {
  return collectResult(
    render(html`
      <recovery-info-card region="GB" help-href="#support"></recovery-info-card>
      <recovery-quote-carousel></recovery-quote-carousel>
      <recovery-support-finder id="support" region="GB" quick-exit></recovery-support-finder>
    `),
  );
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/examples\//, '/examples/'))) {
  process.stdout.write(await renderWidgets());
}
