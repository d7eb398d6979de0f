import { expect } from '@open-wc/testing';
import { until } from '../support/helpers.js';
import { axe, exercise, exercised, open, ours, problems, widgets } from './harness.js';

// Host-page matrix, case 5: a React 19 app and a Vue 3 app (test/host/apps/,
// bundled from node_modules when the test server starts) render our elements
// with attributes and properties from their state, handle our events with
// their own listeners, and unmount them.

for (const [name, page] of [
  ['React 19', '/host/pages/react.html'],
  ['Vue 3', '/host/pages/vue.html'],
]) {
  describe(`host matrix: a ${name} app`, function () {
  // Pages load, render and run axe in frames: slower than unit tests when both browsers run at once.
  this.timeout(30_000);
    it('configures the elements, hears their events, updates and unmounts them cleanly', async () => {
      const frame = await open(page);
      try {
        const [card, carousel, finder] = await widgets(frame);
        const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
        const log = () => Array.from(frame.doc.querySelectorAll('#log li'), (li) => li.textContent);

        // Attributes and properties arrived.
        expect($(card, 'h3#title')).to.exist;
        expect($(card, '.toggle').getAttribute('aria-expanded')).to.equal('false');
        expect($(carousel, '[part=carousel]').getAttribute('aria-label')).to.equal('From our community');
        expect(Array.from(carousel.shadowRoot!.querySelectorAll('.slide blockquote'), (q) => q.textContent!.trim())).to.deep.equal([
          'A quote from our community, one.',
          'A quote from our community, two.',
        ]);
        expect(($(finder, '[part=exit]') as HTMLAnchorElement).href).to.equal(new URL('/host/pages/exit.html', location.href).href);
        expect($(finder, '.emergency').textContent).to.contain('999');

        // The app's own handlers hear what the visitor does.
        expect(await exercise(frame)).to.deep.equal(exercised(1, 1, 1));
        await until(() => log().length == 3, 10_000, 'the app to log three events');
        expect(log()).to.deep.equal(exercised(1, 1, 1));
        const select = $(finder, 'select') as HTMLSelectElement;
        select.value = 'NZ';
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await until(() => log().length == 4, 10_000, 'the region event');
        expect(log()[3]).to.equal('recovery-region-change {"region":"NZ"}');

        // State changes reach the elements.
        frame.doc.querySelector<HTMLButtonElement>('#ireland')!.click();
        frame.doc.querySelector<HTMLButtonElement>('#dark')!.click();
        await until(() => $(finder, '.root').classList.contains('theme-dark') && $(card, '.root').classList.contains('theme-dark'), 10_000, 'the dark theme');
        await widgets(frame);
        expect($(finder, '.emergency').textContent).to.contain('112');
        expect($(finder, 'select') as HTMLSelectElement).to.have.property('value', 'IE');
        expect(await axe(frame, [card, carousel, finder])).to.deep.equal([]);

        // Unmounted: nothing of ours is left running.
        expect(ours(frame)).not.to.deep.equal([]);
        frame.doc.querySelector<HTMLButtonElement>('#hide')!.click();
        await until(() => !frame.doc.querySelector('recovery-support-finder'), 10_000, 'the unmount');
        await new Promise((r) => frame.win.requestAnimationFrame(r));
        expect(ours(frame)).to.deep.equal([]);
        expect(problems(frame)).to.deep.equal([]);
        expect(frame.rec.warnings).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  });
}
