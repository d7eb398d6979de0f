import { expect } from '@open-wc/testing';
import { until } from '../support/helpers.js';
import { fictional, partnerService } from '../support/fixtures.mjs';

// A library on the host page that merges query parameters carelessly can
// add properties to Object.prototype. Content is read field by field, and a
// field a document leaves out must not be found there: a number that is in
// no data (`alt`), a link (`related`, `source`), "open 24 hours"
// (`alwaysOpen`), or a whole list of services or emergency entries.
// Each field name of the content document is put on Object.prototype of a
// partner page before the built script runs; every widget must show exactly
// what it shows on a clean page.

const SCRIPT = '/dist/recovery-widgets.js';
// Thursday 26 November 2026, 10:00 in London: both pages read the same clock.
const NOW = Date.UTC(2026, 10, 26, 10);
// Lit reads `strings` of its own template results: not ours to defend.
const LIT_OWN = new Set(['strings']);

const partnerDoc = JSON.stringify({
  version: 1,
  services: [partnerService(1), partnerService(2, { crisis: true, contacts: [fictional(2), fictional(2, 'sms')] })],
  emergency: [{ region: 'GB', number: '999', text: "If someone's life is at risk, or you have seriously hurt yourself, call 999 or go to A&E.", source: 'https://www.nhs.uk/' }],
});
const inline = `<script type="application/json" slot="content">${partnerDoc}</script>`;
const BODY = [
  '<recovery-info-card region="GB"></recovery-info-card>',
  `<recovery-info-card region="US">${inline}</recovery-info-card>`,
  '<recovery-quote-carousel></recovery-quote-carousel>',
  '<recovery-quote-carousel><blockquote><p>One.</p><cite>First</cite></blockquote><blockquote><p>Two.</p></blockquote></recovery-quote-carousel>',
  '<recovery-support-finder region="GB"></recovery-support-finder>',
  '<recovery-support-finder region="US"></recovery-support-finder>',
  `<recovery-support-finder region="GB">${inline}</recovery-support-finder>`,
].join('');

/** Every property name the content document's JSON Schema knows. */
async function fieldNames(): Promise<string[]> {
  const schema = await (await fetch('/src/content/content.schema.json')).json();
  const names = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node == 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key == 'properties') Object.keys(value as object).forEach((k) => names.add(k));
        walk(value);
      }
    }
  };
  walk(schema);
  return [...names].filter((n) => !LIT_OWN.has(n)).sort();
}

/** What each widget shows and links to, once all have rendered. */
async function snapshot(pollution: string): Promise<string[]> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 1024px; height: 800px';
  iframe.srcdoc = `<!doctype html><html lang="en-GB"><head><title>Partner</title>
    <script>Date.now = () => ${NOW}; window.__errors = []; addEventListener('error', (e) => __errors.push(e.message));</script>
    <script>${pollution}</script>
    <script src="${SCRIPT}"></script></head><body>${BODY}</body></html>`;
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  document.body.append(iframe);
  try {
    await loaded;
    const doc = iframe.contentDocument!;
    const widgets = [...doc.body.children].filter((e) => e.localName.startsWith('recovery-'));
    await until(() => widgets.every((w) => w.shadowRoot?.querySelector('[part]')), 5000, 'the widgets');
    // The inline documents are read on the first update; one more frame for their render.
    await new Promise((r) => setTimeout(r, 100));
    const errors = (iframe.contentWindow as Window & { __errors: string[] }).__errors;
    if (errors.length) return [`errors: ${errors.join(' | ')}`];
    return widgets.map((w) => {
      const root = w.shadowRoot!;
      const links = [...root.querySelectorAll('a')].map((a) => `${a.textContent!.replace(/\s+/g, ' ').trim()} -> ${a.getAttribute('href')}`);
      const text = root.textContent!.replace(/\s+/g, ' ').trim();
      return `${w.localName}: ${text}\n  ${links.join('\n  ')}`;
    });
  } finally {
    iframe.remove();
  }
}

const pollute = (names: string[], value: string, enumerable: boolean) =>
  `for (const name of ${JSON.stringify(names)}) Object.defineProperty(Object.prototype, name, { value: ${value}, writable: true, configurable: true, enumerable: ${enumerable} });`;

describe('a host page with a polluted Object.prototype', () => {
  let names: string[];
  let clean: string[];

  before(async () => {
    names = await fieldNames();
    clean = await snapshot('');
  });

  it('knows the fields it guards against', () => {
    for (const name of ['alt', 'related', 'source', 'alwaysOpen', 'services', 'emergency', 'topics', 'note', 'website']) expect(names).to.include(name);
    expect(clean.join('\n')).to.contain('Call 999');
  });

  for (const [what, value] of [
    ['a number', "'09098790000'"],
    ['true', 'true'],
    [
      'a list of plausible records',
      `[{ id: 'poison', name: 'Poison line', region: 'GB', regions: ['GB'], number: '09098790000', text: 'Call 0909 879 0000', title: 'Poison', url: 'https://poison.example/', attribution: 'Poison', href: 'tel:09098790000', display: '0909 879 0000', method: 'phone' }]`,
    ],
  ]) {
    for (const enumerable of [false, true]) {
      it(`shows exactly what a clean page shows, with every field set to ${what} (${enumerable ? 'enumerable' : 'not enumerable'})`, async () => {
        const polluted = await snapshot(pollute(names, value, enumerable));
        expect(polluted.join('\n\n')).to.equal(clean.join('\n\n'));
      });
    }
  }
});
