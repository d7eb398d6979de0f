import { expect } from '@open-wc/testing';
import { until } from '../support/helpers.js';
import { frames, inFrame, widgets, type Frame } from './harness.js';

// Host-page matrix: quick exit on the pages partners have (400% zoom, a
// host component's shadow root, the host's own modal dialog), and a page
// made right to left by CSS alone.

type Finder = HTMLElement & { updateComplete: Promise<unknown> };
const shell = (frame: Frame) => (frame.win as unknown as { __shellRoot: ShadowRoot }).__shellRoot;

describe('host matrix: the quick-exit cover at 400 % zoom (1280 × 720 → 320 × 180 CSS px)', function () {
  this.timeout(30_000);
  it('keeps the top of "Still loading…" reachable', async () => {
    await inFrame('/host/pages/quick-exit-host.html', { width: 320, height: 180 }, async (frame) => {
      frame.doc.querySelector('main')!.innerHTML = '<recovery-support-finder quick-exit quick-exit-url="/test-api/status/204"></recovery-support-finder>';
      const [finder] = (await widgets(frame, 1)) as Finder[];
      finder.shadowRoot!.querySelector<HTMLElement>('[part=exit]')!.click();
      // The 204 cancels the navigation: the page stays, and after 5 s the cover offers the way back.
      await until(() => finder.shadowRoot!.querySelector('.overlay button'), 8000, 'the way back');
      const overlay = finder.shadowRoot!.querySelector<HTMLElement>('.overlay')!;
      const status = overlay.querySelector('#exiting')!;
      overlay.scrollTop = 0;
      const top = status.getBoundingClientRect().top - overlay.getBoundingClientRect().top;
      // The message starts inside the cover, where it scrolls from, not above it out of reach.
      expect(Math.round(top), 'the status text starts inside the cover').to.be.at.least(0);
    });
  });
});

describe('host matrix: a finder in a host component’s closed shadow root', function () {
  this.timeout(30_000);
  for (const mode of ['open', 'closed']) {
    it(`puts focus back on the exit button after "Back to this page" (${mode} root)`, async () => {
      await inFrame(`/host/pages/quick-exit-host.html?mode=${mode}`, {}, async (frame) => {
        const root = shell(frame);
        await until(() => root.querySelector('recovery-support-finder')!.shadowRoot?.querySelector('.root'), 5000, 'the finder');
        const finder = root.querySelector('recovery-support-finder') as Finder;
        const exit = finder.shadowRoot!.querySelector<HTMLElement>('[part=exit]')!;
        exit.focus(); // a keyboard user on the button
        exit.click();
        const back = await until(() => finder.shadowRoot!.querySelector<HTMLButtonElement>('.overlay button'), 8000, 'the way back');
        back.click();
        await finder.updateComplete;
        await frames(frame);
        expect(finder.shadowRoot!.activeElement?.getAttribute('part') ?? `nothing (document.activeElement is <${frame.doc.activeElement?.localName}>)`).to.equal('exit');
      });
    });
  }
});

describe('host matrix: a widget in a host component’s shadow tree', function () {
  this.timeout(30_000);
  it('follows a lang change on an ancestor inside the host’s shadow tree', async () => {
    await inFrame('/host/pages/quick-exit-host.html?mode=open', {}, async (frame) => {
      const root = shell(frame);
      const card = root.querySelector('recovery-info-card')!;
      await until(() => card.shadowRoot?.querySelector('.root'), 5000, 'the card');
      root.getElementById('wrap')!.setAttribute('lang', 'en-US');
      await new Promise((r) => setTimeout(r, 300));
      expect(card.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('en-US');
    });
  });
});

describe('host matrix: the floating exit button and the host’s own modal dialog', function () {
  this.timeout(30_000);
  it('does not float an inert exit button above the host’s open modal', async () => {
    await inFrame('/host/pages/quick-exit-host.html', { width: 800, height: 600 }, async (frame) => {
      frame.doc.querySelector('main')!.innerHTML = '<recovery-support-finder quick-exit></recovery-support-finder>';
      const [finder] = await widgets(frame, 1);
      const exit = finder.shadowRoot!.querySelector<HTMLElement>('[part=exit]')!;
      frame.doc.querySelector<HTMLDialogElement>('#newsletter')!.showModal();
      // The visitor scrolls the page behind the host's modal.
      frame.win.scrollTo(0, finder.getBoundingClientRect().top + frame.win.scrollY + 400);
      await frames(frame);
      await frames(frame);
      // Everything outside the host's modal is inert: a button drawn above its backdrop would take no click.
      expect(exit.matches(':popover-open'), 'floated above the host’s modal').to.equal(false);
      // Closed, the page is the visitor's again, and the button floats where sticky does not hold it.
      // (The dialog's close event comes in a task of its own, the observer's answer at a frame after it.)
      frame.doc.querySelector<HTMLDialogElement>('#newsletter')!.close();
      frame.win.scrollBy(0, 10);
      await until(() => exit.matches(':popover-open'), 5000, 'the button to float once the modal is closed');
    });
  });
});

describe('host matrix: a page made right to left by CSS only (html { direction: rtl }, no dir attribute)', function () {
  this.timeout(30_000);
  it('points the carousel’s chevrons the way its buttons and arrow keys go', async () => {
    await inFrame('/host/pages/widgets.html?css=rtl-by-css', {}, async (frame) => {
      const [, carousel] = await widgets(frame);
      const $ = (s: string) => carousel.shadowRoot!.querySelector<HTMLElement>(s)!;
      const style = (el: Element) => frame.win.getComputedStyle(el);
      expect(style($('.root')).direction).to.equal('rtl');
      // Laid out right to left: Previous on the right, Next on the left.
      expect($('.previous').getBoundingClientRect().left).to.be.greaterThan($('.next').getBoundingClientRect().left);
      const points = (b: string) => (style($(`${b} .chevron`)).rotate == '45deg' ? 'left' : 'right');
      expect({ previous: points('.previous'), next: points('.next') }).to.deep.equal({ previous: 'right', next: 'left' });
    });
  });
});
