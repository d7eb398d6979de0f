import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/recovery-quote-carousel/define.js';
import { MAX_INTERVAL, MIN_INTERVAL, type RecoveryQuoteCarousel } from '../src/recovery-quote-carousel/recovery-quote-carousel.js';
import { $, $$, captureConsole, settled, text, until } from './support/helpers.js';
import { partnerTopic, translation } from './support/fixtures.mjs';
import { strings } from '../src/recovery-quote-carousel/recovery-quote-carousel.strings.js';
import { media, resetMedia } from './support/media.js';

const six = html`<recovery-quote-carousel label="What recovery means">
  ${[1, 2, 3, 4, 5, 6].map(
    (n) => html`<blockquote>
      <p>Quote number ${n}${n == 3 ? ', which is a good deal longer than the others, so that it wraps onto more lines than they do at any width' : ''}.</p>
      <cite>Person ${n}</cite>
    </blockquote>`,
  )}
</recovery-quote-carousel>`;

const current = (el: Element) => $(el, '.slide.current')!;
const shown = (el: Element) => text(current(el).querySelector('blockquote'));
/** Rotation is on: the button offers to stop it. */
const rotating = (el: Element) => $(el, '.rotation')?.textContent!.trim() == 'Stop rotating quotes';
const slideChanges = (el: Element) => {
  const seen: { index: number; reason: string }[] = [];
  el.addEventListener('recovery-slide-change', (e) => seen.push((e as CustomEvent).detail));
  return seen;
};
/** Focusable elements a keyboard user could reach inside the shadow root. */
const tabbable = (root: ParentNode) =>
  Array.from(root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')).filter(
    (e) => e.tabIndex >= 0 && !e.closest('[inert]') && e.getClientRects().length > 0 && getComputedStyle(e).visibility != 'hidden',
  );

describe('<recovery-quote-carousel>', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(async () => {
    log.restore();
    sinon.restore();
    await resetMedia();
    await setViewport({ width: 800, height: 600 });
  });

  it('1. is a region with roledescription carousel and a name without the word "carousel"', async () => {
    const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel></recovery-quote-carousel>`);
    const root = $(el, '.root')!;
    expect(root.localName).to.equal('section');
    expect(root.getAttribute('aria-roledescription')).to.equal('carousel');
    expect(root.getAttribute('aria-label')).to.equal('Quotes about recovery');
    el.label = 'Voices of recovery';
    await el.updateComplete;
    expect(root.getAttribute('aria-label')).to.equal('Voices of recovery');
    expect(log.errors).to.deep.equal([]);
  });

  it('2. shows each quote as a named slide group with blockquote and caption', async () => {
    const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel></recovery-quote-carousel>`);
    const slides = $$(el, '.slide');
    expect(slides).to.have.length(2);
    slides.forEach((s, i) => {
      expect(s.getAttribute('role')).to.equal('group');
      expect(s.getAttribute('aria-roledescription')).to.equal('slide');
      expect(s.getAttribute('aria-label')).to.equal(`${i + 1} of 2`);
      expect(s.querySelector('figure > blockquote')).to.exist;
      expect(text(s.querySelector('figure > figcaption'))).to.equal("Quoted in 'Living with and recovering from self-harm', Mental Health Today");
      expect(s.querySelector<HTMLAnchorElement>('figcaption a')!.href).to.equal('https://www.mentalhealthtoday.co.uk/disorders/self-harm/living-with-and-recovering-from-self-harm');
    });
    expect(shown(el)).to.match(/^Recovery should be about resilience/);
  });

  it('3. hides the slides that are not shown: inert, out of the accessibility tree, nothing to tab to', async () => {
    const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel
      ><blockquote><p>One <a href="https://example.org/">link</a></p></blockquote
      ><blockquote><p>Two <a href="https://example.org/2">link</a></p></blockquote></recovery-quote-carousel
    >`);
    const [first, second] = $$(el, '.slide');
    expect(first.inert).to.equal(false);
    expect(second.inert).to.equal(true);
    expect(second.getAttribute('aria-hidden')).to.equal('true');
    expect(getComputedStyle(second).visibility).to.equal('hidden');
    // Partner quotes are text: links inside them are not carried over.
    expect(tabbable(el.shadowRoot!).every((e) => e.localName == 'button')).to.equal(true);
    // The built-in quotes link to their source: only the shown slide's link takes focus.
    const builtin = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel></recovery-quote-carousel>`);
    const links = $$<HTMLAnchorElement>(builtin, '.slide a');
    expect(links).to.have.length(2);
    const focusable = links.map((a) => (a.focus(), builtin.shadowRoot!.activeElement == a));
    expect(focusable).to.deep.equal([true, false]);
  });

  it('keeps focus in the carousel when the slide holding it goes (a swipe, the partner setting index)', async () => {
    const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel></recovery-quote-carousel>`);
    $<HTMLAnchorElement>(el, '.slide a')!.focus();
    el.index = 1;
    await el.updateComplete;
    expect(document.activeElement == el && el.shadowRoot!.activeElement == $(el, 'section'), 'focus on the carousel, not the page').to.equal(true);
  });

  it('4. has named previous and next buttons, at least 24 px, that never move focus', async () => {
    const el = await fixture<RecoveryQuoteCarousel>(six);
    const [prev, next] = [$<HTMLButtonElement>(el, '.previous')!, $<HTMLButtonElement>(el, '.next')!];
    expect(prev.getAttribute('aria-label')).to.equal('Previous quote');
    expect(next.getAttribute('aria-label')).to.equal('Next quote');
    for (const b of [prev, next]) {
      const box = b.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    }
    next.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(next);
    expect(shown(el)).to.match(/^Quote number 3/);
    prev.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shown(el)).to.match(/^Quote number 6/);
    expect(el.shadowRoot!.activeElement).to.equal(prev);
  });

  // None: see "shows nothing, and no empty region, for a topic with no quotes".
  it('4. shows no controls for one quote', async () => {
    const one = await fixture(html`<recovery-quote-carousel><blockquote>Only one.</blockquote></recovery-quote-carousel>`);
    expect($$(one, 'button')).to.have.length(0);
    expect(shown(one)).to.equal('Only one.');
    // A quote, not a carousel of one: no "carousel", no "slide, 1 of 1".
    expect($$(one, '[aria-roledescription], [role=group]')).to.have.length(0);
    await expect(one).to.be.accessible();
    // Two quotes: previous, next and a picker button for each.
    const two = await fixture(html`<recovery-quote-carousel><blockquote>One.</blockquote><blockquote>Two.</blockquote></recovery-quote-carousel>`);
    expect($$(two, 'button')).to.have.length(2 + 2);
  });

  it('5. has a grouped slide picker, the current button marked aria-disabled', async () => {
    const el = await fixture<RecoveryQuoteCarousel>(six);
    const picker = $(el, '[part=picker]')!;
    expect(picker.getAttribute('aria-label')).to.equal('Choose a quote to show');
    const dots = $$<HTMLButtonElement>(el, '.dot');
    expect(dots.map((d) => d.getAttribute('aria-label'))).to.deep.equal(['1 of 6', '2 of 6', '3 of 6', '4 of 6', '5 of 6', '6 of 6']);
    expect(dots.map((d) => d.getAttribute('aria-disabled'))).to.deep.equal(['true', 'false', 'false', 'false', 'false', 'false']);
    const changes = slideChanges(el);
    dots[4].focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shown(el)).to.match(/^Quote number 5/);
    expect(dots[4].getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(dots[4]);
    // The current one does nothing.
    await sendKeys({ press: 'Enter' });
    expect(changes).to.deep.equal([{ index: 4, reason: 'user' }]);
    // Arrow keys on the picker change the quote, and focus follows to its button.
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(shown(el)).to.match(/^Quote number 6/);
    expect(el.shadowRoot!.activeElement).to.equal(dots[5]);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(dots[4]);
    for (const d of dots) expect(d.getBoundingClientRect().width).to.be.at.least(24);
    // From a button Tabbed to, not from the quote shown: the way the key points.
    dots[1].focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect([shown(el).slice(0, 14), dots.indexOf(el.shadowRoot!.activeElement as HTMLButtonElement)]).to.deep.equal(['Quote number 3', 2]);
    dots[5].focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect([shown(el).slice(0, 14), dots.indexOf(el.shadowRoot!.activeElement as HTMLButtonElement)]).to.deep.equal(['Quote number 5', 4]);
  });

  it('5. shows the position instead of a picker past eight quotes, for the eye only', async () => {
    const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel>
      ${Array.from({ length: 12 }, (_, i) => html`<blockquote>Quote ${i + 1}.</blockquote>`)}
    </recovery-quote-carousel>`);
    expect($(el, '[part=picker]')).to.equal(null);
    const position = $(el, '.position')!;
    expect(text(position)).to.equal('1 of 12');
    expect(position.getAttribute('aria-hidden')).to.equal('true');
    expect(position.getClientRects().length).to.be.above(0);
    $<HTMLButtonElement>(el, '.previous')!.click();
    await el.updateComplete;
    expect(text(position)).to.equal('12 of 12');
    expect(current(el).getAttribute('aria-label')).to.equal('12 of 12');
    await expect(el).to.be.accessible();
  });

  describe('6. autoplay', () => {
    it('is off by default', async () => {
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const el = await fixture<RecoveryQuoteCarousel>(six);
      expect($(el, '.rotation')).to.equal(null);
      expect(clock.countTimers()).to.equal(0);
      await clock.tickAsync(60000);
      expect(shown(el)).to.match(/^Quote number 1/);
    });

    it('rotates, with a first-in-tab-order button named for its action and no aria-pressed', async () => {
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel autoplay></recovery-quote-carousel>`);
      const changes = slideChanges(el);
      const rotation = $<HTMLButtonElement>(el, '.rotation')!;
      expect(tabbable(el.shadowRoot!)[0]).to.equal(rotation);
      expect(rotation.textContent!.trim()).to.equal('Stop rotating quotes');
      expect(rotation.hasAttribute('aria-pressed')).to.equal(false);
      expect($(el, '.slides')!.getAttribute('aria-live')).to.equal('off');
      await clock.tickAsync(8000);
      expect(changes).to.deep.equal([{ index: 1, reason: 'rotation' }]);
      await clock.tickAsync(8000);
      expect(changes[1]).to.deep.equal({ index: 0, reason: 'rotation' });
      rotation.click();
      await el.updateComplete;
      expect(rotation.textContent!.trim()).to.equal('Start rotating quotes');
      expect($(el, '.slides')!.getAttribute('aria-live')).to.equal('polite');
      expect(clock.countTimers()).to.equal(0);
      rotation.click();
      await el.updateComplete;
      expect(rotation.textContent!.trim()).to.equal('Stop rotating quotes');
      await clock.tickAsync(8000);
      expect(changes).to.have.length(3);
      clock.restore();
      await settled(el);
      await expect(el).to.be.accessible();
    });

    it('stops for good when focus enters, and does not restart when it leaves', async () => {
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel autoplay></recovery-quote-carousel>`);
      $<HTMLButtonElement>(el, '.next')!.focus();
      await el.updateComplete;
      expect($(el, '.rotation')!.textContent!.trim()).to.equal('Start rotating quotes');
      $<HTMLButtonElement>(el, '.next')!.blur();
      await clock.tickAsync(30000);
      expect(shown(el)).to.match(/^Recovery should be/);
      expect(clock.countTimers()).to.equal(0);
    });

    it('stops when "Stop rotating quotes" is clicked with a mouse, though the click focuses it first', async () => {
      const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel autoplay></recovery-quote-carousel>`);
      const rotation = $<HTMLButtonElement>(el, '.rotation')!;
      const label = () => rotation.textContent!.trim();
      const click = async () => {
        const box = rotation.getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
        await el.updateComplete;
      };
      try {
        expect(label()).to.equal('Stop rotating quotes');
        await click();
        expect(label()).to.equal('Start rotating quotes');
        expect($(el, '.slides')!.getAttribute('aria-live')).to.equal('polite');
        await click();
        expect(label()).to.equal('Stop rotating quotes');
        await click();
        expect(label()).to.equal('Start rotating quotes');
        // Focus from the keyboard stops it; Enter then starts it again.
        rotation.blur();
        await click();
        expect(label()).to.equal('Stop rotating quotes');
        rotation.blur();
        rotation.focus();
        await el.updateComplete;
        expect(label()).to.equal('Start rotating quotes');
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(label()).to.equal('Stop rotating quotes');
      } finally {
        await sendMouse({ type: 'move', position: [0, 0] });
      }
    });

    it('grows its rotation button around a label that wraps, under wider text spacing (WCAG 1.4.12)', async () => {
      const el = await fixture<HTMLElement>(html`<recovery-quote-carousel autoplay style="width: 200px"></recovery-quote-carousel>`);
      const button = el.shadowRoot!.querySelector<HTMLElement>('.rotation')!;
      Object.assign(button.style, { letterSpacing: '0.12em', wordSpacing: '0.16em', lineHeight: '1.5' });
      const inner = button.getBoundingClientRect();
      const label = Array.from(button.childNodes).find((n) => n.nodeType == Node.TEXT_NODE && n.textContent!.trim())!;
      const range = document.createRange();
      range.selectNodeContents(label);
      const text = range.getBoundingClientRect();
      expect(text.height, 'the label wraps').to.be.above(30);
      expect(text.top >= inner.top && text.bottom <= inner.bottom, 'the label stays inside the button').to.equal(true);
    });

    it('keeps the play icon a triangle in forced colours, apart from the stop square', async function () {
      const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel autoplay></recovery-quote-carousel>`);
      if (!(await media({ forcedColors: 'active' }))) return this.skip();
      $<HTMLButtonElement>(el, '.rotation')!.click();
      await el.updateComplete;
      const play = getComputedStyle($(el, '.play')!);
      expect([play.borderTopColor, play.borderBottomColor]).to.deep.equal(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
      expect(play.borderLeftColor).not.to.equal('rgba(0, 0, 0, 0)');
    });

    /** A rotating carousel with the mouse over it, still on its first quote after 20 s. */
    async function hovered() {
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel autoplay></recovery-quote-carousel>`);
      const box = el.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.left + 20), Math.round(box.top + 20)] });
      await clock.tickAsync(20000);
      expect(shown(el)).to.match(/^Recovery should be/);
      return { clock, el, box };
    }

    it('pauses while the mouse is over it, and resumes when it leaves', async () => {
      const { clock, el, box } = await hovered();
      await sendMouse({ type: 'move', position: [0, Math.round(box.bottom + 50)] });
      await clock.tickAsync(8000);
      expect(shown(el)).to.match(/^Harm minimisation/);
      // Still rotating: the button still offers to stop.
      expect($(el, '.rotation')!.textContent!.trim()).to.equal('Stop rotating quotes');
    });

    it('pauses under a pen hovering too, not for a finger', async () => {
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel autoplay></recovery-quote-carousel>`);
      const root = $(el, 'section')!;
      root.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'pen' }));
      await clock.tickAsync(10000);
      expect(shown(el)).to.match(/^Recovery should be/);
      root.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'pen' }));
      root.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'touch' }));
      await clock.tickAsync(8000);
      expect(shown(el)).to.match(/^Harm minimisation/);
    });

    it('resumes when moved elsewhere on the page from under the mouse (no pointerleave comes)', async () => {
      const { clock, el } = await hovered();
      // Moved lower on the screen, away from the mouse: no pointerleave comes, nor a new pointerenter.
      const other = document.createElement('div');
      other.style.cssText = 'position: fixed; top: 200px; left: 0; right: 0';
      document.body.append(other);
      try {
        other.append(el);
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        expect(el.matches(':hover')).to.equal(false);
        await clock.tickAsync(8000);
        expect(shown(el)).to.match(/^Harm minimisation/);
      } finally {
        other.remove();
      }
    });
  });

  it('6. does not rotate with autoplay="false", as the partner meant, and says how HTML writes it', async () => {
    const el = await fixture<RecoveryQuoteCarousel>(six);
    el.setAttribute('autoplay', 'false');
    await el.updateComplete;
    expect([el.autoplay, !!$(el, '.rotation')]).to.deep.equal([false, false]);
    expect(log.warnings).to.deep.equal(['<recovery-quote-carousel>: autoplay="false" is not allowed (use autoplay alone for on, no autoplay for off); using off.']);
  });

  it('7. clamps an interval under 5 s, with a warning', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel autoplay interval="1000"></recovery-quote-carousel>`);
    expect(log.warnings).to.deep.equal([`<recovery-quote-carousel>: interval="1000" is not allowed (use ${MIN_INTERVAL} to ${MAX_INTERVAL} milliseconds); using ${MIN_INTERVAL}.`]);
    await clock.tickAsync(4999);
    expect(shown(el)).to.match(/^Recovery should be/);
    await clock.tickAsync(1);
    expect(shown(el)).to.match(/^Harm minimisation/);
    el.interval = 'soon';
    await el.updateComplete;
    expect(log.warnings[1]).to.equal(`<recovery-quote-carousel>: interval="soon" is not allowed (use ${MIN_INTERVAL} to ${MAX_INTERVAL} milliseconds); using 8000.`);
    // A removed attribute returns to the default without a word.
    el.setAttribute('interval', '6000');
    await el.updateComplete;
    el.removeAttribute('interval');
    await el.updateComplete;
    expect(log.warnings).to.have.length(2);
    await clock.tickAsync(7999);
    expect(shown(el)).to.match(/^Harm minimisation/);
    await clock.tickAsync(1);
    expect(shown(el)).not.to.match(/^Harm minimisation/);
  });

  it('7. holds an interval too long for a timer at the longest one, rather than racing through the slides', async () => {
    // A browser runs a timer of more than 2^31 - 1 ms at once: real timers here, as in a partner's page.
    for (const interval of ['3000000000', 'Infinity']) {
      const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel autoplay interval=${interval}></recovery-quote-carousel>`);
      let changes = 0;
      el.addEventListener('recovery-slide-change', () => changes++);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect([changes, rotating(el)], interval).to.deep.equal([0, true]);
      expect(log.warnings.pop()).to.equal(`<recovery-quote-carousel>: interval="${interval}" is not allowed (use ${MIN_INTERVAL} to ${MAX_INTERVAL} milliseconds); using ${MAX_INTERVAL}.`);
    }
    expect(MAX_INTERVAL).to.equal(2 ** 31 - 1);
  });

  it('7. rotates once a partner’s list that had one quote has more', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel autoplay><blockquote><p>One.</p></blockquote></recovery-quote-carousel>`);
    expect(clock.countTimers(), 'one quote: nothing to rotate').to.equal(0);
    for (const words of ['Two.', 'Three.']) el.append(Object.assign(document.createElement('blockquote'), { textContent: words }));
    await until(() => $$(el, '.slide').length == 3, 2000, 'the added quotes');
    await el.updateComplete;
    expect(clock.countTimers()).to.equal(1);
    await clock.tickAsync(8000);
    expect(shown(el)).to.equal('Two.');
    // Down to one as the timer runs out, then back to two: rotating again.
    el.querySelectorAll('blockquote')[2].remove();
    el.querySelectorAll('blockquote')[0].remove();
    await until(() => $$(el, '.slide').length == 1, 2000, 'one quote left');
    await clock.tickAsync(8000);
    el.append(Object.assign(document.createElement('blockquote'), { textContent: 'Four.' }));
    await until(() => $$(el, '.slide').length == 2, 2000, 'a second quote again');
    await el.updateComplete;
    expect(clock.countTimers()).to.equal(1);
  });

  it('7. runs no timer while off-screen or in a hidden tab', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const wrapper = await fixture<HTMLDivElement>(html`<div><div style="height: 3000px"></div><recovery-quote-carousel autoplay></recovery-quote-carousel></div>`);
    const el = wrapper.querySelector('recovery-quote-carousel')!;
    await until(() => clock.countTimers() == 0, 2000, 'the off-screen pause');
    el.scrollIntoView();
    await until(() => clock.countTimers() == 1, 2000, 'the on-screen resume');
    sinon.stub(document, 'hidden').get(() => true);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(clock.countTimers()).to.equal(0);
  });

  it('8. starts stopped under reduced motion, with no transition, and stops when the preference changes', async function () {
    if (!(await media({ reducedMotion: 'reduce' }))) return this.skip();
    const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel autoplay></recovery-quote-carousel>`);
    expect($(el, '.rotation')!.textContent!.trim()).to.equal('Start rotating quotes');
    expect(getComputedStyle($(el, '.slide')!).transitionDuration).to.equal('0s');
    await resetMedia();
    const moving = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel autoplay></recovery-quote-carousel>`);
    expect($(moving, '.rotation')!.textContent!.trim()).to.equal('Stop rotating quotes');
    await media({ reducedMotion: 'reduce' });
    await until(() => $(moving, '.rotation')!.textContent!.trim() == 'Start rotating quotes', 2000, 'the stop');
  });

  it('8. does not start rotating under focus when reduced motion is turned off, nor when a partner turns autoplay on', async function () {
    if (!(await media({ reducedMotion: 'reduce' }))) return this.skip();
    const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel autoplay></recovery-quote-carousel>`);
    $<HTMLButtonElement>(el, '.next')!.focus();
    await resetMedia();
    // (The media query's change event comes in a task of its own.)
    await new Promise((resolve) => setTimeout(resolve, 100));
    await el.updateComplete;
    expect(rotating(el)).to.equal(false);
    const later = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel></recovery-quote-carousel>`);
    $<HTMLButtonElement>(later, '.next')!.focus();
    later.autoplay = true;
    await later.updateComplete;
    expect(rotating(later), 'autoplay set under focus').to.equal(false);
    // Out and in again: still stopped (focus stopped it for good), until the visitor starts it.
    $<HTMLButtonElement>(later, '.next')!.blur();
    await later.updateComplete;
    expect(rotating(later)).to.equal(false);
    // Focus that came and went while motion was reduced stopped it for good too.
    await media({ reducedMotion: 'reduce' });
    const visited = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel autoplay></recovery-quote-carousel>`);
    $<HTMLButtonElement>(visited, '.next')!.focus();
    $<HTMLButtonElement>(visited, '.next')!.blur();
    await resetMedia();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await visited.updateComplete;
    expect(rotating(visited), 'after focus came and went').to.equal(false);
  });

  it('prints every quote, each apart from the next, without the controls', async function () {
    const el = await fixture<RecoveryQuoteCarousel>(six);
    if (!(await media({ media: 'print' }))) return this.skip();
    const slides = $$(el, '.slide');
    expect(slides.map((s) => getComputedStyle(s).visibility)).to.deep.equal(Array(6).fill('visible'));
    expect(getComputedStyle($(el, '.controls')!).display).to.equal('none');
    // A quote's attribution is nearer its own quote than the next one.
    const gaps = slides.slice(1).map((s, i) => s.getBoundingClientRect().top - slides[i].getBoundingClientRect().bottom);
    expect(Math.min(...gaps)).to.be.at.least(16);
  });

  it('keeps Previous and Next on one row either side of the picker, on a phone, with eight quotes', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel>
      ${[1, 2, 3, 4, 5, 6, 7, 8].map((n) => html`<blockquote><p>Quote ${n}.</p></blockquote>`)}
    </recovery-quote-carousel>`);
    const [prev, picker, next] = ['.previous', '[part=picker]', '.next'].map((c) => $(el, c)!.getBoundingClientRect());
    expect(Math.round(prev.top + prev.height / 2)).to.equal(Math.round(next.top + next.height / 2));
    expect(prev.right <= picker.left && picker.right <= next.left, 'in order, side by side').to.equal(true);
    expect(next.right <= el.getBoundingClientRect().right, 'within the carousel').to.equal(true);
  });

  it('1. takes a label that is not a string, as a framework may pass it, for none', async () => {
    for (const label of [false, 0, null, {}]) {
      const el = document.createElement('recovery-quote-carousel') as RecoveryQuoteCarousel;
      document.body.append(el);
      try {
        // As @lit/react sets it, before the first update: `label={custom && 'Stories'}`.
        (el as unknown as { label: unknown }).label = label;
        await el.updateComplete;
        expect([$(el, 'section')?.getAttribute('aria-label'), $$(el, '.slide').length], String(label)).to.deep.equal(['Quotes about recovery', 2]);
      } finally {
        el.remove();
      }
    }
  });

  it('1. takes the word "carousel" out of a label, with a warning: screen readers say it after the name', async () => {
    const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel label="Recovery quotes Carousel"></recovery-quote-carousel>`);
    expect($(el, 'section')!.getAttribute('aria-label')).to.equal('Recovery quotes');
    expect(log.warnings).to.deep.equal([
      '<recovery-quote-carousel>: label="Recovery quotes Carousel" is not allowed (use a name without "carousel", which screen readers say after it); using "Recovery quotes".',
    ]);
    el.label = 'Carousel';
    await el.updateComplete;
    expect($(el, 'section')!.getAttribute('aria-label')).to.equal('Quotes about recovery');
    // The word, not part of another; with the punctuation it leaves at either end.
    const names: string[] = [];
    for (const label of ['Carousels of hope', 'Carousel: voices of recovery', 'Voices (carousel)', 'Merry-go-round carousel.', 'Carouselling carousel stories', 'Carousel, carousel', 'Carousel of quotes carousel']) {
      el.label = label;
      await el.updateComplete;
      names.push($(el, 'section')!.getAttribute('aria-label')!);
    }
    expect(names).to.deep.equal(['Carousels of hope', 'voices of recovery', 'Voices', 'Merry-go-round', 'Carouselling stories', 'Quotes about recovery', 'of quotes']);
  });

  it('1. ends its search for the role word in a label whose letters change length in lower case', async () => {
    // "İ" is two characters in lower case: a search in a lower-cased copy would cut in the wrong place, again and again.
    const doc = { version: 1, strings: { carouselRole: 'x' } };
    const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel label="İİ . x . y"
      ><script type="application/json" slot="content">${JSON.stringify(doc)}</script></recovery-quote-carousel
    >`);
    await until(() => $(el, 'section')?.getAttribute('aria-roledescription') == 'x', 3000, 'the partner’s role word');
    expect($(el, 'section')!.getAttribute('aria-label')).to.equal('İİ . . y');
  });

  it('leaves Arrow keys with a modifier to the browser (Alt + Left is Back)', async () => {
    const el = await fixture<RecoveryQuoteCarousel>(six);
    const prev = $<HTMLButtonElement>(el, '.previous')!;
    prev.focus();
    for (const modifier of ['altKey', 'ctrlKey', 'metaKey', 'shiftKey']) {
      const key = new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true, cancelable: true, [modifier]: true });
      prev.dispatchEvent(key);
      await el.updateComplete;
      expect([modifier, key.defaultPrevented, shown(el).slice(0, 14)]).to.deep.equal([modifier, false, 'Quote number 1']);
    }
  });

  it('9. mirrors arrow keys and swipes in right-to-left pages', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl">${six}</div>`);
    const el = wrapper.querySelector('recovery-quote-carousel')!;
    $<HTMLButtonElement>(el, '.next')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(shown(el)).to.match(/^Quote number 2/);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(shown(el)).to.match(/^Quote number 1/);
    swipe($(el, '.slides')!, 80);
    await el.updateComplete;
    expect(shown(el)).to.match(/^Quote number 2/);
    const ltr = await fixture<RecoveryQuoteCarousel>(six);
    $<HTMLButtonElement>(ltr, '.next')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await ltr.updateComplete;
    expect(shown(ltr)).to.match(/^Quote number 2/);
  });

  it('points its arrows the way they go: mirrored right to left, also once a document in the page’s language arrives', async () => {
    // Which way a chevron points: its rotation (45deg: left, -135deg: right).
    const points = (el: Element) => ['.previous', '.next'].map((c) => getComputedStyle($(el, `${c} .chevron`)!).rotate);
    const ltr = await fixture<RecoveryQuoteCarousel>(six);
    expect(points(ltr)).to.deep.equal(['45deg', '-135deg']);
    const rtl = await fixture<HTMLDivElement>(html`<div dir="rtl">${six}</div>`);
    expect(points(rtl.querySelector('recovery-quote-carousel')!)).to.deep.equal(['-135deg', '45deg']);
    // English on an Arabic page reads left to right, arrows too; then the partner's Arabic document arrives
    // (the parser adds it after the element upgraded): right to left again.
    const page = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl">${six}</div>`);
    const el = page.querySelector<RecoveryQuoteCarousel>('recovery-quote-carousel')!;
    await el.updateComplete;
    expect(points(el)).to.deep.equal(['45deg', '-135deg']);
    const json = document.createElement('script');
    json.type = 'application/json';
    json.slot = 'content';
    json.textContent = JSON.stringify({ version: 1, lang: 'ar', strings: translation('ar', strings, { previous: 'السابق', next: 'التالي' }) });
    el.append(json);
    await until(() => $(el, 'section')!.lang == 'ar', 3000, 'the Arabic document');
    await el.updateComplete;
    expect(getComputedStyle($(el, 'section')!).direction).to.equal('rtl');
    expect(points(el)).to.deep.equal(['-135deg', '45deg']);
  });

  it('turns its arrows when the page turns right to left after it rendered (a dir attribute set later)', async () => {
    const points = (el: Element) => ['.previous', '.next'].map((c) => getComputedStyle($(el, `${c} .chevron`)!).rotate);
    const wrapper = await fixture<HTMLDivElement>(html`<div>${six}</div>`);
    const el = wrapper.querySelector<RecoveryQuoteCarousel>('recovery-quote-carousel')!;
    await el.updateComplete;
    expect(points(el)).to.deep.equal(['45deg', '-135deg']);
    wrapper.dir = 'rtl';
    await until(() => points(el)[0] == '-135deg', 2000, 'the arrows to turn');
    expect(points(el)).to.deep.equal(['-135deg', '45deg']);
  });

  it('keeps English quotes left to right, arrows and keys too, on an Arabic right-to-left page', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl">${six}</div>`);
    const el = page.querySelector('recovery-quote-carousel')!;
    await el.updateComplete;
    const root = $(el, 'section')!;
    expect([root.lang, getComputedStyle(root).direction]).to.deep.equal(['en-GB', 'ltr']);
    $<HTMLButtonElement>(el, '.next')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(shown(el)).to.match(/^Quote number 2/);
  });

  it('warns once and shows the first quote for an index it does not have', async () => {
    const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel index="7"></recovery-quote-carousel>`);
    expect(shown(el)).to.match(/^Recovery should be/);
    expect(log.warnings).to.deep.equal(['<recovery-quote-carousel>: index="7" is not allowed (use a whole number from 0 to 1); using 0.']);
    el.setAttribute('index', 'abc');
    await el.updateComplete;
    expect(log.warnings[1]).to.contain('index="abc" is not allowed');
    el.setAttribute('index', '1');
    await el.updateComplete;
    expect(shown(el)).to.match(/^Harm minimisation/);
    expect(log.warnings).to.have.length(2);
  });

  it('keeps an index for quotes still on their way: children the parser adds later', async () => {
    // A plain script in the head upgrades the element before its children are parsed.
    const loading = sinon.stub(document, 'readyState').get(() => 'loading');
    const el = document.createElement('recovery-quote-carousel') as RecoveryQuoteCarousel;
    el.setAttribute('index', '2');
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(log.warnings).to.deep.equal([]);
      for (const n of [1, 2, 3]) el.insertAdjacentHTML('beforeend', `<blockquote>Quote number ${n}.</blockquote>`);
      await until(() => shown(el).startsWith('Quote number 3'), 2000, 'the third quote');
      loading.restore();
      document.dispatchEvent(new Event('DOMContentLoaded'));
      await el.updateComplete;
      expect(log.warnings).to.deep.equal([]);
    } finally {
      el.remove();
    }
  });

  it('keeps an index for quotes still on their way: a content document, and warns if it never had them', async () => {
    const doc = (n: number) =>
      JSON.stringify({ version: 1, topics: [{ ...partnerTopic('Ours'), quotes: Array.from({ length: n }, (_, i) => ({ text: `Quote number ${i + 1}.`, attribution: 'A partner' })) }] });
    const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel index="3"><script type="application/json" slot="content">${doc(5)}</script></recovery-quote-carousel>`);
    await until(() => shown(el).startsWith('Quote number 4'), 3000, 'the fourth quote');
    expect(log.warnings).to.deep.equal([]);
    const short = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel index="3"><script type="application/json" slot="content">${doc(2)}</script></recovery-quote-carousel>`);
    await until(() => log.warnings.length > 0, 3000, 'the warning');
    expect(log.warnings).to.deep.equal(['<recovery-quote-carousel>: index="3" is not allowed (use a whole number from 0 to 1); using 0.']);
    expect(shown(short)).to.equal('Quote number 1.');
  });

  it('links a partner quote’s attribution to where it was published', async () => {
    const quote = { text: 'Things got better.', attribution: 'Sam, 24', source: { title: 'Our stories', url: 'https://partner.example/stories' } };
    const doc = JSON.stringify({ version: 1, topics: [{ ...partnerTopic('Ours'), quotes: [quote, { ...quote, text: 'Another.' }] }] });
    const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel><script type="application/json" slot="content">${doc}</script></recovery-quote-carousel>`);
    await until(() => shown(el) == 'Things got better.', 3000, 'the partner quote');
    const caption = current(el).querySelector('figcaption')!;
    expect(text(caption)).to.equal('Sam, 24, Our stories');
    expect(caption.querySelector('cite a')!.getAttribute('href')).to.equal('https://partner.example/stories');
    await expect(el).to.be.accessible();
  });

  it('shows nothing, and no empty region, for a topic with no quotes', async () => {
    const doc = JSON.stringify({ version: 1, topics: [{ ...partnerTopic('Ours'), quotes: [] }] });
    const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel><script type="application/json" slot="content">${doc}</script></recovery-quote-carousel>`);
    await until(() => !el.shadowRoot!.querySelector('section'), 3000, 'the empty carousel to go');
    expect(el.offsetHeight).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('10. fires recovery-slide-change for the visitor, never for a partner setting index', async () => {
    const el = await fixture<RecoveryQuoteCarousel>(six);
    const changes = slideChanges(el);
    el.index = 3;
    await el.updateComplete;
    expect(shown(el)).to.match(/^Quote number 4/);
    $<HTMLButtonElement>(el, '.next')!.click();
    await el.updateComplete;
    expect(changes).to.deep.equal([{ index: 4, reason: 'user' }]);
  });

  it('11. reads the partner’s blockquote children as quotes, as text', async () => {
    const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel>
      <figure><blockquote><p>A <img src="x" onerror="window.__xss = 1" />figure quote.</p></blockquote><figcaption>— Sam</figcaption></figure>
      <blockquote>Plain quote. <footer><cite>Alex</cite></footer></blockquote>
      <p>Not a quote.</p>
    </recovery-quote-carousel>`);
    expect($$(el, '.slide')).to.have.length(2);
    expect(shown(el)).to.equal('A figure quote.');
    expect(text(current(el).querySelector('figcaption'))).to.equal('Sam');
    expect($$(el, 'img')).to.have.length(0);
    el.append(Object.assign(document.createElement('blockquote'), { textContent: 'Added later.' }));
    await until(() => $$(el, '.slide').length == 3, 2000, 'the added quote');
  });

  it('11. keeps the partner’s paragraphs and line breaks apart, and a <cite> in the words in the words', async () => {
    // As a framework writes them: no whitespace between elements.
    const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel
      ><blockquote><p>I felt alone.</p><p>Then I found help.</p></blockquote
      ><blockquote><p>Line one<br />line two</p><footer>Alex</footer></blockquote
      ><figure><blockquote><p>Reading <cite>The Recovery Letters</cite> helped.</p></blockquote><figcaption>Sam, 24</figcaption></figure
      ><blockquote class="wp-block-quote"><p>Written by WordPress.</p><cite>Jo</cite></blockquote
      ><figure class="wp-block-pullquote"><blockquote><p>A pull quote.</p><cite>Kim</cite></blockquote></figure
      ><blockquote>Reading <cite>The Recovery Letters</cite> helped me.</blockquote
    ></recovery-quote-carousel>`);
    // As frameworks write them: a comment after the attribution (Vue's v-if), words in text nodes of their own (React).
    const vue = document.createElement('blockquote');
    vue.innerHTML = '<p>I got through it.</p><cite>Jo</cite><!--v-if-->';
    const react = document.createElement('blockquote');
    react.append('Reading ', Object.assign(document.createElement('cite'), { textContent: 'A book' }), ' ', 'helped too.');
    el.append(vue, react);
    await until(() => $$(el, '.slide').length == 8, 2000, 'the framework’s quotes');
    const slides = $$(el, '.slide').map((s) => [text(s.querySelector('blockquote')), text(s.querySelector('figcaption'))]);
    expect(slides).to.deep.equal([
      ['I felt alone. Then I found help.', ''],
      ['Line one line two', 'Alex'],
      ['Reading The Recovery Letters helped.', 'Sam, 24'],
      ['Written by WordPress.', 'Jo'],
      ['A pull quote.', 'Kim'],
      ['Reading The Recovery Letters helped me.', ''],
      ['I got through it.', 'Jo'],
      ['Reading A book helped too.', ''],
    ]);
  });

  it('11. reads the partner’s quotes again when a framework rewrites their text in place', async () => {
    const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel
      ><blockquote>First quote.</blockquote><blockquote lang="en">Second quote.</blockquote></recovery-quote-carousel
    >`);
    const quotes = () => $$(el, 'blockquote').map((b) => b.textContent!.trim());
    expect(quotes()).to.deep.equal(['First quote.', 'Second quote.']);
    (el.querySelector('blockquote')!.firstChild as Text).data = 'Premier.';
    el.querySelectorAll('blockquote')[1].setAttribute('lang', 'fr');
    await until(() => quotes()[0] == 'Premier.', 2000, 'the edited quote');
    await el.updateComplete;
    expect($$(el, 'figure')[1].closest('[lang]')!.getAttribute('lang')).to.equal('fr');
    // The carousel's own lang, which its first quote takes, changes too.
    el.setAttribute('lang', 'cy');
    await until(() => $$(el, 'figure')[0].closest('[lang]')!.getAttribute('lang') == 'cy', 2000, 'the quote in Welsh');
  });

  it('reads out a quote the visitor moved to, not one that changed without them', async () => {
    const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel
      ><blockquote>First quote.</blockquote><blockquote>Second quote.</blockquote></recovery-quote-carousel
    >`);
    const slides = $(el, '.slides')!;
    // What the live region was when the shown quote's text changed.
    const heard: string[] = [];
    const observer = new MutationObserver((records) => {
      if (records.some((r) => r.attributeName != 'aria-live')) heard.push(`${text(current(el).querySelector('blockquote'))} ${slides.getAttribute('aria-live')}`);
    });
    // Text, and which slide is shown (its class).
    observer.observe(slides, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-live', 'class'] });
    // A framework rewrites the quotes (a language switch): said to no one reading elsewhere.
    (el.querySelector('blockquote')!.firstChild as Text).data = 'Premier.';
    await until(() => heard.length, 2000, 'the rewritten quote');
    await el.updateComplete;
    // What each frame drew: still off at the first frame with the new words, when the browser takes them in; polite again after.
    const frames: string[] = [];
    const watch = () => (frames.push(`${text(current(el).querySelector('blockquote'))} ${slides.getAttribute('aria-live')}`), frames.length < 30 && requestAnimationFrame(watch));
    requestAnimationFrame(watch);
    (el.querySelector('blockquote')!.firstChild as Text).data = 'Premier encore.';
    await until(() => frames.length >= 30, 3000, 'thirty frames');
    expect(frames.find((f) => f.startsWith('Premier encore.')), 'the first frame with the new words').to.equal('Premier encore. off');
    expect(frames.at(-1)).to.equal('Premier encore. polite');
    heard.length = 1;
    // The partner sets the index: the same.
    el.index = 1;
    await until(() => heard.length == 2, 2000, 'the partner’s index');
    await until(() => slides.getAttribute('aria-live') == 'polite', 2000, 'polite again');
    // The visitor moves: read out.
    $<HTMLButtonElement>(el, '.next')!.click();
    await until(() => heard.length == 3, 2000, 'the visitor’s move');
    observer.disconnect();
    expect(heard).to.deep.equal(['Premier. off', 'Second quote. off', 'Premier encore. polite']);
  });

  it('marks its built-in English quotes as English under a partner’s strings in another language', async () => {
    const doc = { version: 1, lang: 'ar', strings: translation('ar', strings, { carouselLabel: 'اقتباسات' }) };
    const el = await fixture<RecoveryQuoteCarousel>(html`<div lang="ar" dir="rtl">
      <recovery-quote-carousel><script type="application/json" slot="content">${JSON.stringify(doc)}</script></recovery-quote-carousel>
    </div>`);
    const carousel = el.querySelector<RecoveryQuoteCarousel>('recovery-quote-carousel')!;
    await until(() => $(carousel, 'section')?.getAttribute('aria-label') == 'اقتباسات', 3000, 'the Arabic strings');
    const figure = $(carousel, '.current figure')!;
    expect([figure.closest('[lang]')!.getAttribute('lang'), getComputedStyle(figure).direction]).to.deep.equal(['en-GB', 'ltr']);
  });

  it('keeps the language of quotes a host component writes in its shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="cy"><div></div></div>`);
    const root = host.firstElementChild!.attachShadow({ mode: 'open' });
    root.innerHTML = '<recovery-quote-carousel><blockquote>Mae adferiad yn bosibl.</blockquote><blockquote>Dyfyniad arall.</blockquote></recovery-quote-carousel>';
    const el = root.querySelector<RecoveryQuoteCarousel>('recovery-quote-carousel')!;
    await el.updateComplete;
    expect($(el, '.current figure')!.closest('[lang]')!.getAttribute('lang')).to.equal('cy');
  });

  it('keeps the visitor on the quote shown when quotes come and go around it, and index says which, with no event', async () => {
    const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel>
      ${[1, 2, 3, 4, 5, 6].map((n) => html`<blockquote>Quote ${n}.</blockquote>`)}
    </recovery-quote-carousel>`);
    const seen = slideChanges(el);
    const quotes = () => Array.from(el.querySelectorAll('blockquote'));
    const add = (n: number, before?: Element) => el.insertBefore(Object.assign(document.createElement('blockquote'), { textContent: `Quote ${n}.` }), before ?? null);
    const after = async (change: () => void, slides: number) => {
      change();
      await until(() => $$(el, '.slide').length == slides, 2000, `${slides} slides`);
      await el.updateComplete;
      return [shown(el), el.index];
    };
    for (let i = 0; i < 4; i++) $<HTMLButtonElement>(el, '.next')!.click();
    await el.updateComplete;
    const steps = seen.length;
    // Quotes taken away before it: the same quote, at its new place.
    expect(await after(() => quotes()[0].remove(), 5)).to.deep.equal(['Quote 5.', 3]);
    // Added before it: still the same.
    expect(await after(() => add(0, quotes()[0]), 6)).to.deep.equal(['Quote 5.', 4]);
    // The quote itself goes: the one now in its place, or the last when it was at the end.
    expect(await after(() => quotes()[4].remove(), 5)).to.deep.equal(['Quote 6.', 4]);
    expect(await after(() => quotes().slice(3).forEach((q) => q.remove()), 3)).to.deep.equal(['Quote 3.', 2]);
    // And the quotes coming back leave it where it is: nothing moves by itself.
    expect(await after(() => [4, 5, 6].forEach((n) => add(n)), 6)).to.deep.equal(['Quote 3.', 2]);
    expect(seen.length, 'no slide-change event').to.equal(steps);
    expect(log.warnings).to.deep.equal([]);
  });

  it('keeps focus in the carousel when the quotes change under it and its controls go', async () => {
    const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel
      ><blockquote>First quote.</blockquote><blockquote>Second quote.</blockquote></recovery-quote-carousel
    >`);
    $<HTMLButtonElement>(el, '.next')!.focus();
    el.querySelectorAll('blockquote')[1].remove();
    await until(() => !$(el, '.next'), 2000, 'the controls gone');
    await el.updateComplete;
    const root = $(el, 'section')!;
    expect(el.shadowRoot!.activeElement == root, 'focus on the carousel').to.equal(true);
    // Only while it has focus is it focusable.
    root.blur();
    expect(root.hasAttribute('tabindex')).to.equal(false);
  });

  it('11. keeps the language of each quote the partner writes', async () => {
    const wrapper = await fixture(html`<div lang="cy">
      <recovery-quote-carousel lang="en-GB">
        <blockquote>Mae adferiad yn bosibl.</blockquote>
        <blockquote lang="fr">La guérison est possible.</blockquote>
        <blockquote lang="en">Recovery is possible.</blockquote>
      </recovery-quote-carousel>
    </div>`);
    const el = wrapper.querySelector('recovery-quote-carousel')!;
    await el.updateComplete;
    // The element's own lang is English (its strings); the quotes take theirs from where they were written.
    expect($$(el, 'figure').map((f) => f.closest('[lang]')!.getAttribute('lang'))).to.deep.equal(['en-GB', 'fr', 'en-GB']);
    const welsh = await fixture(html`<div lang="cy"><recovery-quote-carousel><blockquote>Mae adferiad yn bosibl.</blockquote></recovery-quote-carousel></div>`);
    const one = welsh.querySelector('recovery-quote-carousel')!;
    await one.updateComplete;
    // No Welsh strings: the carousel speaks English, the quote stays Welsh.
    expect($(one, 'section')!.lang).to.equal('en-GB');
    expect($(one, 'figure')!.lang).to.equal('cy');
    await expect(one).to.be.accessible();
  });

  it('names its roles in the partner’s language, as its other strings', async () => {
    const doc = { version: 1, lang: 'cy', strings: translation('cy', strings, { carouselRole: 'carwsél', slideRole: 'sleid', slide: '{n} o {total}' }) };
    const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel
      ><script type="application/json" slot="content">${JSON.stringify(doc)}</script></recovery-quote-carousel
    >`);
    await until(() => $(el, '[aria-roledescription=carwsél]'), 3000, 'the partner’s strings');
    expect($$(el, '.slide').map((s) => [s.getAttribute('aria-roledescription'), s.getAttribute('aria-label')])[0]).to.deep.equal(['sleid', '1 o 2']);
  });

  it('12. keeps its height as slides change, at 320 px and 1280 px', async () => {
    for (const width of [320, 1280]) {
      await setViewport({ width, height: 800 });
      const el = await fixture<RecoveryQuoteCarousel>(six);
      const heights = new Set<number>();
      for (let i = 0; i < 6; i++) {
        heights.add(el.getBoundingClientRect().height);
        $<HTMLButtonElement>(el, '.next')!.click();
        await el.updateComplete;
      }
      expect(heights.size, `at ${width} px`).to.equal(1);
      // The height it keeps is the tallest quote's (the slides share one place), not all of them together.
      const tallest = Math.max(...$$(el, '.slide figure').map((f) => f.getBoundingClientRect().height));
      const reserved = $(el, '.slides')!.getBoundingClientRect().height;
      expect(reserved, `at ${width} px`).to.be.at.least(tallest).and.below(tallest * 1.5);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    }
  });

  it('13. changes slide on a horizontal swipe, not on a vertical one', async () => {
    const el = await fixture<RecoveryQuoteCarousel>(six);
    const slides = $(el, '.slides')!;
    // Vertical scrolling and pinch zoom stay the browser's; only a horizontal pan is ours.
    expect(getComputedStyle(slides).touchAction).to.equal('pan-y pinch-zoom');
    swipe(slides, -80);
    await el.updateComplete;
    expect(shown(el)).to.match(/^Quote number 2/);
    // Further across than the least swipe, but further down: a scroll of the page, not a swipe.
    swipe(slides, 60, 120);
    await el.updateComplete;
    expect(shown(el)).to.match(/^Quote number 2/);
    swipe(slides, 80);
    await el.updateComplete;
    expect(shown(el)).to.match(/^Quote number 1/);
  });

  it('can be used with the keyboard alone, in tab order: rotation, previous, picker, next', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">Before</button>${six}</div>`);
    const el = wrapper.querySelector('recovery-quote-carousel')!;
    el.autoplay = true;
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const order: string[] = [];
    for (let i = 0; i < 9; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      order.push(active?.getAttribute('part') ?? 'outside');
    }
    expect(order).to.deep.equal([
      'button rotation',
      'button previous',
      'button dot', 'button dot', 'button dot', 'button dot', 'button dot', 'button dot',
      'button next',
    ]);
    // Focus inside stopped the rotation for good.
    await clock.tickAsync(60000);
    expect(shown(el)).to.match(/^Quote number 1/);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shown(el)).to.match(/^Quote number 2/);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shown(el)).to.match(/^Quote number 6/);
    clock.restore();
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('passes axe on every slide, stopped and rotating, light and dark, at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<RecoveryQuoteCarousel>(six);
    for (let i = 0; i < 6; i++) {
      await settled(el);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '.next')!.click();
      await el.updateComplete;
    }
    el.theme = 'dark';
    el.autoplay = true;
    await el.updateComplete;
    await settled(el);
    await expect(el).to.be.accessible();
  });
});

function swipe(target: Element, dx: number, dy = 0) {
  const box = target.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const init = { bubbles: true, composed: true, pointerType: 'touch', isPrimary: true, pointerId: 7 };
  target.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: x, clientY: y }));
  target.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: x + dx, clientY: y + dy }));
}
