// Runs only in the "firefox-preferences" group: a Firefox whose preferences
// ask for a dark colour scheme and reduced motion, which Chromium's tests
// emulate and Firefox's cannot.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import type { RecoveryInfoCard } from '../../src/recovery-info-card/recovery-info-card.js';
import type { RecoveryQuoteCarousel } from '../../src/recovery-quote-carousel/recovery-quote-carousel.js';
import type { RecoverySupportFinder } from '../../src/recovery-support-finder/recovery-support-finder.js';
import { $, settled } from '../support/helpers.js';

describe('in a Firefox that prefers dark colours and reduced motion', () => {
  it('is that Firefox', () => {
    expect(navigator.userAgent).to.contain('Firefox');
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
  });

  it('turns theme="auto" dark, with no axe violation, in all three elements', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <recovery-info-card theme="auto" variant="compact" expanded></recovery-info-card>
      <recovery-quote-carousel theme="auto"></recovery-quote-carousel>
      <recovery-support-finder theme="auto" region="GB" quick-exit></recovery-support-finder>
    </div>`);
    const els = Array.from(wrapper.children) as (RecoveryInfoCard | RecoveryQuoteCarousel | RecoverySupportFinder)[];
    for (const el of els) {
      await el.updateComplete;
      await settled(el);
      expect(getComputedStyle($(el, '.root')!).backgroundColor).to.equal('rgb(22, 25, 29)');
      await expect(el).to.be.accessible();
    }
    // theme="light" stays light whatever the visitor prefers.
    els[0].theme = 'light';
    await els[0].updateComplete;
    expect(getComputedStyle($(els[0], '.root')!).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('starts the carousel stopped, with no animated transitions', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const el = await fixture<RecoveryQuoteCarousel>(html`<recovery-quote-carousel autoplay></recovery-quote-carousel>`);
      expect($(el, '.rotation')!.textContent!.trim()).to.equal('Start rotating quotes');
      expect($(el, '.slides')!.getAttribute('aria-live')).to.equal('polite');
      expect(getComputedStyle($(el, '.slide')!).transitionDuration).to.equal('0s');
      await clock.tickAsync(60000);
      expect($(el, '.current blockquote')!.textContent).to.contain('Recovery should be about resilience');
    } finally {
      clock.restore();
    }
  });
});
