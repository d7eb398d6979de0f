import { expect, fixture, html } from '@open-wc/testing';
import '../../src/recovery-support-finder/define.js';
import { $, captureConsole } from '../support/helpers.js';

/** The partner's own fallback inside the element, as the embed snippets write it. */
const fallback = html`<p id="fallback">If someone’s life is at risk, call 999 or go to A&amp;E.</p>`;
const shows = (el: Element) => (el.querySelector('#fallback') as HTMLElement).getBoundingClientRect().height > 0;

describe('a first render that throws', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  it('leaves the partner’s own content on screen, not an empty box, when the page has taken away what the finder uses', async () => {
    // A polyfill that trims Intl: no DisplayNames to name a country with.
    const intl = Intl as unknown as Record<string, unknown>;
    const names = intl.DisplayNames;
    delete intl.DisplayNames;
    try {
      const el = await fixture(html`<recovery-support-finder region="DE">${fallback}</recovery-support-finder>`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(shows(el), 'the partner’s emergency route').to.equal(true);
      expect(log.errors).to.have.length(1);
      expect(log.errors[0]).to.match(/^<recovery-support-finder>: TypeError/);
      // It stays as it is: no half-drawn finder over the fallback later.
      (el as unknown as { region: string }).region = 'GB';
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect([shows(el), !!$(el, '.emergency')]).to.deep.equal([true, false]);
    } finally {
      intl.DisplayNames = names;
    }
  });

  it('keeps what is on screen when a later update throws', async () => {
    const el = await fixture(html`<recovery-support-finder region="GB">${fallback}</recovery-support-finder>`);
    const intl = Intl as unknown as Record<string, unknown>;
    const names = intl.DisplayNames;
    delete intl.DisplayNames;
    try {
      (el as unknown as { region: string }).region = 'DE';
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect([shows(el), !!$(el, '.emergency')]).to.deep.equal([false, true]);
    } finally {
      intl.DisplayNames = names;
    }
  });
});
