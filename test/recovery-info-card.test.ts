import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/recovery-info-card/define.js';
import type { RecoveryInfoCard } from '../src/recovery-info-card/recovery-info-card.js';
import { $, $$, captureConsole, frames, nextEvent, text, until } from './support/helpers.js';
import { partnerService, partnerTopic, translation } from './support/fixtures.mjs';
import { strings } from '../src/recovery-info-card/recovery-info-card.strings.js';
import { media, resetMedia } from './support/media.js';

const card = (template = html`<recovery-info-card></recovery-info-card>`) => fixture<RecoveryInfoCard>(template);

describe('<recovery-info-card>', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(async () => {
    log.restore();
    await resetMedia();
    await setViewport({ width: 800, height: 600 });
  });

  it('tells a visitor what self-harm is, how recovery looks and where help is', async () => {
    const el = await card();
    const all = text(el);
    expect($(el, '#title')!.localName).to.equal('h2');
    expect($(el, '#title')!.textContent).to.equal('Living with and recovering from self-harm');
    expect(all).to.contain('Self-harm is a way of coping with very difficult feelings or experiences');
    expect(all).to.contain('It is not a disorder in itself');
    expect(all).to.contain('Trying to stop someone at once very rarely helps them recover');
    expect(all).to.contain('The road to recovery can be long');
    expect(all).to.contain('through the NHS and privately');
    expect(all).to.contain('talking therapies');
    // The article's meaning, not more: "many people" find other ways, "possibly also treatment",
    // "damaging and even life-threatening"; and recovery as the issue puts it.
    expect(all).to.contain('With the right support, many people find other ways to cope.');
    expect(all).to.contain('and possibly also treatment for the feelings or experiences underneath');
    expect(all).to.contain('can be damaging, even life-threatening,');
    expect(all).to.contain('Recovery means finding other ways of coping, with support, and treatment where it is needed, for the distress underneath.');
    // The way to help comes right after the summary, before the article.
    expect($$(el, 'h3').map((h) => h.textContent)).to.deep.equal([
      'Need help now?',
      'A way of coping with distress',
      'Why stopping someone at once rarely helps',
      'What recovery looks like',
      'Getting support',
    ]);
    expect($(el, '.summary')!.nextElementSibling).to.equal($(el, '[part=help]'));
    expect(log.errors).to.deep.equal([]);
    expect(log.warnings).to.deep.equal([]);
  });

  it('shows both pull quotes as quotes, attributed to the article, with a link to it', async () => {
    const el = await card();
    const figures = $$(el, 'figure');
    expect(figures).to.have.length(2);
    // Between sections, never after the last: the card leaves the visitor with the way to support, not a quote out of context.
    expect($$(el, '.more > *').map((e) => e.localName + (e.localName == 'section' ? `:${text(e.querySelector('h3'))}` : ''))).to.deep.equal([
      'section:A way of coping with distress',
      'section:Why stopping someone at once rarely helps',
      'figure',
      'section:What recovery looks like',
      'figure',
      'section:Getting support',
    ]);
    for (const f of figures) {
      expect(f.querySelector('blockquote')).to.exist;
      expect(text(f.querySelector('figcaption'))).to.equal("Quoted in 'Living with and recovering from self-harm', Mental Health Today");
      const a = f.querySelector<HTMLAnchorElement>('figcaption a')!;
      expect([a.href, a.rel, a.dataset.kind]).to.deep.equal(['https://www.mentalhealthtoday.co.uk/disorders/self-harm/living-with-and-recovering-from-self-harm', 'noopener noreferrer', 'source']);
    }
  });

  it('cites its source with a link that sends no referrer, and its review dates', async () => {
    const el = await card();
    const source = $<HTMLAnchorElement>(el, '.source a')!;
    expect(source.href).to.equal('https://www.mentalhealthtoday.co.uk/disorders/self-harm/living-with-and-recovering-from-self-harm');
    expect(source.rel).to.equal('noopener noreferrer');
    expect(source.referrerPolicy).to.equal('no-referrer');
    expect(text($(el, '.source'))).to.contain('Mental Health Today');
    expect(text($(el, '.source'))).to.contain('Last reviewed: 26 November 2026. Next review due: 26 November 2027.');
    expect($(el, 'time')!.getAttribute('datetime')).to.equal('2026-11-26');
  });

  it('offers the emergency route and a 24/7 line for the region', async () => {
    const el = await card();
    const help = $(el, '.help')!;
    expect(text(help)).to.contain("If someone's life is at risk, or you have seriously hurt yourself, call 999 or go to A&E.");
    expect(Array.from(help.querySelectorAll('a')).map((a) => [a.getAttribute('href'), a.textContent])).to.deep.equal([
      ['tel:999', 'Call 999'],
      ['tel:116123', '116 123'],
      ['https://www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/', 'emergency number'],
      ['https://www.samaritans.org/how-we-can-help/contact-samaritan/', 'Samaritans'],
    ]);
    expect(text(help)).to.contain('To talk to someone now, free, 24 hours, every day: Samaritans');

    el.region = 'us';
    await el.updateComplete;
    expect(Array.from(help.querySelectorAll('a')).map((a) => a.getAttribute('href'))).to.deep.equal(['tel:911', 'tel:988', 'https://988lifeline.org/get-help/what-to-expect/']);
    el.region = 'NZ';
    await el.updateComplete;
    expect(Array.from(help.querySelectorAll('a')).map((a) => a.getAttribute('href'))).to.deep.equal(['tel:111', 'tel:1737', 'https://1737.org.nz/']);
    // At 320 px a number stays on one line: "13 / 11 14" is easy to misdial.
    el.region = 'AU';
    await el.updateComplete;
    const number = help.querySelector<HTMLElement>('.number')!;
    expect(number.textContent).to.equal('13 11 14');
    const line = parseFloat(getComputedStyle(number).lineHeight);
    const broken: number[] = [];
    for (let width = 240; width <= 340; width += 4) {
      el.style.width = `${width}px`;
      if (number.getBoundingClientRect().height > line * 1.5) broken.push(width);
    }
    el.style.width = '';
    expect(broken, 'widths at which the number breaks').to.deep.equal([]);
  });

  it('offers the partner’s own free 24/7 line first, and a built-in one where theirs do not reach', async () => {
    const always = { timeZone: 'Europe/London', alwaysOpen: true } as const;
    const doc = {
      version: 1,
      services: [
        // Not free, and not open around the clock: neither can be "free and open 24 hours".
        partnerService(1, { name: 'Paid line', crisis: true, free: false, hours: always }),
        partnerService(2, { name: 'Daytime line', crisis: true }),
        // For children only: not the line to offer every reader.
        partnerService(4, { name: 'Children’s line', crisis: true, hours: always, audiences: ['young-people'], ageRange: [0, 18] }),
        // For young people, or for carers, with no age limit: not for every reader either.
        partnerService(5, { name: 'Youth line', crisis: true, hours: always, audiences: ['young-people'] }),
        partnerService(6, { name: 'Carers’ line', crisis: true, hours: always, audiences: ['worried-about-someone'] }),
        // For England only: not for a reader anywhere in the UK, but for one in England.
        partnerService(7, { name: 'England line', crisis: true, hours: always, regions: ['GB-ENG'] }),
        partnerService(3, { name: 'Partner crisis line', crisis: true, hours: always, verifiedAt: '2026-10-30' }),
      ],
    };
    const el = await card(html`<recovery-info-card
      ><script type="application/json" slot="content">
        ${JSON.stringify(doc)}
      </script></recovery-info-card
    >`);
    await until(() => text($(el, '.help')).includes('Partner crisis line'), 3000, 'the partner’s line');
    expect(text($(el, '.help'))).to.contain('To talk to someone now, free, 24 hours, every day: Partner crisis line, 01632 960003');
    expect($$(el, '.help a[href^="tel:"]').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:999', 'tel:01632960003']);
    // Checked: the older of the two numbers' dates; each number's own source.
    const meta = $(el, '.help > :last-child')!;
    expect(text(meta)).to.equal('Numbers checked 30 October 2026 · Sources: emergency number, Partner crisis line');
    expect(Array.from(meta.querySelectorAll('a'), (a) => a.getAttribute('href'))[1]).to.equal('https://partner.example/services');
    el.region = 'GB-ENG';
    await el.updateComplete;
    expect(text($(el, '.help'))).to.contain('To talk to someone now, free, 24 hours, every day: England line');
    // The partner's services are all in GB: Ireland keeps its built-in line.
    el.region = 'IE';
    await el.updateComplete;
    expect(text($(el, '.help'))).to.contain('To talk to someone now, free, 24 hours, every day: Samaritans, 116 123');
  });

  it('names no line free and 24/7 whose partner copy says otherwise', async () => {
    // The partner's Samaritans: weekdays only, in their data.
    const theirs = { ...partnerService(1), id: 'samaritans', name: 'Samaritans', regions: ['GB', 'IE'], contacts: [{ method: 'phone', display: '116 123', href: 'tel:116123' }], crisis: true };
    const el = await card(html`<recovery-info-card
      ><script type="application/json" slot="content">
        ${JSON.stringify({ version: 1, services: [theirs], emergency: [{ region: 'GB', number: '999', text: 'Our words: call 999.', source: 'https://partner.example/' }] })}
      </script></recovery-info-card
    >`);
    await until(() => text($(el, '.help')).includes('Our words'), 3000, 'the partner’s document');
    expect(log.warnings).to.deep.equal([]);
    expect(text($(el, '.help'))).not.to.contain('every day: Samaritans');
    expect($$(el, '.help a[href^="tel:"]').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:999']);
  });

  it('links on to the partner’s support finder when given help-href', async () => {
    const el = await card(html`<recovery-info-card help-href="#support"></recovery-info-card>`);
    const more = $<HTMLAnchorElement>(el, '.help a[href$="#support"]')!;
    expect(more.textContent).to.equal('More ways to get support');
    expect(more.href).to.equal(new URL('#support', location.href).href);
    const page = location.href;
    const here = `${page.split('#')[0]}#support`;
    // A host page that cancels the click (its own router, a consent wall) is
    // obeyed, whenever its listener runs: counted, but no move.
    const cancelled = async (link: HTMLAnchorElement) => {
      const events: unknown[] = [];
      const host = (link.getRootNode() as ShadowRoot).host;
      host.addEventListener('recovery-link', (e) => events.push(e));
      for (const [target, capture] of [[document, true], [document, false], [window, false], [host, false]] as const) {
        history.replaceState(null, '', page);
        const cancel = (e: Event) => e.preventDefault();
        target.addEventListener('click', cancel, capture);
        try {
          link.click();
          await frames(2);
        } finally {
          target.removeEventListener('click', cancel, capture);
        }
        expect(location.href, `cancelled on ${String(target)} (capture: ${capture})`).to.equal(page);
      }
      expect(events).to.have.length(4);
    };
    try {
      await cancelled(more);
      more.click();
      await until(() => location.href == here, 1000, 'the move to #support');
    } finally {
      history.replaceState(null, '', page);
    }
    // Under a <base href> elsewhere (every Angular app has one), "#support" still means this page.
    const base = document.createElement('base');
    base.href = 'https://elsewhere.example/sub/';
    document.head.prepend(base);
    try {
      const underBase = await card(html`<recovery-info-card help-href="#support"></recovery-info-card>`);
      const link = $<HTMLAnchorElement>(underBase, '.help a[href="#support"]')!;
      expect(link.href).to.equal('https://elsewhere.example/sub/#support');
      const followed = nextEvent<{ href: string }>(underBase, 'recovery-link');
      link.click();
      expect((await followed).detail.href).to.equal(here);
      await until(() => location.href == here, 1000, 'the move to #support');
      await cancelled(link);
      // A click the host page stops on its way up still goes to this page's #support, not the <base>'s.
      history.replaceState(null, '', page);
      const stop = (e: Event) => e.stopPropagation();
      document.addEventListener('click', stop);
      try {
        link.click();
      } finally {
        document.removeEventListener('click', stop);
      }
      await until(() => location.href == here, 1000, 'the move to #support');
    } finally {
      base.remove();
      history.replaceState(null, '', page);
    }
    const unsafe = await card(html`<recovery-info-card help-href="javascript:alert(1)"></recovery-info-card>`);
    expect($$(unsafe, '.help a')).to.have.length(4);
    expect($(unsafe, '.help a[href="javascript:alert(1)"]')).to.equal(null);
    expect(log.warnings).to.deep.equal([
      '<recovery-info-card>: help-href="javascript:alert(1)" is not allowed (use an http:, https: or relative URL); using no link.',
    ]);
  });

  it('follows a page that switches its language without a reload', async () => {
    const el = await card();
    const root = document.documentElement;
    const [lang, dir] = [root.lang, root.dir];
    const article = () => $(el, '[part=card]')!;
    try {
      // An Arabic page, and no Arabic strings: the English reads left to right, at once.
      root.lang = 'ar';
      root.dir = 'rtl';
      await until(() => article().getAttribute('dir') == 'ltr', 2000, 'English left to right');
      expect(getComputedStyle($(el, '#title')!).direction).to.equal('ltr');
      // American English: the dates follow.
      root.lang = 'en-US';
      root.dir = '';
      await until(() => article().getAttribute('lang') == 'en-US', 2000, 'en-US');
      expect($(el, 'time')!.textContent).to.match(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
      // A lang written elsewhere, or the same one again (frameworks do, on every route): no update.
      const elsewhere = document.createElement('span');
      document.body.append(elsewhere);
      elsewhere.lang = 'fr';
      root.lang = 'en-US';
      await Promise.resolve();
      expect(el.isUpdatePending).to.equal(false);
      elsewhere.remove();
    } finally {
      root.lang = lang;
      root.dir = dir;
    }
  });

  it('hides the help strip with hide-help', async () => {
    const el = await card(html`<recovery-info-card hide-help></recovery-info-card>`);
    expect($(el, '.help')).to.equal(null);
  });

  it('reads its 24/7 number left to right on a right-to-left page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar"><recovery-info-card region="GB"></recovery-info-card></div>`);
    const el = wrapper.querySelector('recovery-info-card')!;
    await el.updateComplete;
    const number = $(el, '.help .number')!;
    expect(number.textContent).to.equal('116 123');
    expect([getComputedStyle(number).direction, getComputedStyle(number).unicodeBidi]).to.deep.equal(['ltr', 'isolate']);
  });

  it('fits the host outline with heading-level, sub-headings one level below', async () => {
    for (const level of [3, 4, 5, 6]) {
      const el = await card(html`<recovery-info-card heading-level=${level}></recovery-info-card>`);
      expect($(el, '#title')!.localName).to.equal(`h${level}`);
      const subs = $$(el, 'section > :first-child, .help > :first-child');
      for (const h of subs) {
        expect(level == 6 ? h.getAttribute('aria-level') : h.localName).to.equal(level == 6 ? '7' : `h${level + 1}`);
      }
      // Exactly one heading at the level; the rest are below it.
      expect($$(el, 'h2, h3, h4, h5, h6, [role=heading]').filter((h) => h.localName == `h${level}`)).to.have.length(1);
    }
  });

  it('warns once and falls back for bad attribute values, and never throws', async () => {
    const el = await card(html`<recovery-info-card heading-level="9" variant="huge" region="xx" theme="purple"></recovery-info-card>`);
    expect($(el, '#title')!.localName).to.equal('h2');
    expect($(el, '.toggle')).to.equal(null);
    expect(text($(el, '.help'))).to.contain('call your local emergency number');
    expect(log.warnings).to.deep.equal([
      '<recovery-info-card>: theme="purple" is not allowed (use light, dark, auto); using light.',
      '<recovery-info-card>: heading-level="9" is not allowed (use 2, 3, 4, 5, 6); using 2.',
      '<recovery-info-card>: variant="huge" is not allowed (use full, compact); using full.',
      '<recovery-info-card>: region="xx" is not allowed (use GB, GB-ENG, GB-SCT, GB-WLS, GB-NIR, IE, US, CA, AU, NZ); using the advice to call the local emergency number.',
    ]);
    el.requestUpdate();
    await el.updateComplete;
    expect(log.warnings).to.have.length(4);
  });

  it('keeps a country no data covers, with the advice to call the local emergency number, not another country’s', async () => {
    const el = await card(html`<recovery-info-card region="DE"></recovery-info-card>`);
    const help = text($(el, '.help'));
    expect(help).to.contain('call your local emergency number');
    expect(help).not.to.contain('999');
    expect($$(el, '.help a[href^="tel:"]')).to.have.length(0);
    expect(log.warnings).to.deep.equal([
      '<recovery-info-card>: region="DE" is not allowed (use GB, GB-ENG, GB-SCT, GB-WLS, GB-NIR, IE, US, CA, AU, NZ, or add DE in partner data); using the advice to call the local emergency number.',
    ]);
  });

  it('reads a boolean attribute written ="false" as off, as the partner meant, with a warning', async () => {
    const el = await card(html`<recovery-info-card hide-help="false" variant="compact" expanded=" FALSE "></recovery-info-card>`);
    expect($(el, '.help')).to.exist;
    expect([el.hideHelp, el.expanded]).to.deep.equal([false, false]);
    expect($(el, '.toggle')!.getAttribute('aria-expanded')).to.equal('false');
    expect(log.warnings).to.deep.equal([
      '<recovery-info-card>: hide-help="false" is not allowed (use hide-help alone for on, no hide-help for off); using off.',
      '<recovery-info-card>: expanded=" FALSE " is not allowed (use expanded alone for on, no expanded for off); using off.',
    ]);
    // Present in any other way, it is on, as in HTML.
    el.setAttribute('hide-help', '');
    el.setAttribute('expanded', 'expanded');
    await el.updateComplete;
    expect([el.hideHelp, el.expanded, !!$(el, '.help')]).to.deep.equal([true, true, false]);
    expect(log.warnings).to.have.length(2);
  });

  it('warns of a lang that is no language tag, and follows the page', async () => {
    const wrapper = await fixture(html`<div lang="cy"><recovery-info-card lang="en_GB"></recovery-info-card></div>`);
    const el = wrapper.querySelector('recovery-info-card')!;
    await el.updateComplete;
    expect(log.warnings).to.deep.equal([
      '<recovery-info-card>: lang="en_GB" is not allowed (use a language tag such as en-GB or cy); using the page’s language.',
    ]);
  });

  it('gives no verdict on its topic while a partner document that may hold it loads', async () => {
    const el = await card(html`<recovery-info-card topic="eating" content-src="/test-api/slow"></recovery-info-card>`);
    expect($(el, '#title')!.textContent).to.equal('Living with and recovering from self-harm');
    expect(log.warnings).to.deep.equal([]);
  });

  it('offers no number for a region it cannot read (it could be anywhere), and the default for a blank one', async () => {
    for (const region of ['Aotearoa', 'Québec', 'Deutschland']) {
      const el = await card(html`<recovery-info-card region=${region}></recovery-info-card>`);
      expect(text($(el, '.help'))).to.contain('call your local emergency number');
      expect($$(el, '.help a[href^="tel:"]')).to.have.length(0);
      expect(log.warnings.pop()).to.contain(`region="${region}" is not allowed`);
    }
    const blank = await card(html`<recovery-info-card region=" "></recovery-info-card>`);
    expect(text($(blank, '.help'))).to.contain('call 999');
    expect(log.warnings).to.deep.equal([]);
  });

  it('gives no verdict on its region while partner data that may cover it loads', async () => {
    const el = await card(html`<recovery-info-card region="DE" content-src="/test-api/slow"></recovery-info-card>`);
    expect(text($(el, '.help'))).to.contain('call your local emergency number');
    expect(log.warnings).to.deep.equal([]);
  });

  /** A GB card and a GB support finder side by side, and the finder's region picker. */
  async function cardAndFinder(finderDocument?: object) {
    await import('../src/recovery-support-finder/define.js');
    const wrapper = await fixture<HTMLElement>(html`<div>
      <recovery-info-card region="GB"></recovery-info-card><recovery-support-finder region="GB"
        >${finderDocument ? html`<script type="application/json" slot="content">${JSON.stringify(finderDocument)}</script>` : nothing}</recovery-support-finder
      >
    </div>`);
    const el = wrapper.querySelector<RecoveryInfoCard>('recovery-info-card')!;
    const finder = wrapper.querySelector('recovery-support-finder') as HTMLElement & { region: string; updateComplete: Promise<unknown> };
    await finder.updateComplete;
    return { wrapper, el, finder, picker: finder.shadowRoot!.querySelector<HTMLSelectElement>('#region')! };
  }

  it('follows the region the visitor chooses in a support finder on the page, until the partner sets its own again', async () => {
    const { wrapper, el, finder, picker } = await cardAndFinder();
    picker.value = 'CA';
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect($$(el, '.help a[href^="tel:"]').map((a) => a.getAttribute('href'))[0]).to.equal('tel:911');
    el.region = 'IE';
    await el.updateComplete;
    expect($$(el, '.help a[href^="tel:"]').map((a) => a.getAttribute('href'))[0]).to.equal('tel:112');
    // The visitor chooses again; the partner writing the attribute it already had wins too.
    picker.value = 'CA';
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect($$(el, '.help a[href^="tel:"]').map((a) => a.getAttribute('href'))[0]).to.equal('tel:911');
    el.setAttribute('region', 'IE');
    await el.updateComplete;
    expect($$(el, '.help a[href^="tel:"]').map((a) => a.getAttribute('href'))[0]).to.equal('tel:112');
    // Someone else's event, without a region or with something else, changes nothing.
    picker.value = 'CA';
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    document.dispatchEvent(new CustomEvent('recovery-region-change'));
    document.dispatchEvent(new CustomEvent('recovery-region-change', { detail: { region: { code: 'IE' } } }));
    document.dispatchEvent(new CustomEvent('recovery-region-change', { detail: { region: 'somewhere' } }));
    await el.updateComplete;
    expect($$(el, '.help a[href^="tel:"]').map((a) => a.getAttribute('href'))[0]).to.equal('tel:911');
    // A card added after the choice (a route change, a block shown later) follows it too.
    const later = document.createElement('recovery-info-card') as RecoveryInfoCard;
    later.setAttribute('region', 'GB');
    wrapper.append(later);
    await later.updateComplete;
    expect($$(later, '.help a[href^="tel:"]').map((a) => a.getAttribute('href'))[0]).to.equal('tel:911');
    // A card taken off the page while the visitor chose again follows the new choice when it is back.
    later.remove();
    picker.value = 'IE';
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    wrapper.append(later);
    await later.updateComplete;
    expect($$(later, '.help a[href^="tel:"]').map((a) => a.getAttribute('href'))[0]).to.equal('tel:112');
    // The partner sets the finder's region: the visitor's choice is gone, from the cards that followed it
    // too (they show their own region's number, not a choice the finder has dropped), and a new card shows its own.
    finder.region = 'AU';
    await finder.updateComplete;
    await later.updateComplete;
    expect($$(later, '.help a[href^="tel:"]').map((a) => a.getAttribute('href'))[0]).to.equal('tel:999');
    const fresh = document.createElement('recovery-info-card') as RecoveryInfoCard;
    fresh.setAttribute('region', 'GB');
    wrapper.append(fresh);
    await fresh.updateComplete;
    expect($$(fresh, '.help a[href^="tel:"]').map((a) => a.getAttribute('href'))[0]).to.equal('tel:999');
  });

  it('keeps following the visitor’s choice when the page keeps it in its own state (region set to what was chosen)', async () => {
    const { el, finder, picker } = await cardAndFinder();
    // React: region={r} and onRecoveryRegionChange={(e) => setR(e.detail.region)}.
    finder.addEventListener('recovery-region-change', (e) => (finder.region = (e as CustomEvent<{ region: string }>).detail.region));
    picker.value = 'CA';
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    await finder.updateComplete;
    await el.updateComplete;
    const calls = () => [finder.shadowRoot!.querySelector('.emergency a[href^="tel:"]')?.getAttribute('href'), $(el, '.help a[href^="tel:"]')?.getAttribute('href')];
    expect(calls()).to.deep.equal(['tel:911', 'tel:911']);
  });

  it('keeps the finder’s entry for a region only its data knows when the page passes the choice to the card too', async () => {
    const { el, finder, picker } = await cardAndFinder({
      version: 1,
      emergency: [{ region: 'IM', number: '999', text: 'On the Isle of Man, call 999.', source: 'https://partner.example/im' }],
    });
    await until(() => picker.querySelector('option[value=IM]'), 3000, 'the Isle of Man');
    // React: both get region={r}, and onRecoveryRegionChange sets r.
    finder.addEventListener('recovery-region-change', (e) => el.setAttribute('region', (e as CustomEvent<{ region: string }>).detail.region));
    picker.value = 'IM';
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect([text($(el, '.help p')), $(el, '.help a[href^="tel:"]')?.getAttribute('href')]).to.deep.equal(['On the Isle of Man, call 999.', 'tel:999']);
  });

  it('shows the finder’s emergency number for the region the visitor chose, where the finder’s partner data has its own', async () => {
    await import('../src/recovery-support-finder/define.js');
    const doc = {
      version: 1,
      emergency: [
        { region: 'GB', number: '999', text: 'Our words: call 999.', source: 'https://partner.example/gb' },
        { region: 'IE', number: '999', alt: '112', text: 'In an emergency, call 999 or 112.', source: 'https://partner.example/ie' },
      ],
    };
    const wrapper = await fixture<HTMLElement>(html`<div>
      <recovery-info-card></recovery-info-card>
      <recovery-support-finder><script type="application/json" slot="content">${JSON.stringify(doc)}</script></recovery-support-finder>
    </div>`);
    const el = wrapper.querySelector<RecoveryInfoCard>('recovery-info-card')!;
    const finder = wrapper.querySelector('recovery-support-finder')!;
    await until(() => text(finder.shadowRoot!.querySelector('.emergency')).includes('Our words'), 3000, 'the partner’s document');
    const picker = finder.shadowRoot!.querySelector<HTMLSelectElement>('#region')!;
    picker.value = 'IE';
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    const call = (root: Element, where: string) => root.shadowRoot!.querySelector(`${where} a[href^="tel:"]`)!.getAttribute('href');
    await until(() => text(finder.shadowRoot!.querySelector('.emergency')).includes('999 or 112'), 3000, 'Ireland in the finder');
    await el.updateComplete;
    expect([call(finder, '.emergency'), call(el, '.help')]).to.deep.equal(['tel:999', 'tel:999']);
  });

  it('shows the emergency number of a region only the finder’s partner data knows, when the visitor chooses it', async () => {
    await import('../src/recovery-support-finder/define.js');
    const doc = {
      version: 1,
      emergency: [{ region: 'IM', number: '999', text: 'In an emergency on the Isle of Man, call 999.', source: 'https://partner.example/im', verifiedAt: '2026-11-01' }],
    };
    const wrapper = await fixture<HTMLElement>(html`<div>
      <recovery-info-card></recovery-info-card>
      <recovery-support-finder content-src=${`/test-api/echo?body=${encodeURIComponent(JSON.stringify(doc))}`}></recovery-support-finder>
    </div>`);
    const el = wrapper.querySelector<RecoveryInfoCard>('recovery-info-card')!;
    const finder = wrapper.querySelector('recovery-support-finder')!;
    await until(() => finder.shadowRoot!.querySelector('#region option[value=IM]'), 5000, 'the Isle of Man in the picker');
    const picker = finder.shadowRoot!.querySelector<HTMLSelectElement>('#region')!;
    picker.value = 'IM';
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(text($(el, '.help'))).to.contain('In an emergency on the Isle of Man, call 999.');
    expect($$(el, '.help a[href^="tel:"]').map((a) => a.getAttribute('href'))[0]).to.equal('tel:999');
  });

  it('says when the help strip’s numbers were checked, and where they come from', async () => {
    const el = await card();
    const meta = $(el, '.help > :last-child')!;
    expect(text(meta)).to.equal('Numbers checked 25 November 2026 · Sources: emergency number, Samaritans');
    expect(Array.from(meta.querySelectorAll('a'), (a) => a.getAttribute('href'))).to.deep.equal([
      'https://www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/',
      'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
    ]);
    // In a screen reader's list of links, a source is no way to call, and the number says whose it is.
    const named = (a: Element) => a.getAttribute('aria-label') ?? text(a);
    expect(Array.from(meta.querySelectorAll('a'), named)).to.deep.equal(['Source: emergency number', 'Source: Samaritans']);
    expect($$(el, '.help a').map(named)).to.deep.equal(['Call 999', 'Call 116 123: Samaritans', 'Source: emergency number', 'Source: Samaritans']);
    // Two numbers from one source: one "Source", which says whose it is; the line named after its number, which its name may hold too.
    el.region = 'US';
    await el.updateComplete;
    expect(text($(el, '.help > :last-child'))).to.equal('Numbers checked 25 November 2026 · Source');
    expect($$(el, '.help a').map(named).slice(1)).to.deep.equal(['Call 988: 988 Suicide & Crisis Lifeline', 'Source: emergency number, 988 Suicide & Crisis Lifeline']);
    // No number: no source line.
    el.region = 'DE';
    await el.updateComplete;
    expect($(el, '.help > :last-child')!.textContent).not.to.contain('Source');
  });

  it('reads attributes forgivingly: any case, spaces around', async () => {
    const el = await card(html`<recovery-info-card variant=" Compact " region="ie" heading-level=" 3"></recovery-info-card>`);
    expect($(el, '.toggle')).to.exist;
    expect($(el, '#title')!.localName).to.equal('h3');
    expect($(el, '.help a')!.getAttribute('href')).to.equal('tel:112');
    expect(log.warnings).to.deep.equal([]);
  });

  describe('compact', () => {
    it('shows the summary and a native disclosure that opens with Enter and Space', async () => {
      const el = await card(html`<recovery-info-card variant="compact"></recovery-info-card>`);
      const button = $<HTMLButtonElement>(el, 'button.toggle')!;
      const more = $(el, '#more')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal('more');
      // "Read more" of what: two cards on a page are told apart.
      expect(text(el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!))).to.equal('Living with and recovering from self-harm');
      expect(more.hidden).to.equal(true);
      // The help strip comes first, with room before the button.
      expect(button.getBoundingClientRect().top - $(el, '.help')!.getBoundingClientRect().bottom).to.be.at.least(15);
      expect($(el, '.summary')!.offsetHeight).to.be.above(0);
      // The way to help stays visible while the rest is closed.
      expect($(el, '.help')!.offsetHeight).to.be.above(0);
      await expect(el).to.be.accessible();

      const toggles: boolean[] = [];
      el.addEventListener('recovery-toggle', (e) => toggles.push(e.detail.expanded));
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(more.hidden).to.equal(false);
      expect(el.hasAttribute('expanded')).to.equal(true);
      expect(button.textContent!.trim()).to.equal('Read less');
      await expect(el).to.be.accessible();

      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(more.hidden).to.equal(true);
      expect(el.hasAttribute('expanded')).to.equal(false);
      expect(toggles).to.deep.equal([true, false]);
      expect(el.shadowRoot!.activeElement).to.equal(button);
    });

    it('opens from the expanded attribute without firing an event', async () => {
      const el = await card(html`<recovery-info-card variant="compact" expanded></recovery-info-card>`);
      let fired = 0;
      el.addEventListener('recovery-toggle', () => fired++);
      expect($(el, '#more')!.hidden).to.equal(false);
      el.expanded = false;
      await el.updateComplete;
      expect($(el, '#more')!.hidden).to.equal(true);
      expect(fired).to.equal(0);
    });

    it('does not move what is above it when it opens', async () => {
      const el = await card(html`<recovery-info-card variant="compact"></recovery-info-card>`);
      const top = $(el, '.toggle')!.getBoundingClientRect().top;
      $<HTMLButtonElement>(el, '.toggle')!.click();
      await el.updateComplete;
      expect($(el, '.toggle')!.getBoundingClientRect().top).to.equal(top);
    });
  });

  it('fires recovery-link with the href and kind of a followed link', async () => {
    const el = await card(html`<recovery-info-card help-href="#support"></recovery-info-card>`);
    el.addEventListener('click', (e) => e.preventDefault());
    const seen: unknown[] = [];
    el.addEventListener('recovery-link', (e) => seen.push(e.detail));
    for (const selector of ['.source a', '.help a.urgent', '.help a[href$="#support"]']) {
      $(el, selector)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    }
    // A middle click opens a new tab (auxclick, not click): it counts too; a right click does not.
    const source = $(el, '.source a')!;
    source.dispatchEvent(new MouseEvent('auxclick', { bubbles: true, composed: true, cancelable: true, button: 1 }));
    source.dispatchEvent(new MouseEvent('auxclick', { bubbles: true, composed: true, cancelable: true, button: 2 }));
    const article = 'https://www.mentalhealthtoday.co.uk/disorders/self-harm/living-with-and-recovering-from-self-harm';
    expect(seen).to.deep.equal([
      { href: article, kind: 'source' },
      { href: 'tel:999', kind: 'help' },
      { href: new URL('#support', location.href).href, kind: 'help' },
      { href: article, kind: 'source' },
    ]);
  });

  it('bubbles its events out of the shadow root to the document', async () => {
    const el = await card(html`<recovery-info-card variant="compact"></recovery-info-card>`);
    const event = nextEvent<{ expanded: boolean }>(document, 'recovery-toggle');
    $<HTMLButtonElement>(el, '.toggle')!.click();
    expect((await event).detail).to.deep.equal({ expanded: true });
  });

  it('shows the partner’s call to action and footer slots', async () => {
    const el = await card(html`<recovery-info-card
      ><a slot="cta" href="/our-service">Talk to our team</a><p slot="footer">Shared by the Trust</p></recovery-info-card
    >`);
    const slots = $$<HTMLSlotElement>(el, 'slot[name=cta], slot[name=footer]');
    expect(slots.map((s) => s.assignedElements()[0].textContent)).to.deep.equal(['Talk to our team', 'Shared by the Trust']);
  });

  it('passes axe in light and dark, full and compact, at 320 px and 200% text', async () => {
    const el = await card(html`<recovery-info-card help-href="#x"></recovery-info-card>`);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await setViewport({ width: 320, height: 640 });
    el.style.setProperty('--recovery-font-size', '32px');
    await expect(el).to.be.accessible();
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    // "recovering" is wider than the card here: where the browser has the language's rules, it breaks with a hyphen.
    expect(getComputedStyle($(el, '#title')!).hyphens).to.equal('auto');
  });

  it('passes axe with theme="auto" under a dark colour scheme', async function () {
    // Firefox cannot emulate the scheme here: test/firefox-preferences/ covers it there.
    if (!(await media({ colorScheme: 'dark' }))) return this.skip();
    const el = await card(html`<recovery-info-card theme="auto" help-href="#x"></recovery-info-card>`);
    expect(getComputedStyle($(el, 'article')!).backgroundColor).to.equal('rgb(22, 25, 29)');
    await expect(el).to.be.accessible();
  });

  it('keeps 16 px text whatever the host’s root font size and text styles', async () => {
    const style = document.createElement('style');
    style.textContent = 'html { font-size: 62.5% } * { line-height: 0 !important; text-transform: uppercase !important; letter-spacing: 3px !important; color: red !important }';
    document.head.append(style);
    try {
      const el = await card();
      const p = getComputedStyle($(el, 'section p')!);
      expect(p.fontSize).to.equal('16px');
      expect(p.textTransform).to.equal('none');
      expect(p.letterSpacing).to.be.oneOf(['normal', '0px']);
      expect(p.color).to.equal('rgb(29, 33, 37)');
      expect(parseFloat(p.lineHeight)).to.be.at.least(22);
    } finally {
      style.remove();
    }
  });

  it('keeps lines readable: no paragraph wider than about 70 characters', async () => {
    await setViewport({ width: 1600, height: 900 });
    const el = await card();
    const p = $(el, 'section p')!;
    const chars = p.getBoundingClientRect().width / (parseFloat(getComputedStyle(p).fontSize) * 0.5);
    expect(chars).to.be.at.most(75);
  });

  it('prints everything, opened, with link addresses and no controls', async function () {
    const el = await card(html`<recovery-info-card variant="compact" help-href="/support/"></recovery-info-card>`);
    if (!(await media({ media: 'print' }))) return this.skip();
    expect(getComputedStyle($(el, '#more')!).display).to.equal('block');
    expect(getComputedStyle($(el, '.toggle')!).display).to.equal('none');
    expect(getComputedStyle($(el, '.source a')!, '::after').content).to.contain('https://www.mentalhealthtoday.co.uk/');
    // The partner's own page, given as a path, is written out in full.
    const more = $$<HTMLAnchorElement>(el, '.help a').find((a) => a.textContent == 'More ways to get support')!;
    expect(getComputedStyle(more, '::after').content).to.contain(`${location.origin}/support/`);
    // A dark card prints in the light colours: no dark panel behind black text.
    el.theme = 'dark';
    await el.updateComplete;
    for (const part of ['quote', 'help']) expect(getComputedStyle($(el, `[part~=${part}]`)!).backgroundColor).to.equal('rgb(242, 245, 247)');
    expect(getComputedStyle($(el, '.help')!).color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle($(el, '.help a.urgent')!).color).to.equal('rgb(164, 38, 44)');
  });

  it('replaces the partner’s light-DOM text with the card (before the script, see classic-script.test.ts)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('recovery-info-card');
    el.innerHTML = '<h2>Self-harm: support is here</h2><p>Read our guide to living with self-harm.</p>';
    host.append(el);
    await (el as RecoveryInfoCard).updateComplete;
    expect(el.querySelector('h2')!.getClientRects().length, 'the fallback is no longer rendered').to.equal(0);
    expect($(el, '#title')!.textContent).to.equal('Living with and recovering from self-harm');
    await expect(el).to.be.accessible();
  });

  it('lists a partner topic’s related reading and reports those links as related', async () => {
    const doc = {
      version: 1,
      topics: [
        {
          ...partnerTopic('Self-harm'),
          quotes: [],
          related: [{ title: 'Supporting someone who self-harms', url: 'https://partner.example/supporting', description: 'For family and friends.' }],
        },
      ],
    };
    // Two cards on one page: no two landmarks of the same name (axe's landmark-unique).
    const both = await fixture<HTMLElement>(html`<div>
      ${[1, 2].map(
        () => html`<recovery-info-card
          ><script type="application/json" slot="content">
            ${JSON.stringify(doc)}
          </script></recovery-info-card
        >`,
      )}
    </div>`);
    const [el, other] = Array.from(both.querySelectorAll<RecoveryInfoCard>('recovery-info-card'));
    const related = await until(() => $(el, '.related'), 3000, 'the partner topic');
    await until(() => $(other, '.related'), 3000, 'the second card’s partner topic');
    expect($(el, '#related')!.localName).to.equal('h3');
    const link = related.querySelector('a')!;
    expect(link.textContent).to.equal('Supporting someone who self-harms');
    expect(text(link.parentElement)).to.equal('Supporting someone who self-harms – For family and friends.');
    el.addEventListener('click', (e) => e.preventDefault());
    const event = nextEvent<{ href: string; kind: string }>(el, 'recovery-link');
    link.click();
    expect((await event).detail).to.deep.equal({ href: 'https://partner.example/supporting', kind: 'related' });
    await expect(both).to.be.accessible();
  });

  it('passes axe in every state of the compact card, light and dark, at double text size', async () => {
    const el = await card(html`<recovery-info-card variant="compact" help-href="#x"></recovery-info-card>`);
    for (const theme of ['light', 'dark'] as const) {
      for (const expanded of [false, true]) {
        for (const size of ['16px', '32px']) {
          el.theme = theme;
          el.expanded = expanded;
          el.style.setProperty('--recovery-font-size', size);
          await el.updateComplete;
          await expect(el).to.be.accessible();
        }
      }
    }
  });

  it('speaks the page’s English variant, and marks its English on a page in another language', async () => {
    const us = await card(html`<div lang="en-US"><recovery-info-card></recovery-info-card></div>`);
    const el = us.querySelector('recovery-info-card')!;
    await el.updateComplete;
    expect($(el, 'article')!.lang).to.equal('en-US');
    expect(text($(el, '.source'))).to.contain('November 26, 2026');
    // A bare "en", as nhs.uk and GOV.UK mark their pages, is British English, not Intl's American.
    const en = await card(html`<div lang="en"><recovery-info-card></recovery-info-card></div>`);
    const british = en.querySelector('recovery-info-card')!;
    await british.updateComplete;
    expect($(british, 'article')!.lang).to.equal('en-GB');
    expect(text($(british, '.source'))).to.contain('26 November 2026');
    const welsh = await card(html`<recovery-info-card lang="cy"></recovery-info-card>`);
    expect($(welsh, 'article')!.lang).to.equal('en-GB');
  });

  it('reads English left to right on a right-to-left page that asked for another language', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl"><recovery-info-card></recovery-info-card></div>`);
    const el = page.querySelector('recovery-info-card')!;
    await el.updateComplete;
    const article = $(el, 'article')!;
    expect([article.lang, article.dir, getComputedStyle(article).direction]).to.deep.equal(['en-GB', 'ltr', 'ltr']);
    // Arabic strings from the partner would be Arabic, right to left: the page's direction stands.
    const doc = { version: 1, lang: 'ar', strings: translation('ar', strings, { readMore: 'اقرأ المزيد' }) };
    const arabic = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl"><recovery-info-card
      ><script type="application/json" slot="content">
        ${JSON.stringify(doc)}
      </script></recovery-info-card
    ></div>`);
    const ar = arabic.querySelector('recovery-info-card')!;
    await until(() => $(ar, 'article')!.lang == 'ar', 3000, 'the Arabic strings');
    expect($(ar, 'article')!.hasAttribute('dir')).to.equal(false);
    expect(getComputedStyle($(ar, 'article')!).direction).to.equal('rtl');
    // ... and the built-in English topic inside is marked as English, and reads left to right.
    expect($(ar, '.summary')!.lang).to.equal('en-GB');
    expect($(ar, 'section')!.lang).to.equal('en-GB');
    expect(getComputedStyle($(ar, '.summary')!).direction).to.equal('ltr');
    expect(getComputedStyle($(ar, '[part=help] p[lang]')!).direction).to.equal('ltr');
  });

  it('keeps focus in the card when what held it goes: more closed by the partner, a link a document took away', async () => {
    const el = await card(html`<recovery-info-card variant="compact" expanded></recovery-info-card>`);
    $<HTMLAnchorElement>(el, '#more a')!.focus();
    el.expanded = false;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-expanded')).to.equal('false');
    // A full card: its root.
    const full = await card();
    $<HTMLAnchorElement>(full, 'figure a')!.focus();
    full.innerHTML = `<script type="application/json" slot="content">${JSON.stringify({ version: 1, topics: [{ ...partnerTopic('Ours'), quotes: [] }] })}</script>`;
    await until(() => $(full, '#title')?.textContent == 'Ours', 3000, 'the partner’s topic');
    expect(full.shadowRoot!.activeElement?.classList.contains('root')).to.equal(true);
  });

  it('speaks English, all of it marked so, when a translation lacks some of its strings', async () => {
    const doc = { version: 1, lang: 'cy', strings: { readMore: 'Darllen mwy', source: 'Ffynhonnell' } };
    const page = await fixture<HTMLDivElement>(html`<div lang="cy"><recovery-info-card variant="compact"
      ><script type="application/json" slot="content">
        ${JSON.stringify(doc)}
      </script></recovery-info-card
    ></div>`);
    const el = page.querySelector('recovery-info-card')!;
    await until(() => log.warnings.length > 0, 3000, 'the warning');
    await el.updateComplete;
    expect([$(el, 'article')!.lang, text($(el, '[aria-expanded]'))]).to.deep.equal(['en-GB', 'Read more']);
    expect(log.warnings).to.have.length(1);
    expect(log.warnings[0]).to.equal(
      '<recovery-info-card>: strings in "cy" lack readLess, helpHeading, helpAlwaysOpen, helpMore, emergencyUnknown, checked, call, callOn, sources, emergencyNumber, reviewed, nextReview, related; using English.',
    );
    expect(log.warnings[0]).not.to.contain('readMore');
  });
});
