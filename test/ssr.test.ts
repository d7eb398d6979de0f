import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { until } from './support/helpers.js';

const TAGS = ['recovery-info-card', 'recovery-quote-carousel', 'recovery-support-finder'];

/** The server-rendered page (no script) in a frame, given to `run`, and taken away after. */
async function ssrPage(run: (doc: Document, win: Window & typeof globalThis) => Promise<void>): Promise<void> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 1024px; height: 3000px';
  iframe.src = '/test-api/ssr';
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  document.body.append(iframe);
  try {
    await loaded;
    await run(iframe.contentDocument!, iframe.contentWindow as Window & typeof globalThis);
  } finally {
    iframe.remove();
  }
}

/** Runs `code` as a module in `doc`, as a page's own script tag would. */
function load(doc: Document, code: string): void {
  const script = doc.createElement('script');
  script.type = 'module';
  script.textContent = code;
  doc.head.append(script);
}

describe('server-side rendering', () => {
  it('shows the server-rendered widgets before any script, then hydrates them without moving anything', async () => {
    await ssrPage(async (doc, win) => {
      const errors: string[] = [];
      win.addEventListener('error', (e) => errors.push(e.message));
      const elements = TAGS.map((t) => doc.querySelector(t)!);
      // Declarative shadow DOM: rendered, styled and readable with no script.
      expect(elements.every((el) => el.shadowRoot && !win.customElements.get(el.localName))).to.equal(true);
      const title = elements[0].shadowRoot!.querySelector('#title')!;
      expect(title.textContent).to.equal('Living with and recovering from self-harm');
      expect(getComputedStyle(title).fontSize).to.equal('26px');
      expect(elements[2].shadowRoot!.querySelector('.emergency')!.textContent).to.contain('call 999');
      // The exit button is a link, and works; Shift does nothing yet, so the hint saying it does is not shown.
      const hint = () => getComputedStyle(elements[2].shadowRoot!.querySelector('.hint')!).visibility;
      expect(hint()).to.equal('hidden');
      // "Open now" is the server's clock, stale in a cached page: unseen until the script says it afresh; "Open 24 hours" is always true.
      const states = () => Array.from(elements[2].shadowRoot!.querySelectorAll('.status'), (s) => `${s.classList.contains('always')} ${getComputedStyle(s).visibility}`);
      expect(new Set(states())).to.deep.equal(new Set(['true visible', 'false hidden']));
      const before = elements.map((el) => JSON.stringify(el.getBoundingClientRect()));
      // A visitor who tabbed to a link before the script ran keeps it focused.
      const link = [...elements[0].shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')][1];
      link.focus();
      const focusedBefore = `${link.textContent} ${link.href}`;
      expect(elements[0].shadowRoot!.activeElement).to.equal(link);

      // Hydration support first, then the elements.
      load(doc, "import '@lit-labs/ssr-client/lit-element-hydrate-support.js'; import '/dist/esm/index.js';");
      await until(() => TAGS.every((t) => win.customElements.get(t)), 10000, 'the elements to be defined');
      await Promise.all(elements.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));

      // Rendered in place: the same boxes, no duplicated content, the focus kept, and it works.
      expect(elements.map((el) => JSON.stringify(el.getBoundingClientRect()))).to.deep.equal(before);
      expect(hint()).to.equal('visible');
      expect(new Set(states())).to.deep.equal(new Set(['true visible', 'false visible']));
      const focused = elements[0].shadowRoot!.activeElement as HTMLAnchorElement | null;
      expect(focused && `${focused.textContent} ${focused.href}`).to.equal(focusedBefore);
      expect(elements[0].shadowRoot!.querySelectorAll('article')).to.have.length(1);
      expect(elements[1].shadowRoot!.querySelectorAll('.slide')).to.have.length(2);
      const next = elements[1].shadowRoot!.querySelector<HTMLButtonElement>('.next')!;
      next.click();
      await (elements[1] as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(elements[1].shadowRoot!.querySelector('.current blockquote')!.textContent).to.contain('Harm minimisation');
      expect(errors).to.deep.equal([]);
    });
  });

  it('keeps the control focused before the script ran focused after it, when the partner’s quotes change what comes before it', async () => {
    await ssrPage(async (doc, win) => {
      const carousel = doc.querySelector('recovery-quote-carousel')!;
      // The server knew only the built-in quotes; the page holds six of the partner's.
      for (let i = 1; i <= 6; i++) carousel.append(Object.assign(doc.createElement('blockquote'), { textContent: `Quote ${i}.` }));
      carousel.shadowRoot!.querySelector<HTMLButtonElement>('.next')!.focus();
      load(doc, "import '/dist/esm/index.js';");
      await until(() => win.customElements.get('recovery-quote-carousel'), 10000, 'the carousel to be defined');
      await (carousel as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      await new Promise((r) => setTimeout(r));
      expect(carousel.shadowRoot!.querySelectorAll('.slide')).to.have.length(6);
      expect(carousel.shadowRoot!.activeElement?.className).to.equal('next');
    });
  });

  it('shows the visitor what the visitor’s own browser would render, not what the server wrote', async () => {
    // The server (Node, in its own time zone) names the zone of every UK service; a visitor in
    // London needs none, and open-now states are the visitor's clock's. Nothing stale stays.
    if (!(await executeServerCommand('set-timezone', { timeZone: 'Europe/London' }))) throw new Error('no time zone command');
    try {
      await ssrPage(async (doc, win) => {
      const errors: string[] = [];
      win.addEventListener('error', (e) => errors.push(e.message));
      const elements = TAGS.map((t) => doc.querySelector(t)!);
      // No hydrate support: the elements need none (the page may load it for its own components).
      load(doc, "import '/dist/esm/index.js';");
      await until(() => TAGS.every((t) => win.customElements.get(t)), 10000, 'the elements to be defined');
      const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
      for (const el of elements) {
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        const fresh = el.cloneNode(false) as Element;
        fresh.removeAttribute('id');
        doc.body.append(fresh);
        await (fresh as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        expect(text(el), el.localName).to.equal(text(fresh));
        fresh.remove();
      }
      expect(text(elements[2])).not.to.contain('United Kingdom Time');
      expect(elements[2].shadowRoot!.querySelectorAll('[part=finder]')).to.have.length(1);
      expect(errors).to.deep.equal([]);
      });
    } finally {
      await executeServerCommand('set-timezone', { timeZone: '' });
    }
  });
});
