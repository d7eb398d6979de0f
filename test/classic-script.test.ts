import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { until } from './support/helpers.js';

// The built classic script (npm run build), embedded the ways partners do.
const SCRIPT = '/dist/recovery-widgets.js';
const ELEMENTS = '<recovery-info-card></recovery-info-card><recovery-quote-carousel></recovery-quote-carousel><recovery-support-finder region="GB"></recovery-support-finder>';

interface Frame {
  win: Window & { __errors: string[]; __requests: string[] };
  doc: Document;
  remove(): void;
}

/** Loads a page into an iframe that records console errors, uncaught errors and every request. */
async function page(head: string, body: string): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 1024px; height: 800px';
  const recorder = `<script>
    window.__errors = [];
    window.__requests = [];
    const error = console.error;
    console.error = (...a) => { __errors.push(a.join(' ')); error(...a); };
    addEventListener('error', (e) => __errors.push('uncaught: ' + e.message));
    addEventListener('unhandledrejection', (e) => __errors.push('unhandled: ' + e.reason));
    new PerformanceObserver((list) => list.getEntries().forEach((e) => __requests.push(new URL(e.name).pathname))).observe({ type: 'resource', buffered: true });
  </script>`;
  iframe.srcdoc = `<!doctype html><html lang="en-GB"><head><title>Partner</title>${recorder}${head}</head><body>${body}</body></html>`;
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Frame['win'];
  return { win, doc: iframe.contentDocument!, remove: () => iframe.remove() };
}

async function rendered(frame: Frame) {
  const tags = ['recovery-info-card', 'recovery-quote-carousel', 'recovery-support-finder'];
  await until(() => tags.every((t) => frame.doc.querySelector(t)?.shadowRoot?.querySelector('.root')), 5000, 'all three elements');
  return tags.map((t) => frame.doc.querySelector(t)!);
}

describe('the classic script', () => {
  for (const [name, head, body] of [
    ['in the head, before the elements', `<script src="${SCRIPT}"></script>`, ELEMENTS],
    ['deferred', `<script src="${SCRIPT}" defer></script>`, ELEMENTS],
    ['async, at the end of the body', '', `${ELEMENTS}<script src="${SCRIPT}" async></script>`],
    ['after the elements, plain', '', `${ELEMENTS}<script src="${SCRIPT}"></script>`],
    ['twice: once deferred, once async', `<script src="${SCRIPT}" defer></script><script src="${SCRIPT}?again" async></script>`, ELEMENTS],
  ]) {
    it(`renders all three elements when loaded ${name}, with no error and no other request`, async () => {
      const frame = await page(head, body);
      try {
        const [card, carousel, finder] = await rendered(frame);
        expect(card.shadowRoot!.querySelector('#title')!.textContent).to.equal('Living with and recovering from self-harm');
        expect(carousel.shadowRoot!.querySelectorAll('.slide')).to.have.length(2);
        expect(finder.shadowRoot!.querySelector('.emergency')!.textContent).to.contain('call 999');
        await new Promise((r) => setTimeout(r, 100));
        expect(frame.win.__errors).to.deep.equal([]);
        expect(frame.win.__requests.filter((p) => p != SCRIPT)).to.deep.equal([]);
        // No global variable of ours on the partner's page.
        expect(Object.keys(frame.win).filter((k) => /recovery/i.test(k))).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }

  for (const [name, tag] of [
    ['in the head', `<script src="${SCRIPT}"></script>`],
    ['deferred and render-blocking', `<script src="${SCRIPT}" defer blocking="render"></script>`],
  ]) {
    it(`replaces the partner's fallback text without moving the page when loaded ${name}`, async function () {
      if (!('LayoutShift' in window)) return this.skip(); // Chromium's Layout Instability API
      const fallback =
        '<recovery-info-card><h2>Self-harm: support is here</h2><p>Read our guide.</p></recovery-info-card>' +
        '<recovery-quote-carousel><blockquote><p>One.</p></blockquote><blockquote><p>Two.</p></blockquote></recovery-quote-carousel>' +
        '<p id="below">Below the widgets</p>';
      const shifts = `<script>window.__cls = 0; new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.__cls += e.value))).observe({ type: 'layout-shift', buffered: true });</script>`;
      const frame = await page(shifts + tag, fallback);
      try {
        await until(() => frame.doc.querySelector('recovery-quote-carousel')?.shadowRoot?.querySelector('.root'), 5000, 'the upgrade');
        await new Promise((r) => setTimeout(r, 300));
        expect((frame.win as unknown as { __cls: number }).__cls).to.equal(0);
      } finally {
        frame.remove();
      }
    });
  }

  it("shows the partner's fallback under the real tags until the script runs (or if it never does), then the widgets", async () => {
    const fallback =
      '<recovery-info-card><h2>Self-harm: support is here</h2><p>Read our guide.</p></recovery-info-card>' +
      '<recovery-quote-carousel><blockquote><p>One.</p><cite>First</cite></blockquote><blockquote><p>Two.</p></blockquote></recovery-quote-carousel>';
    const frame = await page('', fallback);
    try {
      const visible = (selector: string) => [...frame.doc.querySelectorAll(selector)].map((e) => e.getClientRects().length > 0);
      // No script yet: the partner's own text is on the page, every quote of it.
      expect(visible('recovery-info-card h2, recovery-info-card p')).to.deep.equal([true, true]);
      expect(visible('recovery-quote-carousel blockquote')).to.deep.equal([true, true]);
      const script = frame.doc.createElement('script');
      script.src = SCRIPT;
      frame.doc.head.append(script);
      await until(() => frame.doc.querySelector('recovery-quote-carousel')?.shadowRoot?.querySelector('.root'), 5000, 'the upgrade');
      const card = frame.doc.querySelector('recovery-info-card')!;
      await until(() => card.shadowRoot?.querySelector('#title'), 5000, 'the card');
      // Upgraded: the card replaces the fallback text; the carousel uses the partner's quotes as its slides.
      expect(visible('recovery-info-card h2, recovery-info-card p')).to.deep.equal([false, false]);
      expect(card.shadowRoot!.querySelector('#title')!.textContent).to.equal('Living with and recovering from self-harm');
      const slides = frame.doc.querySelector('recovery-quote-carousel')!.shadowRoot!.querySelectorAll('.slide blockquote');
      expect([...slides].map((q) => q.textContent!.trim().split(/\s+/)[0])).to.deep.equal(['One.', 'Two.']);
    } finally {
      frame.remove();
    }
  });

  it('writes text as the source does, spaces included (the minifier trims template text)', async () => {
    // A visitor in Auckland sees each UK service's zone, after a space.
    await executeServerCommand('set-timezone', { timeZone: 'Pacific/Auckland' });
    const frame = await page(`<script src="${SCRIPT}"></script>`, ELEMENTS);
    try {
      const [, , finder] = await rendered(frame);
      const calm = [...finder.shadowRoot!.querySelectorAll('.service')].find((li) => li.querySelector('h3')!.textContent!.startsWith('CALM'))!;
      expect(calm.querySelector('.hours')!.textContent!.replace(/\s+/g, ' ')).to.equal('Every day, 17:00 to midnight (United Kingdom Time)');
    } finally {
      frame.remove();
      await executeServerCommand('set-timezone', { timeZone: '' });
    }
  });

  it('upgrades elements added after it ran', async () => {
    const frame = await page(`<script src="${SCRIPT}"></script>`, '');
    try {
      frame.doc.body.innerHTML = ELEMENTS;
      await rendered(frame);
      expect(frame.win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('is one minified classic script with a version banner', async () => {
    const source = await (await fetch(SCRIPT)).text();
    expect(source).to.match(/^\/\*! recovery-widgets \d+\.\d+\.\d+ /);
    expect(source).not.to.match(/^\s*(import|export)\s/m);
    expect(source.split('\n').length).to.be.below(5);
  });
});
