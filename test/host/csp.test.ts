import { expect } from '@open-wc/testing';
import { until } from '../support/helpers.js';
import { axe, exercise, exercised, open, openAndCompare, problems, unusable, widgets } from './harness.js';

// Host-page matrix, case 2: the partner sends a strict Content-Security-Policy
// header (see test/support/host-pages.mjs for the three policies):
//   strict   default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'
//   nonce    nonces with 'strict-dynamic' for scripts and styles
//   trusted  strict, plus require-trusted-types-for 'script' with Lit's policy allowed

const titleOf = (el: Element) => el.shadowRoot!.querySelector('#title')!.textContent;
const quotesOf = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll('.slide blockquote'), (q) => q.textContent!.trim());
const servicesOf = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll('[part=results] > li h3'), (h) => h.textContent);

describe('host matrix: a strict Content-Security-Policy', function () {
  // Pages load, render and run axe in frames: slower than unit tests when both browsers run at once.
  this.timeout(30_000);
  for (const csp of ['strict', 'nonce', 'trusted']) {
    describe(`(${csp})`, () => {
      it('renders and works with no violation, no error and no change to the page', async () => {
        const { frame, els, diff } = await openAndCompare(`/host/pages/widgets.html?csp=${csp}`);
        try {
          expect(frame.doc.querySelector('script[data-widgets]')).to.exist;
          expect(els.flatMap(unusable)).to.deep.equal([]);
          expect(await exercise(frame)).to.deep.equal(exercised(1, 1, 1));
          expect(problems(frame)).to.deep.equal([]);
          expect(frame.rec.violations).to.deep.equal([]);
          expect(diff.lines).to.deep.equal([]);
          // Axe is injected as a script from outside, which Trusted Types rightly refuses.
          if (csp != 'trusted') expect(await axe(frame, els)).to.deep.equal([]);
          // The policy is in force, and the recorder sees what it blocks.
          const img = frame.doc.createElement('img');
          img.src = 'http://127.0.0.1:9/elsewhere.png';
          frame.doc.body.append(img);
          await until(() => frame.rec.violations.length, 10_000, 'the policy to block an image from elsewhere');
          expect(frame.rec.violations[0]).to.match(/^img-src/);
        } finally {
          frame.remove();
        }
      });

      it('loads content-src, services-src and inline content from the same origin', async () => {
        const tag = `csp-${csp}-${Math.random().toString(36).slice(2)}`;
        const frame = await open(`/host/pages/partner-data.html?csp=${csp}&tag=${tag}`);
        try {
          const [card, carousel, finder] = await widgets(frame);
          await until(() => titleOf(card) == `Partner title ${tag}`, 5000, 'the partner content');
          await until(() => servicesOf(finder)[0] == 'Partner service 0', 5000, 'the partner services');
          expect(quotesOf(carousel)).to.deep.equal(['An inline quote, one.', 'An inline quote, two.', 'An inline quote, three.']);
          expect(servicesOf(finder)).to.deep.equal(['Partner service 0', 'Partner service 1', 'Partner service 2']);
          expect(problems(frame)).to.deep.equal([]);
        } finally {
          frame.remove();
        }
      });
    });
  }

  /** Loads the classic script twice (deferred and async) under `csp`, uses the widgets, and returns the problems seen. */
  async function twice(csp: string) {
    const frame = await open(`/host/pages/twice-classic.html?csp=${csp}`);
    try {
      await widgets(frame);
      expect(await exercise(frame)).to.deep.equal(exercised(1, 1, 1));
      return problems(frame);
    } finally {
      frame.remove();
    }
  }

  for (const csp of ['strict', 'nonce', 'trusted-duplicates']) {
    it(`allows the classic script twice (deferred and async) under the ${csp} policy`, async () => {
      expect(await twice(csp)).to.deep.equal([]);
    });
  }

  it('allows the classic script twice under Trusted Types without allow-duplicates', async () => {
    expect(await twice('trusted')).to.deep.equal([]);
  });

  it('shares a Trusted Types page with the page’s own Lit and with our per-element modules', async () => {
    // Every bundle of ours asks for a policy of its own name: the page's Lit keeps "lit-html".
    const frame = await open('/host/pages/trusted-mixed.html?csp=trusted-mixed');
    try {
      await widgets(frame);
      await until(() => frame.doc.getElementById('app'), 5000, 'the page’s own Lit app');
      expect(await exercise(frame)).to.deep.equal(exercised(0, 1, 1));
      expect(problems(frame)).to.deep.equal([]);
      expect(frame.rec.violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('keeps the built-in content, with one error, when the policy blocks a partner URL on another origin', async () => {
    const frame = await open('/host/pages/blank.html?csp=strict');
    try {
      const other = `http://${location.hostname == '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
      const card = frame.doc.createElement('recovery-info-card');
      const errors: string[] = [];
      card.addEventListener('recovery-error', (e) => errors.push((e as CustomEvent).detail.url));
      card.setAttribute('content-src', `${other}/test-api/partner-content/blocked`);
      frame.doc.querySelector('main')!.append(card);
      await until(() => frame.rec.errors.length, 5000, 'the error');
      await widgets(frame, 1);
      expect(titleOf(card)).to.equal('Living with and recovering from self-harm');
      expect(errors).to.deep.equal([`${other}/test-api/partner-content/blocked`]);
      expect(frame.rec.errors).to.have.length(1);
      expect(frame.rec.errors[0]).to.contain('<recovery-info-card>: could not use content-src');
      expect(frame.rec.violations.map((v) => v.split(' ')[0])).to.deep.equal(['connect-src']);
    } finally {
      frame.remove();
    }
  });
});
