import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { cspReports, expectNoAxeViolations, withFrame, resize, sideways, type Frame } from './support/frame.js';
import { until } from './support/helpers.js';
import { media, resetMedia } from './support/media.js';

// The partner site (dist/site/, built by `npm run build`), page by page, under
// the CSP `npm start` sends.
const SITE = '/dist/site/';
const PAGES = [
  'index.html',
  'info-card.html',
  'quote-carousel.html',
  'support-finder.html',
  'theming.html',
  'content.html',
  'frameworks.html',
  'api.html',
  'privacy.html',
];

const withPage = (page: string, test: (frame: Frame) => Promise<void>, width?: number) => withFrame(SITE + page, test, width);

describe('the partner site', function () {
  this.timeout(30000);

  for (const page of PAGES) {
    it(`${page}: renders with no CSP violation, no axe violation, and no sideways scroll at 320 px`, async () => {
      await withPage(
        page,
        async (frame) => {
          expect(frame.doc.querySelectorAll('h1')).to.have.length(1);
          expect(frame.doc.querySelector('main#main')).to.exist;
          expect(frame.doc.querySelector(`nav a[aria-current="page"]`)!.getAttribute('href')).to.equal(page);
          expect(sideways(frame), 'sideways scroll at 320 px').to.equal(0);
          await resize(frame, 1024);
          expect(sideways(frame), 'sideways scroll at 1024 px').to.equal(0);
          await expectNoAxeViolations(frame);
          expect(await cspReports(frame)).to.deep.equal([]);
        },
        320,
      );
    });
  }

  it('scrolls no page sideways at 320 px with 200% text (WCAG 1.4.4 and 1.4.10)', async function () {
    if (!(await executeServerCommand('set-default-font-size', { px: 32 }))) return this.skip();
    try {
      const wide: string[] = [];
      for (const page of PAGES) {
        await withPage(
          page,
          async (frame) => {
            if (sideways(frame)) {
              const over = [...frame.doc.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 320.5 && !e.closest('pre'));
              wide.push(`${page} by ${sideways(frame)} px: ${over.slice(0, 3).map((e) => `${e.localName}.${e.className}`).join(', ')}`);
            }
          },
          320,
        );
      }
      expect(wide.join('; ')).to.equal('');
    } finally {
      await executeServerCommand('set-default-font-size', { px: 16 });
    }
  });

  it('would see a CSP violation (the check above can fail)', async () => {
    await withPage('index.html', async (frame) => {
      frame.doc.body.setAttribute('style', 'color: red');
      await until(async () => (await cspReports(frame, 50)).length, 5000, 'a CSP report');
    });
  });

  it('support-finder.html: placeholders (where a default shows) are readable in both colour schemes (4.5:1)', async function () {
    // axe does not check placeholder text.
    const rgb = (c: string) => c.match(/[\d.]+/g)!.slice(0, 3).map(Number);
    const lum = (c: string) => {
      const [r, g, b] = rgb(c).map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const colorScheme of ['light', 'dark'] as const) {
      if (!(await media({ colorScheme }))) this.skip();
      try {
        await withPage('support-finder.html', async (frame) => {
          const inputs = Array.from(frame.doc.querySelectorAll<HTMLInputElement>('input[placeholder]'));
          expect(inputs.length).to.be.above(3);
          for (const input of inputs) {
            const [a, b] = [lum(frame.win.getComputedStyle(input, '::placeholder').color), lum(frame.win.getComputedStyle(input).backgroundColor)];
            const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            expect(ratio, `${colorScheme}: ${input.name || input.id}`).to.be.at.least(4.5);
            expect(Number(frame.win.getComputedStyle(input, '::placeholder').opacity), 'no see-through placeholder').to.equal(1);
          }
        });
      } finally {
        await resetMedia();
      }
    }
  });

  for (const page of ['index.html', 'support-finder.html', 'privacy.html']) {
    it(`${page}: no axe violation in the dark colour scheme`, async function () {
      if (!(await media({ colorScheme: 'dark' }))) this.skip();
      try {
        await withPage(page, async (frame) => {
          expect(frame.win.matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
          await expectNoAxeViolations(frame);
        });
      } finally {
        await resetMedia();
      }
    });
  }
});
