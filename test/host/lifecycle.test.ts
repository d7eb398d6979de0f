import { expect } from '@open-wc/testing';
import { until } from '../support/helpers.js';
import { axe, exercise, exercised, frames, LIT_GLOBALS, open, openAndCompare, ours, problems, TAGS, widgets, type Frame } from './harness.js';

// Host-page matrix, cases 3 and 4: the script included several ways on one
// page, and elements created every way a partner's page or app creates them.
// test/host/recorder.js counts timers, window/document listeners, observers
// and matchMedia listeners; `ours()` keeps those whose stack passes through
// /dist/, so a leak of ours cannot hide among the page's own.

describe('host matrix: included more than once', function () {
  // Pages load, render and run axe in frames: slower than unit tests when both browsers run at once.
  this.timeout(30_000);
  it('defines each element once and works with the classic script deferred and async plus the ES modules', async () => {
    const { frame, els, diff } = await openAndCompare('/host/pages/twice.html');
    try {
      const paths = frame.rec.requests.map((r) => new URL(r.url).pathname);
      // All three copies really loaded: the ES modules resolved Lit through the import map.
      expect(paths.filter((p) => p == '/dist/recovery-widgets.js')).to.have.length(2);
      expect(paths).to.include.members(['/dist/esm/index.js', '/dist/esm/recovery-support-finder/define.js', '/host/node_modules/lit/index.js']);
      for (const tag of TAGS) expect((frame.win.customElements.get(tag) as unknown as { version: string }).version).to.match(/^\d+\.\d+\.\d+$/);
      expect(await exercise(frame)).to.deep.equal(exercised(1, 1, 1));
      expect(problems(frame)).to.deep.equal([]);
      // Same version three times: nothing to warn about.
      expect(frame.rec.warnings).to.deep.equal([]);
      expect(diff.lines).to.deep.equal([]);
      // The ES modules bring the npm build of Lit, which keeps its version lists on window.
      expect(diff.globals).to.deep.equal(LIT_GLOBALS);
      expect(await axe(frame, els)).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('host matrix: a finder from the ES modules, a card from the classic script', function () {
  this.timeout(30_000);
  it('gives a card added after the visitor chose a region the finder’s emergency number', async () => {
    const frame = await open('/host/pages/finder-module-card-classic.html');
    try {
      const [finder] = await widgets(frame, 1);
      await until(() => frame.win.customElements.get('recovery-info-card'), 5000, 'the card defined');
      const picker = finder.shadowRoot!.querySelector<HTMLSelectElement>('#region')!;
      picker.value = 'CA';
      picker.dispatchEvent(new Event('change', { bubbles: true }));
      const card = frame.doc.createElement('recovery-info-card');
      frame.doc.querySelector('main')!.append(card);
      await widgets(frame, 2);
      const call = (el: Element, where: string) => el.shadowRoot!.querySelector(`${where} a[href^="tel:"]`)!.getAttribute('href');
      expect([call(finder, '.emergency'), call(card, '.help')]).to.deep.equal(['tel:911', 'tel:911']);
      expect(problems(frame)).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('host matrix: created, moved and removed every way', function () {
  // Pages load, render and run axe in frames: slower than unit tests when both browsers run at once.
  this.timeout(30_000);
  let frame: Frame;
  beforeEach(async () => {
    frame = await open('/host/pages/lifecycle.html');
    await widgets(frame);
  });
  afterEach(() => frame.remove());

  const $ = (selector: string) => frame.doc.querySelector<HTMLElement>(selector)!;
  const removeAll = async () => {
    for (const el of Array.from(frame.doc.querySelectorAll(TAGS.join(',')))) el.remove();
    await frames(frame);
  };

  it('upgrades elements written before the script, added by innerHTML, and made by createElement with attributes set later', async () => {
    const second = $('#second');
    second.innerHTML = '<recovery-info-card variant="compact" heading-level="3"></recovery-info-card><recovery-quote-carousel autoplay></recovery-quote-carousel>';
    const finder = frame.doc.createElement('recovery-support-finder');
    second.append(finder);
    await widgets(frame, 6);
    finder.setAttribute('region', 'IE');
    finder.setAttribute('quick-exit', '');
    finder.setAttribute('quick-exit-url', '/host/pages/exit.html');
    finder.setAttribute('heading-level', '3');
    await widgets(frame, 6);
    expect(finder.shadowRoot!.querySelector('h3#title')).to.exist;
    expect(finder.shadowRoot!.querySelector('.emergency')!.textContent).to.contain('112');
    expect(finder.shadowRoot!.querySelector<HTMLAnchorElement>('[part=exit]')!.href).to.equal(new URL('/host/pages/exit.html', location.href).href);
    expect(await exercise(frame)).to.deep.equal(exercised(2, 2, 2));
    expect(problems(frame)).to.deep.equal([]);
    // Two of each element on one page is this test's doing: their landmarks share names.
    expect(await axe(frame, Array.from(frame.doc.querySelectorAll(TAGS.join(','))), { disable: ['landmark-unique'] })).to.deep.equal([]);
  });

  it('keeps working when moved between parents, and when removed and added again', async () => {
    const first = $('#first');
    const second = $('#second');
    const els = Array.from(first.children);
    second.append(...els);
    first.append(...els.reverse());
    for (const el of els) {
      el.remove();
      await frames(frame);
      first.append(el);
    }
    await widgets(frame);
    expect(await exercise(frame)).to.deep.equal(exercised(1, 1, 1));
    expect(problems(frame)).to.deep.equal([]);
    // Still exactly one timer and listener of each kind per element.
    const active = ours(frame).sort();
    expect(active.filter((a) => a.includes('visibilitychange'))).to.have.length(2);
    expect(active.filter((a) => a.includes('pageshow'))).to.have.length(1);
    expect(active.filter((a) => a.includes('keyup'))).to.have.length(1);
    expect(active.filter((a) => a.startsWith('matchMedia'))).to.have.length(1);
    // The carousel's on-screen observer, and the finder's for its floating exit button.
    expect(active.filter((a) => a.startsWith('IntersectionObserver'))).to.have.length(2);
  });

  it('leaves no timer, listener or observer behind when the elements leave the page', async () => {
    // While on the page: the carousel's on-screen observer, the finder's for
    // its exit button, one observer of the page's lang for all and one of
    // each element's own children, the card's ear for the finder's region and
    // the finder's answer to a card that asks for it, visibility, pageshow, print, quick exit (keys, and clicks and
    // wheels that make Shift a modifier) and reduced-motion listeners, and (in a visible
    // tab; Firefox runs some test pages in background tabs) the finder's
    // minute clock and the carousel's rotation (which runs only while the
    // carousel is on screen: brought into view, whatever the others' heights).
    $('recovery-quote-carousel').scrollIntoView();
    await frames(frame);
    await frames(frame);
    const timers = ours(frame).filter((a) => a.startsWith('timeout'));
    expect(ours(frame).filter((a) => !a.startsWith('timeout')).sort()).to.deep.equal([
      'IntersectionObserver of 1',
      'IntersectionObserver of 2',
      'MutationObserver of 1',
      'MutationObserver of 1',
      'MutationObserver of 1',
      'MutationObserver of 1',
      'document recovery-region-change listener',
      'document recovery-region-query listener',
      'document recovery-region-reset listener',
      'document visibilitychange listener',
      'document visibilitychange listener',
      'matchMedia((prefers-reduced-motion: reduce)) change listener',
      'window afterprint listener',
      'window beforeprint listener',
      'window keydown listener',
      'window keyup listener',
      'window pageshow listener',
      'window pointerdown listener',
      'window wheel listener',
    ]);
    // Rotation and the finder's clock run only in a tab that is shown.
    if (frame.doc.hidden) expect(timers).to.deep.equal([]);
    else {
      expect(timers).to.have.length(2);
      expect(timers).to.include('timeout (5000 ms)');
    }
    // Moved, re-added, a request in flight, a quick-exit count running, then gone.
    const finder = $('recovery-support-finder');
    finder.setAttribute('services-src', '/test-api/slow?lifecycle');
    await until(() => frame.rec.requests.some((r) => r.url.includes('lifecycle')) || frame.rec.calls.some((c) => c.includes('lifecycle')), 10_000, 'the request');
    frame.doc.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift' }));
    $('#second').append(...Array.from($('#first').children));
    await removeAll();
    expect(ours(frame)).to.deep.equal([]);
    // The page stays as quiet after a while.
    await new Promise((r) => setTimeout(r, 100));
    expect(ours(frame)).to.deep.equal([]);
    expect(problems(frame)).to.deep.equal([]);
  });

  it('starts nothing for an element made but never added to the page', async () => {
    await removeAll();
    for (const tag of TAGS) {
      const el = frame.doc.createElement(tag);
      el.setAttribute('autoplay', '');
      el.setAttribute('quick-exit', '');
      el.setAttribute('content-src', '/test-api/slow?never-added');
    }
    const html = frame.doc.createElement('div');
    html.innerHTML = '<recovery-quote-carousel autoplay></recovery-quote-carousel><recovery-support-finder quick-exit></recovery-support-finder>';
    await frames(frame);
    expect(ours(frame)).to.deep.equal([]);
    expect(frame.rec.calls).to.deep.equal([]);
  });

  it('starts nothing when attributes change while an element is out of the page', async () => {
    const finder = $('recovery-support-finder');
    finder.removeAttribute('quick-exit');
    const carousel = $('recovery-quote-carousel');
    await widgets(frame);
    await removeAll();
    finder.setAttribute('quick-exit', '');
    carousel.setAttribute('interval', '6000');
    carousel.setAttribute('autoplay', '');
    await frames(frame);
    expect(ours(frame)).to.deep.equal([]);
  });
});

describe('host matrix: what a page gets besides our elements', function () {
  // Pages load, render and run axe in frames: slower than unit tests when both browsers run at once.
  this.timeout(30_000);

  it('adds no global variable to the page', async () => {
    const { frame, diff } = await openAndCompare('/host/pages/widgets.html');
    try {
      expect(diff.globals).to.deep.equal([]);
      expect(diff.symbols).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('keeps landmark names unique with two info cards on a page', async () => {
    const frame = await open('/host/pages/blank.html');
    try {
      frame.doc.querySelector('main')!.innerHTML =
        '<h1>Support</h1><aside><recovery-info-card variant="compact"></recovery-info-card></aside><article><recovery-info-card heading-level="2"></recovery-info-card></article>';
      const els = await widgets(frame, 2);
      expect(await axe(frame, els)).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('host matrix: a per-element module hosted without its chunks', function () {
  this.timeout(30_000);
  it('keeps the built-in content, with one error and one event, when the loader cannot be loaded', async () => {
    // The partner copied dist/elements/recovery-info-card.js but not chunks/.
    const frame = await open('/host/pages/blank.html?bare');
    try {
      const script = frame.doc.createElement('script');
      script.type = 'module';
      script.src = '/test-api/detached/recovery-info-card.js';
      frame.doc.head.append(script);
      await until(() => frame.win.customElements.get('recovery-info-card'), 5000, 'the card module');
      const card = frame.doc.createElement('recovery-info-card');
      const events: { source: string; reason: string }[] = [];
      card.addEventListener('recovery-error', (e) => events.push((e as CustomEvent).detail));
      card.setAttribute('content-src', '/test-api/partner-content/detached');
      frame.doc.querySelector('main')!.append(card);
      await until(() => events.length, 5000, 'the error event');
      await widgets(frame, 1);
      expect(card.shadowRoot!.querySelector('#title')!.textContent).to.equal('Living with and recovering from self-harm');
      expect(events.map((e) => e.source)).to.deep.equal(['content-src']);
      expect(frame.rec.errors).to.have.length(1);
      expect(frame.rec.errors[0]).to.match(/^<recovery-info-card>: could not use content-src "\/test-api\/partner-content\/detached": the code that reads partner documents could not be loaded/);
      // Later updates do not try again, or report again.
      card.setAttribute('theme', 'dark');
      await widgets(frame, 1);
      expect(frame.rec.errors).to.have.length(1);
      // Another URL imports the loader again, and a second failure is said, not
      // passed over. (Whether the file is fetched again is the browser's
      // choice: the module map may keep the failure for the page's life.)
      card.setAttribute('content-src', '/test-api/partner-content/detached?again');
      await until(() => events.length == 2, 5000, 'the second error event');
      expect(frame.rec.errors).to.have.length(2);
      expect(frame.rec.errors[1]).to.contain('detached?again');
    } finally {
      frame.remove();
    }
  });
});

describe('host matrix: two versions of the classic script', function () {
  this.timeout(30_000);
  it('keeps the first, and says the second was not used', async () => {
    const frame = await open('/host/pages/blank.html');
    try {
      await until(() => frame.win.customElements.get('recovery-support-finder'), 5000, 'the first copy');
      const script = frame.doc.createElement('script');
      script.src = '/test-api/other-version/recovery-widgets.js';
      const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
      frame.doc.head.append(script);
      await loaded;
      const first = (frame.win.customElements.get('recovery-info-card') as unknown as { version: string }).version;
      expect(first).to.not.equal('9.9.9');
      expect(frame.rec.warnings).to.deep.equal([`recovery-widgets: version ${first} is already registered on this page; version 9.9.9 was not registered.`]);
      expect(problems(frame)).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
