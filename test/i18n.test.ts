import { expect, fixture, html } from '@open-wc/testing';
import '../src/recovery-info-card/define.js';
import '../src/recovery-quote-carousel/define.js';
import '../src/recovery-support-finder/define.js';
import type { RecoveryInfoCard } from '../src/recovery-info-card/recovery-info-card.js';
import type { RecoveryQuoteCarousel } from '../src/recovery-quote-carousel/recovery-quote-carousel.js';
import type { RecoverySupportFinder } from '../src/recovery-support-finder/recovery-support-finder.js';
import { strings as cardTable } from '../src/recovery-info-card/recovery-info-card.strings.js';
import { strings as carouselTable } from '../src/recovery-quote-carousel/recovery-quote-carousel.strings.js';
import { strings as finderTable } from '../src/recovery-support-finder/recovery-support-finder.strings.js';
import { translator } from '../src/shared/strings.js';
import { $, $$, captureConsole, text, until } from './support/helpers.js';
import { partnerService, translation } from './support/fixtures.mjs';

/** An element with `doc` as its inline content document. */
const inline = (doc: object) => JSON.stringify(doc);

describe('languages', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  it('reads a phone number left to right in a service written in a right-to-left language', async () => {
    const doc = { version: 1, lang: 'ar', services: [partnerService(1, { name: 'خط المساعدة', crisis: true })] };
    const el = await fixture<RecoverySupportFinder>(html`<recovery-support-finder region="GB"
      ><script type="application/json" slot="content">${inline(doc)}</script></recovery-support-finder
    >`);
    await until(() => $$(el, '.results h3').some((h) => h.textContent == 'خط المساعدة'), 3000, 'the Arabic service');
    const number = $$(el, '[part=contact] .number').find((n) => n.textContent == '01632 960001')!;
    const style = getComputedStyle(number);
    expect([number.getAttribute('lang'), style.direction, style.unicodeBidi]).to.deep.equal(['ar', 'ltr', 'isolate']);
  });

  it('runs in the direction of the language it shows, whatever the direction around it', async () => {
    const ar = { version: 1, lang: 'ar', strings: translation('ar', finderTable, { finderTitle: 'ابحث عن الدعم' }) };
    const page = await fixture<HTMLDivElement>(html`<div lang="en-GB" dir="ltr">
      <recovery-support-finder lang="ar"><script type="application/json" slot="content">${inline(ar)}</script></recovery-support-finder>
      <recovery-info-card lang="en-GB"></recovery-info-card>
    </div>`);
    const finder = page.querySelector<RecoverySupportFinder>('recovery-support-finder')!;
    await until(() => $(finder, '#title')?.textContent == 'ابحث عن الدعم', 3000, 'the Arabic strings');
    expect(getComputedStyle($(finder, 'section')!).direction).to.equal('rtl');
    // English on an Arabic page: left to right.
    const arabic = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl"><recovery-info-card lang="en-GB"></recovery-info-card></div>`);
    const card = arabic.querySelector<RecoveryInfoCard>('recovery-info-card')!;
    await card.updateComplete;
    expect(getComputedStyle($(card, 'article')!).direction).to.equal('ltr');
  });

  it('runs right to left for a language written in a right-to-left script, whatever its language subtag', async () => {
    const ku = { version: 1, lang: 'ku-Arab', strings: translation('ku-Arab', cardTable) };
    const el = await fixture<RecoveryInfoCard>(html`<recovery-info-card
      ><script type="application/json" slot="content">${inline(ku)}</script></recovery-info-card
    >`);
    await until(() => $(el, 'article')?.lang == 'ku-Arab', 3000, 'the strings');
    expect(getComputedStyle($(el, 'article')!).direction).to.equal('rtl');
    // Content marked so, under English strings, too.
    const doc = { version: 1, lang: 'pa-Arab', services: [partnerService(1, { name: 'مدد', crisis: true })] };
    const finder = await fixture<RecoverySupportFinder>(html`<recovery-support-finder region="GB"
      ><script type="application/json" slot="content">${inline(doc)}</script></recovery-support-finder
    >`);
    await until(() => $$(finder, '.results h3').some((h) => h.textContent == 'مدد'), 3000, 'the service');
    const name = $$(finder, '.results h3').find((h) => h.textContent == 'مدد')!.querySelector('[lang]')!;
    expect([name.getAttribute('lang'), getComputedStyle(name).direction]).to.deep.equal(['pa-Arab', 'rtl']);
    // Not a tag that only asks for Arabic digits (an extension), nor a private one.
    for (const tag of ['en-u-nu-arab', 'en-x-arab']) {
      const page = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl"><recovery-info-card lang=${tag}></recovery-info-card></div>`);
      const card = page.querySelector<RecoveryInfoCard>('recovery-info-card')!;
      await card.updateComplete;
      expect(getComputedStyle($(card, 'article')!).direction, tag).to.equal('ltr');
    }
  });

  it('says a plural in the translation’s own forms, never the table’s English one', () => {
    const words = translation('cy', finderTable, { 'results.other': '{n} gwasanaeth', 'exitPresses.other': 'Shift, pwyswch {n} gwaith eto i adael.' });
    delete words['results.one'];
    delete words['exitPresses.one'];
    const t = translator('cy', finderTable, words)!;
    expect([t('results', { n: 1 }), t('exitPresses', { n: 1 })]).to.deep.equal(['1 gwasanaeth', 'Shift, pwyswch 1 gwaith eto i adael.']);
  });

  it('lets only a plural form leave out its {n}', () => {
    const refused: string[] = [];
    const t = translator('cy', carouselTable, translation('cy', carouselTable, { slide: 'Dyfyniad o {total}' }), (key) => refused.push(key));
    expect([t, refused]).to.deep.equal([undefined, ['slide']]);
    const words = translation('cy', finderTable, { 'results.one': 'un gwasanaeth' });
    expect(translator('cy', finderTable, words)!('results', { n: 1 })).to.equal('un gwasanaeth');
  });

  it('marks the 24/7 line’s name with its service’s language, in the finder and on the card', async () => {
    const cy = { version: 1, lang: 'cy', strings: translation('cy', { ...finderTable, ...cardTable }) };
    const page = await fixture<HTMLDivElement>(html`<div>
      <recovery-support-finder region="GB"><script type="application/json" slot="content">${inline(cy)}</script></recovery-support-finder>
      <recovery-info-card region="GB"><script type="application/json" slot="content">${inline(cy)}</script></recovery-info-card>
    </div>`);
    const finder = page.querySelector<RecoverySupportFinder>('recovery-support-finder')!;
    const card = page.querySelector<RecoveryInfoCard>('recovery-info-card')!;
    await until(() => $(finder, 'section')?.lang == 'cy' && $(card, 'article')?.lang == 'cy', 3000, 'the Welsh strings');
    // The built-in services are English, under Welsh strings.
    for (const line of [$(finder, '.line')!, $(card, '.help p:has(.number)')!]) {
      expect([...line.querySelectorAll('[lang]')].map((n) => `${n.getAttribute('lang')}: ${n.textContent}`), line.innerHTML).to.include('en-GB: Samaritans');
    }
  });

  it('reads the partner’s quotes’ language again when the page’s changes', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="en-GB">
      <recovery-quote-carousel><blockquote>Mae adferiad yn bosibl.</blockquote><blockquote>Cam wrth gam.</blockquote></recovery-quote-carousel>
    </div>`);
    const el = page.querySelector<RecoveryQuoteCarousel>('recovery-quote-carousel')!;
    await el.updateComplete;
    page.lang = 'cy';
    // The quotes are now in the page's language, Welsh; the strings are English, so the quotes are marked.
    await until(() => $(el, '.current figure')?.getAttribute('lang') == 'cy', 3000, 'the quotes marked Welsh');
  });

  it('lets only a document with strings name the strings’ language', async () => {
    const cy = { version: 1, lang: 'cy', strings: translation('cy', finderTable, { finderTitle: 'Dod o hyd i gymorth' }) };
    const services = { version: 1, lang: 'en-GB', strings: {}, services: [partnerService(1)] };
    const el = await fixture<RecoverySupportFinder>(html`<recovery-support-finder
      region="GB"
      services-src=${`/test-api/echo?body=${encodeURIComponent(JSON.stringify(services))}`}
      ><script type="application/json" slot="content">${inline(cy)}</script></recovery-support-finder
    >`);
    await until(() => text(el.shadowRoot!).includes('Partner service 1') && $(el, '#title')?.textContent == 'Dod o hyd i gymorth', 3000, 'both documents');
    expect($(el, 'section')!.lang).to.equal('cy');
  });

  it('follows the page’s language when a translation it could not use stands in', async () => {
    const partial = { version: 1, lang: 'cy', strings: { finderTitle: 'Dod o hyd i gymorth' } };
    const page = await fixture<HTMLDivElement>(html`<div lang="en-US">
      <recovery-support-finder region="GB"><script type="application/json" slot="content">${inline(partial)}</script></recovery-support-finder>
    </div>`);
    const el = page.querySelector<RecoverySupportFinder>('recovery-support-finder')!;
    await until(() => log.warnings.some((w) => w.includes('strings in "cy" lack')), 3000, 'the warning');
    await el.updateComplete;
    expect($(el, 'section')!.lang).to.equal('en-US');
    page.lang = 'en-GB';
    await until(() => $(el, 'section')!.lang == 'en-GB', 3000, 'the page’s new language');
  });
});
