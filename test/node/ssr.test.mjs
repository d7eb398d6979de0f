// The widgets render on a server (@lit-labs/ssr): their text is in the HTML
// the server sends, for readers without JavaScript and for search engines.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { renderWidgets } from '../../examples/ssr/render.mjs';

describe('server-side rendering', () => {
  it('renders all three elements to declarative shadow DOM with their text', async () => {
    const page = await renderWidgets();
    for (const tag of ['recovery-info-card', 'recovery-quote-carousel', 'recovery-support-finder']) {
      assert.match(page, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`), tag);
    }
    assert.match(page, /Living with and recovering from self-harm/);
    assert.match(page, /Trying to stop someone at once very rarely helps them recover/);
    assert.match(page, /Recovery should be about resilience/);
    assert.match(page, /If someone&#39;s life is at risk, or you have seriously hurt yourself, call 999 or go to A&amp;E\./);
    assert.match(page, /href="tel:116123"/);
  });

  it('names no time zone: the visitor’s is not known on the server (the client would take the names out, and the page move)', async () => {
    const page = await renderWidgets();
    assert.match(page, /Monday to Friday/);
    assert.doesNotMatch(page, /United Kingdom Time|Greenwich Mean Time|British Summer Time/);
  });

  it('renders where the server calls connectedCallback too', async () => {
    const option = () => ({ connectedCallback: true });
    LitElementRenderer.renderOptions.push(option);
    const warn = console.warn;
    const warnings = [];
    console.warn = (...args) => warnings.push(args.join(' '));
    try {
      const page = await collectResult(
        render(html`<recovery-info-card></recovery-info-card><recovery-quote-carousel></recovery-quote-carousel><recovery-support-finder quick-exit></recovery-support-finder>`),
      );
      assert.deepEqual(warnings, []);
      assert.match(page, /Living with and recovering from self-harm/);
      assert.match(page, /Recovery should be about resilience/);
      assert.match(page, /href="tel:999"/);
    } finally {
      console.warn = warn;
      LitElementRenderer.renderOptions.splice(LitElementRenderer.renderOptions.indexOf(option), 1);
    }
  });

  it('writes no false property as an attribute: no box checked that the visitor did not check', async () => {
    const page = await renderWidgets();
    // A property binding renders as an attribute on the server: checked="false" checks the box.
    assert.doesNotMatch(page, /\s(checked|inert|hidden|disabled|selected)="false"/);
    assert.equal(page.match(/<input\b[^>]*\bchecked\b/g)?.length, 1, 'only the "Anyone" radio is checked');
    assert.match(page, /<input[^>]*value="all"[^>]*checked|<input[^>]*checked[^>]*value="all"/);
    const slides = [...page.matchAll(/<div[^>]*\bpart="slide"[^>]*>/g)].map((m) => m[0]);
    assert.equal(slides.length, 2);
    assert.doesNotMatch(slides[0], /\binert\b/);
  });
});
