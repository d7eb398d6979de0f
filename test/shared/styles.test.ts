import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/recovery-info-card/define.js';
import '../../src/recovery-support-finder/define.js';
import { RTL_LANGS } from '../../src/shared/strings.js';
import { base } from '../../src/shared/styles.js';

describe('base styles', () => {
  it('run marked content right to left for exactly the languages the elements call right to left', () => {
    const listed = [...base.cssText.matchAll(/\[lang\|='?([a-z]+)'?\]/g)].map((m) => m[1]);
    expect(listed).to.deep.equal(RTL_LANGS);
  });

  it('set text in the visitor’s own default size, never the host page’s root size', async function () {
    const body = (el: Element) => parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.root')!).fontSize);
    document.documentElement.style.fontSize = '62.5%';
    try {
      const card = await fixture(html`<recovery-info-card></recovery-info-card>`);
      const finder = await fixture(html`<recovery-support-finder></recovery-support-finder>`);
      expect([body(card), body(finder)]).to.deep.equal([16, 16]);
      if (!(await executeServerCommand('set-default-font-size', { px: 24 }))) return this.skip();
      try {
        expect([body(card), body(finder)]).to.deep.equal([24, 24]);
      } finally {
        await executeServerCommand('set-default-font-size', { px: 16 });
      }
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('hide with the host page: visibility and pointer-events from an ancestor reach inside', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="visibility: hidden">
      <recovery-support-finder region="GB"></recovery-support-finder>
    </div>`);
    const finder = wrapper.querySelector('recovery-support-finder')!;
    await (finder as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const call = finder.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="tel:999"]')!;
    expect(call.checkVisibility({ visibilityProperty: true })).to.equal(false);
    call.focus();
    expect(finder.shadowRoot!.activeElement, 'a hidden link takes no focus').to.equal(null);
    wrapper.style.visibility = '';
    wrapper.style.pointerEvents = 'none';
    const box = call.getBoundingClientRect();
    const hit = finder.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(hit, 'clicks go through, as on the rest of the page').not.to.equal(call);
    wrapper.style.pointerEvents = '';
    expect(finder.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).to.equal(call);
  });
});
