import { expect } from '@open-wc/testing';
import { until } from '../support/helpers.js';
import { axe, exercise, exercised, open, problems, unusable, widgets, type Frame } from './harness.js';

// Host-page matrix, case 7: the partner page inside an iframe (same origin,
// and sandboxed), and our elements inside containers with overflow: hidden,
// transform and contain: paint.

describe('host matrix: frames and containers', function () {
  // Pages load, render and run axe in frames: slower than unit tests when both browsers run at once.
  this.timeout(30_000);
  it('works in a page that is itself framed', async () => {
    const outer = await open('/host/pages/framed.html', { height: 3200 });
    try {
      const iframe = outer.doc.querySelector<HTMLIFrameElement>('#inner')!;
      const win = iframe.contentWindow as Frame['win'];
      const inner: Frame = { iframe, win, doc: iframe.contentDocument!, rec: win.__host, remove: () => iframe.remove() };
      const els = await widgets(inner);
      expect(els.flatMap(unusable)).to.deep.equal([]);
      expect(await exercise(inner)).to.deep.equal(exercised(1, 1, 1));
      expect(await axe(inner, els)).to.deep.equal([]);
      expect([...problems(inner), ...problems(outer)]).to.deep.equal([]);
    } finally {
      outer.remove();
    }
  });

  it('works in a sandboxed frame, where storage and cookies are out of reach', async () => {
    const outer = await open('/host/pages/framed.html', { height: 3200 });
    try {
      const sandboxed = outer.doc.querySelector<HTMLIFrameElement>('#sandboxed')!.contentWindow!;
      const ask = () =>
        new Promise<{ rendered: string[]; emergency: string; errors: string[]; violations: string[]; storage: string[]; calls: string[] }>((resolve) => {
          // The answer comes to this window, which asks.
          const answer = (e: MessageEvent) => {
            if (e.source !== sandboxed) return;
            removeEventListener('message', answer);
            resolve(e.data);
          };
          addEventListener('message', answer);
          sandboxed.postMessage('__host?', '*');
          setTimeout(() => {
            removeEventListener('message', answer);
            resolve({ rendered: [], emergency: '', errors: [], violations: [], storage: [], calls: [] });
          }, 500);
        });
      const report = await until(async () => {
        const r = await ask();
        return r.rendered.length == 3 ? r : undefined;
      }, 5000, 'the sandboxed page to render');
      expect(report.emergency).to.contain('999');
      expect(report.errors).to.deep.equal([]);
      expect(report.violations).to.deep.equal([]);
      expect(report.storage).to.deep.equal([]);
      expect(report.calls).to.deep.equal([]);
    } finally {
      outer.remove();
    }
  });

  it('works inside containers that clip, transform and contain paint, quick exit included', async () => {
    const frame = await open('/host/pages/containers.html', { width: 800, height: 900 });
    try {
      const els = await widgets(frame);
      // Nothing of ours is cut off by the clipping containers.
      for (const el of els) {
        const box = el.closest('.clip')!.getBoundingClientRect();
        const mine = el.shadowRoot!.querySelector('.root')!.getBoundingClientRect();
        expect(mine.left >= box.left && mine.right <= box.right, `${el.localName} fits its container`).to.equal(true);
      }
      expect(els.flatMap(unusable)).to.deep.equal([]);
      expect(await exercise(frame)).to.deep.equal(exercised(1, 1, 1));
      await widgets(frame);
      expect(await axe(frame, els)).to.deep.equal([]);
      expect(problems(frame)).to.deep.equal([]);
      // Quick exit covers our content and leaves for the partner's URL.
      const finder = els[2];
      const left = new Promise((resolve) => frame.iframe.addEventListener('load', resolve, { once: true }));
      // The iframe's navigations share the top window's session history.
      const entries = history.length;
      finder.shadowRoot!.querySelector<HTMLElement>('[part=exit]')!.click();
      // The cover is drawn before the next page arrives, over the whole
      // window: the transformed, paint-containing ancestors do not hold it to
      // their own box, and the rest of the page is hidden too.
      await (finder as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const overlay = finder.shadowRoot!.querySelector('.overlay')!;
      const cover = overlay.getBoundingClientRect();
      expect([cover.left, cover.top, cover.width, cover.height]).to.deep.equal([0, 0, frame.doc.documentElement.clientWidth, frame.win.innerHeight]);
      expect(finder.shadowRoot!.elementFromPoint(5, 5)).to.equal(overlay);
      await left;
      expect(frame.iframe.contentWindow!.location.pathname).to.equal('/host/pages/exit.html');
      // Replaced, not added to: Back does not return to the page the visitor left.
      expect(history.length).to.equal(entries);
      // The exit site is not told where the visitor came from.
      expect(frame.iframe.contentDocument!.referrer).to.equal('');
    } finally {
      frame.remove();
    }
  });
});
