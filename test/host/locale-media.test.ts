import { expect } from '@open-wc/testing';
import { media, resetMedia } from '../support/media.js';
import { axe, exercise, exercised, openAndCompare, problems, unusable, widgets, type Frame } from './harness.js';

// Host-page matrix, case 6: right-to-left and Welsh host pages, a dark page
// with theme="auto" under a dark colour scheme, forced colours, a 320 px
// viewport, and 200 % zoom (the page zoomed, or only our text doubled).
// Media emulation needs Chromium; Firefox skips those (see support/media.ts).

/** Runs `check` on the standard page opened with `query`, then the checks every case shares. */
async function onPage(query: string, check: (frame: Frame, els: HTMLElement[]) => Promise<void> | void, width = 1024) {
  const { frame, els, diff } = await openAndCompare(`/host/pages/widgets.html?${query}`, { width });
  try {
    await check(frame, els);
    expect(els.flatMap(unusable)).to.deep.equal([]);
    expect(await exercise(frame)).to.deep.equal(exercised(1, 1, 1));
    await widgets(frame);
    expect(await axe(frame, els)).to.deep.equal([]);
    expect(problems(frame)).to.deep.equal([]);
    expect(frame.rec.warnings).to.deep.equal([]);
    expect(diff.lines).to.deep.equal([]);
    expect(diff.globals).to.deep.equal([]);
  } finally {
    frame.remove();
  }
}

const root = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.root')!;

/** Which way the Next button's chevron points (its keys follow the same direction: see the carousel's unit tests, with six quotes). */
const nextPoints = (carousel: HTMLElement) => (style(carousel.shadowRoot!.querySelector('.next .chevron')!).rotate == '45deg' ? 'left' : 'right');
const style = (el: Element, pseudo?: string) => el.ownerDocument.defaultView!.getComputedStyle(el, pseudo);

/** Horizontal overflow: of the page, and inside each element. */
function sideways(frame: Frame, els: HTMLElement[]): string[] {
  const out: string[] = [];
  const page = frame.doc.documentElement;
  if (page.scrollWidth > page.clientWidth) out.push(`the page is ${page.scrollWidth}px wide in ${page.clientWidth}px`);
  for (const el of els) {
    // Text for screen readers only is clipped to a pixel on purpose.
    for (const node of [root(el), ...Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.root :not(.sr-only)'))]) {
      if (node.scrollWidth > node.clientWidth + 1 && style(node).overflowX != 'visible') out.push(`${el.localName} ${node.localName}.${node.className} scrolls sideways`);
    }
    if (el.getBoundingClientRect().right > page.clientWidth + 1) out.push(`${el.localName} sticks out of the page`);
  }
  return out;
}

describe('host matrix: language, direction, colours and size', function () {
  // Pages load, render and run axe in frames: slower than unit tests when both browsers run at once.
  this.timeout(30_000);
  afterEach(resetMedia);

  it('follows a right-to-left page: mirrored layout and arrow keys', async () => {
    await onPage('dir=rtl', (_, [card, carousel, finder]) => {
      for (const el of [card, carousel, finder]) expect(style(root(el)).direction).to.equal('rtl');
      // Inline-start borders sit on the right.
      expect(style(finder.shadowRoot!.querySelector('.emergency')!).borderRightWidth).to.equal('6px');
      // Next points left in a right-to-left page.
      expect(nextPoints(carousel)).to.equal('left');
    });
  });

  it('reads its English left to right on a Hebrew page, and says it is English', async () => {
    await onPage('dir=rtl&lang=he', (_, [card, carousel, finder]) => {
      // We have no Hebrew strings: English sentences laid out right to left
      // would read "?Where are you".
      for (const el of [card, carousel, finder]) {
        expect([root(el).lang, root(el).dir, style(root(el)).direction]).to.deep.equal(['en-GB', 'ltr', 'ltr']);
      }
      expect(style(finder.shadowRoot!.querySelector('.emergency')!).borderLeftWidth).to.equal('6px');
      expect(nextPoints(carousel)).to.equal('right');
    });
  });

  it('says its English is English on a Welsh page (lang="cy"), and leaves the page’s lang alone', async () => {
    await onPage('lang=cy', (frame, els) => {
      expect(frame.doc.documentElement.lang).to.equal('cy');
      for (const el of els) {
        const langs = Array.from(el.shadowRoot!.querySelectorAll('[lang]'), (n) => n.getAttribute('lang'));
        expect(langs, el.localName).to.deep.equal(['en-GB']);
      }
    });
  });

  it('reads right on a page in another encoding, from a server that sends no charset', async () => {
    await onPage('charset=windows-1252', (frame, [card, , finder]) => {
      expect(frame.doc.characterSet).to.equal('windows-1252');
      expect(frame.doc.querySelector<HTMLScriptElement>('script[data-widgets]')!.src).to.contain('no-charset');
      // Curly quotes and middle dots from our strings, not "Iâ€™m".
      expect(finder.shadowRoot!.textContent).to.contain('Someone I\u2019m worried about');
      expect(finder.shadowRoot!.textContent).to.contain('Checked 25 November 2026\u00a0\u00b7 Source');
      expect(card.shadowRoot!.textContent).not.to.contain('\u00e2\u20ac');
    });
  });

  it('turns dark with theme="auto" on a dark page, and stays readable with theme="light" there', async function () {
    if (!(await media({ colorScheme: 'dark' }))) return this.skip();
    await onPage('css=dark&theme=auto', (frame, els) => {
      expect(frame.win.matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
      for (const el of els) expect(style(root(el)).backgroundColor, el.localName).to.equal('rgb(22, 25, 29)');
    });
    await onPage('css=dark&theme=light', (_, els) => {
      for (const el of els) expect(style(root(el)).backgroundColor, el.localName).to.equal('rgb(255, 255, 255)');
    });
  });

  it('keeps every control and state visible in forced colours', async function () {
    if (!(await media({ forcedColors: 'active' }))) return this.skip();
    await onPage('', (frame, [card, carousel, finder]) => {
      expect(frame.win.matchMedia('(forced-colors: active)').matches).to.equal(true);
      // Controls keep a border the system colours draw.
      for (const control of [card, carousel, finder].flatMap((el) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('button:not(.dot), a.button, select')))) {
        const s = style(control);
        // Dashed: a closed line's call button.
        expect(`${s.borderTopStyle} ${parseFloat(s.borderTopWidth) > 0}`, control.className).to.match(/^(solid|dashed) true$/);
      }
      // Panels, set apart by a background the system colours drop, keep an edge.
      for (const panel of [card, finder].flatMap((el) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.panel')))) {
        expect(`${style(panel).borderTopStyle} ${style(panel).borderTopWidth}`, panel.className).to.equal('solid 1px');
      }
      // The current slide's dot differs from the others.
      const dots = Array.from(carousel.shadowRoot!.querySelectorAll('.dot'), (d) => style(d, '::before').backgroundColor);
      expect(dots[0]).not.to.equal(dots[1]);
    });
  });

  it('fits a 320 px viewport without sideways scrolling', async () => {
    await onPage(
      '',
      (frame, els) => {
        expect(sideways(frame, els)).to.deep.equal([]);
      },
      320,
    );
  });

  it('fits 320 px at 200 % zoom (a 640 px page zoomed twice), without sideways scrolling', async () => {
    await onPage(
      'css=zoom&class=zoom-200',
      (frame, els) => {
        expect(style(frame.doc.documentElement).zoom).to.equal('2');
        expect(sideways(frame, els)).to.deep.equal([]);
      },
      640,
    );
  });

  it('doubles its text through --recovery-font-size: 32px, without sideways scrolling at 640 px', async () => {
    await onPage(
      'css=zoom&class=text-200',
      (frame, els) => {
        for (const el of els) expect(style(root(el)).fontSize).to.equal('32px');
        const summary = els[0].shadowRoot!.querySelector('.summary')!;
        expect(parseFloat(style(summary).fontSize)).to.be.at.least(32);
        expect(sideways(frame, els)).to.deep.equal([]);
      },
      640,
    );
  });

  it('doubles its text on a 320 px phone too, without sideways scrolling', async () => {
    await onPage(
      'css=zoom&class=text-200',
      (frame, els) => {
        expect(sideways(frame, els)).to.deep.equal([]);
      },
      320,
    );
  });
});
