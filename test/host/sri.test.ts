import { expect } from '@open-wc/testing';
import { exercise, exercised, open, problems, widgets } from './harness.js';

// Partners pin a release with its Subresource Integrity hash (SECURITY.md):
// the hash in dist/sri.json lets the classic script run; any other bytes are
// refused, and the partner's own fallback content stays.

describe('host matrix: Subresource Integrity', function () {
  this.timeout(30_000);

  it('runs the classic script pinned with the hash from dist/sri.json', async () => {
    const { files } = await (await fetch('/dist/sri.json')).json();
    const frame = await open('/host/pages/sri.html');
    try {
      expect(frame.doc.querySelector('script[integrity]')!.getAttribute('integrity')).to.equal(files['recovery-widgets.js']);
      await widgets(frame);
      expect(await exercise(frame)).to.deep.equal(exercised(0, 1, 1));
      expect(problems(frame)).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('refuses a script that does not match, leaving the partner’s own quotes on show', async () => {
    const frame = await open('/host/pages/sri-mismatch.html');
    try {
      expect(frame.win.customElements.get('recovery-quote-carousel')).to.equal(undefined);
      expect(frame.rec.resourceErrors).to.deep.equal([`script ${new URL('/dist/recovery-widgets.js', location.href).href}`]);
      const quote = frame.doc.querySelector('recovery-quote-carousel blockquote')!;
      expect(quote.getClientRects().length).to.be.above(0);
      expect(quote.textContent).to.contain('A quote the partner wrote.');
      // The emergency route the README and the configurator's snippet put inside the finder.
      const call = frame.doc.querySelector<HTMLAnchorElement>('recovery-support-finder a[href="tel:999"]')!;
      expect(call.getClientRects().length).to.be.above(0);
      expect(call.closest('p')!.textContent).to.contain('call 999 or go to A&E');
    } finally {
      frame.remove();
    }
  });
});
