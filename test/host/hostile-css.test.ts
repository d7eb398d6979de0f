import { expect } from '@open-wc/testing';
import { axe, exercise, exercised, open, openAndCompare, problems, shadowStyles, unusable, widgets } from './harness.js';

// Host-page matrix, case 1: the built classic script on a partner page whose
// global stylesheet (test/host/pages/hostile.css) resets and restyles every
// element, much of it !important, with a 10 px or 24 px root font size.

/** Lines of `actual` that differ from `expected` at the same place (the first 20). */
function differences(expected: string[], actual: string[]): string[] {
  const out = actual.flatMap((line, i) => (line === expected[i] ? [] : [`${line} (on a plain page: ${expected[i]?.split(': ').pop()})`]));
  if (actual.length != expected.length) out.unshift(`${actual.length} styled nodes, ${expected.length} on a plain page`);
  return out.slice(0, 20);
}

/** Text a visitor reads smaller than 16 px: none, secondary text included. */
function smallText(el: Element): string[] {
  const win = el.ownerDocument.defaultView!;
  return Array.from(el.shadowRoot!.querySelectorAll('p, li, label, legend, button, a, blockquote, select, h2, h3, h4, h5, h6'))
    .filter((n) => n.getClientRects().length && n.textContent!.trim())
    .map((n) => [n, parseFloat(win.getComputedStyle(n).fontSize)] as const)
    .filter(([, size]) => size < 16)
    .map(([n, size]) => `${el.localName} ${n.localName} "${n.textContent!.trim().slice(0, 30)}" is ${size}px`);
}

describe('host matrix: a hostile global stylesheet', function () {
  // Pages load, render and run axe in frames: slower than unit tests when both browsers run at once.
  this.timeout(30_000);
  let reference: string[];

  before(async () => {
    const plain = await open('/host/pages/widgets.html');
    reference = (await widgets(plain)).flatMap(shadowStyles);
    plain.remove();
  });

  for (const [name, query] of [
    ['a 62.5 % (10 px) root font size', 'css=hostile'],
    ['a 24 px root font size', 'css=hostile&class=root-24'],
  ]) {
    it(`reaches neither our text, colours and spacing nor our controls, with ${name}`, async () => {
      const { frame, els, diff } = await openAndCompare(`/host/pages/widgets.html?${query}`);
      try {
        // The stylesheet does reach the partner's own text…
        const own = frame.win.getComputedStyle(frame.doc.querySelector('main > p')!);
        expect([own.fontSize, own.textTransform, own.lineHeight]).to.deep.equal(['8px', 'uppercase', '0px']);
        // …but not ours: every node of every shadow tree is styled as on a plain page.
        expect(differences(reference, els.flatMap(shadowStyles))).to.deep.equal([]);
        for (const el of els) expect(frame.win.getComputedStyle(el.shadowRoot!.querySelector('.root')!).fontSize).to.equal('16px');
        expect(els.flatMap(smallText)).to.deep.equal([]);
        // Every control is at least 24 × 24 px, uncovered, and works.
        expect(els.flatMap(unusable)).to.deep.equal([]);
        expect(await exercise(frame)).to.deep.equal(exercised(1, 1, 1));
        // And the page is otherwise as it was without us.
        expect(diff.lines).to.deep.equal([]);
        expect(diff.globals).to.deep.equal([]);
        expect(problems(frame)).to.deep.equal([]);
        expect(frame.rec.warnings).to.deep.equal([]);
        expect(await axe(frame, els)).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
