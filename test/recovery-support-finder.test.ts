import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { Contact, Service } from '../src/content/types.js';
import type { RecoveryErrorDetail } from '../src/shared/events.js';
import '../src/recovery-support-finder/define.js';
import { navigation, stay } from '../src/recovery-support-finder/quick-exit.js';
import type { RecoverySupportFinder } from '../src/recovery-support-finder/recovery-support-finder.js';
import { REGIONS } from '../src/shared/regions.js';
import { partnerService, translation } from './support/fixtures.mjs';
import { strings as table } from '../src/recovery-support-finder/recovery-support-finder.strings.js';
import { $, $$, captureConsole, frames, nextEvent, press, settled, text, until } from './support/helpers.js';
import { media, resetMedia } from './support/media.js';

const EMERGENCY_GB = "If someone's life is at risk, or you have seriously hurt yourself, call 999 or go to A&E.";
// Thursday 26 November 2026 in London.
const THURSDAY_10AM = Date.UTC(2026, 10, 26, 10);
const THURSDAY_8PM = Date.UTC(2026, 10, 26, 20);

const names = (el: Element) => $$(el, '[part=results] > li h3').map((h) => h.textContent);
const serviceNamed = (el: Element, name: string) => $$(el, '.results > li').find((li) => li.querySelector('h3')!.textContent == name)!;
const count = (el: Element) => $(el, '[role=status] > .count')!.textContent!.trim();
const echo = (body: unknown) => `/test-api/echo?body=${encodeURIComponent(JSON.stringify(body))}`;

async function finder(template = html`<recovery-support-finder region="GB"></recovery-support-finder>`) {
  const el = await fixture<RecoverySupportFinder>(template);
  await el.updateComplete;
  return el;
}

async function choose(el: RecoverySupportFinder, selector: string) {
  const input = $<HTMLInputElement>(el, selector)!;
  input.click();
  await el.updateComplete;
}

/** Chooses a region in the picker, as the visitor does. */
async function chooseRegion(el: RecoverySupportFinder, value: string) {
  const picker = $<HTMLSelectElement>(el, '#region')!;
  picker.value = value;
  picker.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Presses Escape; the keys the page's own listeners on the document heard. */
async function escapeHeard(): Promise<string[]> {
  const heard: string[] = [];
  const listen = (e: KeyboardEvent) => heard.push(e.key);
  document.addEventListener('keydown', listen);
  try {
    await sendKeys({ press: 'Escape' });
  } finally {
    document.removeEventListener('keydown', listen);
  }
  return heard;
}

describe('<recovery-support-finder>', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(async () => {
    log.restore();
    sinon.restore();
    await setViewport({ width: 800, height: 600 });
  });

  describe('the emergency route', () => {
    it('puts the region’s free 24/7 line under the banner, above the filters, in view on a phone', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await finder();
      const line = $(el, '[part=line]')!;
      expect(text(line)).to.equal('To talk to someone now, free, 24 hours, every day: Samaritans, 116 123');
      const a = line.querySelector('a')!;
      expect([a.getAttribute('href'), a.getAttribute('aria-label')]).to.deep.equal(['tel:116123', 'Call 116 123: Samaritans']);
      expect(line.compareDocumentPosition($(el, 'form')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
      expect(a.getBoundingClientRect().bottom, 'on the first screen').to.be.below(640);
      const seen: unknown[] = [];
      el.addEventListener('recovery-contact', (e) => seen.push(e.detail));
      el.addEventListener('click', (e) => e.preventDefault());
      a.click();
      expect(seen).to.deep.equal([{ serviceId: 'samaritans', method: 'phone' }]);
      // Each region its own; none where no line serves all of it, or no data covers it.
      for (const [region, want] of [['US', '988'], ['AU', '13 11 14'], ['GB-SCT', '116 123'], ['DE', undefined]] as const) {
        el.region = region;
        await el.updateComplete;
        expect($(el, '[part=line] a')?.textContent, region).to.equal(want);
      }
    });

    it('never calls a line free and 24/7 under the banner when the partner’s copy of it says otherwise', async () => {
      // The partner's Samaritans, open on weekdays only (their data is what the finder lists).
      const theirs = { ...partnerService(1), id: 'samaritans', name: 'Samaritans', regions: ['GB', 'IE'], contacts: [{ method: 'phone', display: '116 123', href: 'tel:116123' }], crisis: true };
      const el = await finder(html`<recovery-support-finder region="GB" services-src=${echo({ version: 1, services: [theirs] })}></recovery-support-finder>`);
      await until(() => serviceNamed(el, 'Samaritans') && text(serviceNamed(el, 'Samaritans')).includes('Monday to Friday'), 3000, 'partner data');
      expect(text($(el, '[part=line]'))).not.to.contain('Samaritans');
    });

    it('keeps a built-in 24/7 line under the banner when a partner’s list replaces ours without one', async () => {
      const el = await finder(html`<recovery-support-finder region="GB" services-mode="replace" services-src=${echo({ version: 1, services: [partnerService(1)] })}></recovery-support-finder>`);
      await until(() => names(el)[0] == 'Partner service 1', 3000, 'partner data');
      expect($(el, '[part=line] a')!.getAttribute('href')).to.equal('tel:116123');
    });

    it('comes first, visible without a click, with the region’s own number', async () => {
      const el = await finder();
      const banner = $(el, '.emergency')!;
      expect(text(banner)).to.contain(EMERGENCY_GB);
      expect(banner.offsetHeight).to.be.above(0);
      expect($$<HTMLAnchorElement>(el, '.emergency a[href^="tel:"]').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:999', 'tel:112']);
      // Nothing but the heading comes before it.
      const first = $(el, '.root')!.firstElementChild!;
      expect(first.id).to.equal('title');
      expect(first.nextElementSibling).to.equal(banner);
      el.region = 'AU';
      await el.updateComplete;
      expect(text(banner)).to.contain('In an emergency call 000.');
    });

    it('stays through bad configuration, loading, failed partner data and no results', async () => {
      const bad = await finder(html`<recovery-support-finder region="Narnia" audience="pets" services-mode="all" topic="eating"></recovery-support-finder>`);
      expect(text($(bad, '.emergency'))).to.contain('call your local emergency number');
      // Each bad value is named once, as written, with what is allowed, even with no partner list to apply it to.
      expect(log.warnings.filter((w) => w.startsWith('<recovery-support-finder>')).map((w) => w.split(' is not allowed')[0])).to.have.members([
        '<recovery-support-finder>: region="Narnia"',
        '<recovery-support-finder>: audience="pets"',
        '<recovery-support-finder>: services-mode="all"',
        '<recovery-support-finder>: topic="eating"',
      ]);

      const loading = await finder(html`<recovery-support-finder region="GB" services-src="/test-api/slow"></recovery-support-finder>`);
      expect(text($(loading, '.emergency'))).to.contain(EMERGENCY_GB);

      const failed = document.createElement('recovery-support-finder');
      failed.setAttribute('region', 'GB');
      failed.setAttribute('services-src', '/test-api/status/500');
      const error = nextEvent(failed, 'recovery-error');
      document.body.append(failed);
      await error;
      expect(text($(failed, '.emergency'))).to.contain(EMERGENCY_GB);
      expect(names(failed)).to.include('Samaritans');
      failed.remove();

      const empty = await finder();
      await choose(empty, 'input[value=web]');
      await choose(empty, 'input[name=openNow]');
      expect(text($(empty, '.emergency'))).to.contain(EMERGENCY_GB);
    });

    it('takes a services-src or content-src that is no address, as a framework may pass it, for none, and a URL object for its address', async () => {
      // As @lit/react sets them before the first update (`servicesSrc={ours && url}`), then after it.
      for (const value of [false, 0, true, {}, [], null]) {
        const el = document.createElement('recovery-support-finder') as RecoverySupportFinder;
        (el as unknown as { servicesSrc: unknown }).servicesSrc = value;
        (el as unknown as { contentSrc: unknown }).contentSrc = value;
        document.body.append(el);
        try {
          await el.updateComplete;
          expect(text($(el, '.emergency')), String(value)).to.contain(EMERGENCY_GB);
          el.region = 'US';
          await el.updateComplete;
          expect($$<HTMLAnchorElement>(el, '.emergency a[href^="tel:"]').map((a) => a.getAttribute('href')), String(value)).to.deep.equal(['tel:911']);
        } finally {
          el.remove();
        }
      }
      expect(log.errors).to.deep.equal([]);
      const el = await finder();
      (el as unknown as { servicesSrc: unknown }).servicesSrc = new URL(echo({ version: 1, services: [partnerService(1)] }), location.href);
      await until(() => names(el).includes('Partner service 1'), 3000, 'partner data from a URL object');
      expect(log.errors).to.deep.equal([]);
    });

    it('gives a general instruction for a partner region with no emergency number', async () => {
      const el = await finder(html`<recovery-support-finder
        region="FR"
        services-src=${echo({ version: 1, services: [partnerService(1, { regions: ['FR'] })] })}
      ></recovery-support-finder>`);
      await until(() => names(el).includes('Partner service 1'), 3000, 'partner data');
      expect(text($(el, '.emergency'))).to.contain('call your local emergency number');
      expect($$(el, '.emergency a')).to.have.length(0);
    });

    it('puts its own banner where the partner’s fallback emergency paragraph was', async () => {
      const el = await finder(html`<recovery-support-finder region="IE"
        ><p>In an emergency call 112 or 999, or go to your nearest emergency department. <a href="tel:112">Call 112</a></p></recovery-support-finder
      >`);
      expect(el.querySelector('p')!.getClientRects().length, 'the fallback is no longer rendered').to.equal(0);
      expect(text($(el, '.emergency'))).to.contain('In an emergency call 112 or 999');
    });

    it('keeps a country no data covers, with a general instruction, in the picker, and says it has no services', async () => {
      const el = await finder(html`<recovery-support-finder region="DE"></recovery-support-finder>`);
      expect(text($(el, '.emergency'))).to.equal('Emergency. If someone’s life is at risk, or you have seriously hurt yourself, call your local emergency number now or go to the nearest hospital emergency department.');
      expect($$(el, '.emergency a')).to.have.length(0);
      const picker = $<HTMLSelectElement>(el, '#region')!;
      expect(picker.value).to.equal('DE');
      expect(picker.selectedOptions[0].textContent).to.equal('Germany');
      expect(names(el)).to.deep.equal([]);
      expect(text($(el, '.empty'))).to.equal('There are no services for Germany in this list.');
      expect([!!$(el, 'fieldset'), !!$(el, '.count')]).to.deep.equal([false, false]);
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain('region="DE" is not allowed (use GB,');
      // The visitor can look at another region, and come back.
      await chooseRegion(el, 'GB');
      expect(text($(el, '.emergency'))).to.contain(EMERGENCY_GB);
      await chooseRegion(el, 'DE');
      expect(text($(el, '.emergency'))).to.contain('call your local emergency number');
    });

    it('reads a region it cannot name as another country: no other country’s number, and the visitor can choose', async () => {
      const el = await finder(html`<recovery-support-finder region="Québec"></recovery-support-finder>`);
      expect(text($(el, '.emergency'))).to.equal('Emergency. If someone’s life is at risk, or you have seriously hurt yourself, call your local emergency number now or go to the nearest hospital emergency department.');
      expect($$(el, '.emergency a')).to.have.length(0);
      const picker = $<HTMLSelectElement>(el, '#region')!;
      expect([picker.value, picker.selectedOptions[0].textContent]).to.deep.equal(['ZZ', 'Another country']);
      expect(names(el)).to.deep.equal([]);
      expect(text($(el, '.empty'))).to.equal('This list does not cover where you are. If your country is above, choose it to see its helplines.');
      // Nothing to filter, and no "0 services": the picker, and what to do.
      expect([!!$(el, 'fieldset'), !!$(el, '.count')]).to.deep.equal([false, false]);
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain('region="Québec" is not allowed (use GB,');
      await chooseRegion(el, 'GB');
      expect(text($(el, '.emergency'))).to.contain(EMERGENCY_GB);
      const blank = await finder(html`<recovery-support-finder region=""></recovery-support-finder>`);
      expect(text($(blank, '.emergency'))).to.contain(EMERGENCY_GB);
      expect(log.warnings).to.have.length(1);
      await expect(el).to.be.accessible();
      // Offered on every finder, last: a visitor from a country the list does not cover is not left with 999.
      expect($$<HTMLOptionElement>(blank, '#region option').map((o) => o.value)).to.deep.equal(['GB', 'GB-ENG', 'GB-SCT', 'GB-WLS', 'GB-NIR', 'IE', 'US', 'CA', 'AU', 'NZ', 'ZZ']);
      // Partner data with an entry for "ZZ" (their words for anywhere else): still once, last.
      const theirs = await finder(html`<recovery-support-finder
        ><script type="application/json" slot="content">${JSON.stringify({ version: 1, emergency: [{ region: 'ZZ', number: '112', text: 'Call your local emergency number, or 112.', source: 'https://partner.example/' }] })}</script></recovery-support-finder
      >`);
      await chooseRegion(theirs, 'ZZ');
      await until(() => text($(theirs, '.emergency')).includes('or 112.'), 3000, 'the partner’s words for anywhere else');
      expect($$<HTMLOptionElement>(theirs, '#region option').map((o) => o.value).filter((v) => v == 'ZZ')).to.have.length(1);
      await chooseRegion(blank, 'ZZ');
      expect(text($(blank, '.emergency'))).to.equal('Emergency. If someone’s life is at risk, or you have seriously hurt yourself, call your local emergency number now or go to the nearest hospital emergency department.');
      expect(text($(blank, '.empty'))).to.contain('This list does not cover where you are.');
    });

    it('keeps focus in the finder when the filters go from under it', async () => {
      const el = await finder();
      const box = $<HTMLInputElement>(el, 'input[value=sms]')!;
      box.focus();
      el.region = 'DE';
      await el.updateComplete;
      expect(!!$(el, 'fieldset')).to.equal(false);
      expect(el.shadowRoot!.activeElement?.id).to.equal('region');
    });

    it('serves a part of a country it knows as that country, named in the picker', async () => {
      const el = await finder(html`<recovery-support-finder region="US-CA"></recovery-support-finder>`);
      expect(text($(el, '.emergency'))).to.contain('In an emergency call 911.');
      expect(names(el)).to.include('988 Suicide & Crisis Lifeline');
      const picker = $<HTMLSelectElement>(el, '#region')!;
      expect([picker.value, picker.selectedOptions[0].textContent]).to.deep.equal(['US-CA', 'United States (US-CA)']);
      expect(log.warnings).to.deep.equal([]);
    });

    it('decides on a region once partner data for it fails to arrive', async () => {
      const el = document.createElement('recovery-support-finder') as RecoverySupportFinder;
      el.setAttribute('region', 'Narnia');
      el.setAttribute('services-src', '/test-api/status/404');
      const failed = nextEvent(el, 'recovery-error');
      document.body.append(el);
      try {
        await failed;
        await el.updateComplete;
        expect(text($(el, '.emergency'))).to.contain('call your local emergency number');
        expect(log.warnings.some((w) => w.includes('region="Narnia" is not allowed'))).to.equal(true);
      } finally {
        el.remove();
      }
    });

    it('shows no other country’s number while partner data for its region is on its way', async () => {
      const el = await finder(html`<recovery-support-finder region="FR" services-src="/test-api/slow"></recovery-support-finder>`);
      expect(text($(el, '.emergency'))).to.contain('call your local emergency number');
      expect($$(el, '.emergency a')).to.have.length(0);
      expect($<HTMLSelectElement>(el, '#region')!.value).to.equal('FR');
      expect(log.warnings).to.deep.equal([]);
    });

    it('says when the emergency number was checked, and where it comes from', async () => {
      const el = await finder();
      const meta = $(el, '.emergency .meta')!;
      expect(text(meta)).to.equal('Checked 25 November 2026 · Source: Emergency');
      expect(meta.querySelector('a')!.getAttribute('href')).to.equal('https://www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/');
    });
  });

  describe('services', () => {
    it('lists the region’s services, crisis lines first, with real links, hours, state, cost and checks', async () => {
      const clock = sinon.useFakeTimers({ now: THURSDAY_10AM, toFake: ['Date'] });
      const el = await finder();
      clock.restore();
      expect(names(el)).to.deep.equal([
        'Samaritans', 'Shout', 'NHS 111 (mental health option)', 'Childline', 'Papyrus HOPELINE247',
        'CALM (Campaign Against Living Miserably)', 'Mind Infoline', 'NHS Talking Therapies', 'selfharmUK', 'Harmless',
      ]);
      expect(count(el)).to.equal('10 services');
      const samaritans = serviceNamed(el, 'Samaritans');
      // Each link says whose it is to a screen reader listing the page's links ("Webchat" alone could be anyone's).
      expect(Array.from(samaritans.querySelectorAll('.contacts a')).map((a) => [a.getAttribute('href'), a.textContent!.trim()])).to.deep.equal([
        ['tel:116123', 'Call 116 123: Samaritans'],
        ['mailto:jo@samaritans.org', 'Email jo@samaritans.org: Samaritans'],
      ]);
      expect(samaritans.querySelector('.contacts a .sr-only')!.textContent).to.equal(': Samaritans');
      expect(text(samaritans.querySelector('.status'))).to.equal('Open 24 hours, every day');
      expect(text(samaritans.querySelector('.meta'))).to.contain('Checked 25 November 2026');
      expect(samaritans.querySelector<HTMLAnchorElement>('.meta a')!.href).to.equal('https://www.samaritans.org/how-we-can-help/contact-samaritan/');
      // Chat and web links open the service's site with no opener and no referrer; calls and emails carry neither attribute.
      const childline = serviceNamed(el, 'Childline');
      expect(Array.from(childline.querySelectorAll('.contacts a'), (a) => [a.getAttribute('href')!.split(':')[0], a.getAttribute('rel')])).to.deep.equal([
        ['tel', null],
        ['https', 'noopener noreferrer'],
      ]);
      expect(Array.from(samaritans.querySelectorAll('.meta a'), (a) => a.getAttribute('rel'))).to.deep.equal(['noopener noreferrer', 'noopener noreferrer']);
      // However the partner writes the scheme.
      el.innerHTML = `<script type="application/json" slot="content">${JSON.stringify({
        version: 1,
        services: [partnerService(1, { contacts: [{ method: 'chat', display: 'Start a chat', href: 'HTTPS://chat.example.org/start' }] })],
      })}</script>`;
      await until(() => names(el).includes('Partner service 1'), 3000, 'the inline document');
      expect(serviceNamed(el, 'Partner service 1').querySelector('.contacts a')!.getAttribute('rel')).to.equal('noopener noreferrer');
      // A list of the page's links says whose source and website each is.
      expect(Array.from(samaritans.querySelectorAll('.meta a'), (a) => a.textContent)).to.deep.equal(['Source: Samaritans', 'Website: Samaritans']);
      expect(samaritans.querySelector('.meta .sr-only')!.getBoundingClientRect().width).to.be.at.most(1);
      const shout = serviceNamed(el, 'Shout');
      expect(shout.querySelector('.contacts a')!.getAttribute('href')).to.equal('sms:85258?body=SHOUT');
      expect(shout.querySelector('.contacts a')!.textContent!.trim()).to.equal('Text SHOUT to 85258: Shout');
      // A text-only number says so; "Text 988" in the data is not doubled.
      el.region = 'AU';
      await el.updateComplete;
      const lifeline = serviceNamed(el, 'Lifeline Australia');
      expect(Array.from(lifeline.querySelectorAll('.contacts a')).map((a) => a.textContent!.trim())).to.deep.equal(['Call 13 11 14', 'Text 0477 13 11 14', 'Online chat'].map((a) => `${a}: Lifeline Australia`));
      el.region = 'US';
      await el.updateComplete;
      expect(serviceNamed(el, '988 Suicide & Crisis Lifeline').querySelector('a[href^="sms:"]')!.textContent!.trim()).to.equal('Text 988: 988 Suicide & Crisis Lifeline');
      el.region = 'GB';
      await el.updateComplete;
      const calm = serviceNamed(el, 'CALM (Campaign Against Living Miserably)');
      expect(text(calm.querySelector('.status'))).to.match(/^Closed now\. Opens today at 17:00/);
      // Its call button is drawn apart, and names the closed state to a screen reader.
      const call = calm.querySelector<HTMLAnchorElement>('.contacts a')!;
      expect(getComputedStyle(call).borderTopStyle).to.equal('dashed');
      expect(el.shadowRoot!.getElementById(call.getAttribute('aria-describedby')!)).to.equal(calm.querySelector('.status'));
      expect(getComputedStyle(serviceNamed(el, 'Samaritans').querySelector('.contacts a')!).borderTopStyle).to.equal('solid');
      expect(text(serviceNamed(el, 'Mind Infoline').querySelector('.facts'))).to.contain('England and Wales only · Calls cost the local rate.');
      expect(text(calm.querySelector('.hours'))).to.match(/^Every day, 17:00 to midnight/);
      expect(text(calm.querySelector('.facts'))).to.contain('Not a crisis service');
      const mind = serviceNamed(el, 'Mind Infoline');
      expect(text(mind.querySelector('.status'))).to.match(/^Open now, until 18:00/);
      expect(text(mind.querySelector('.facts'))).to.contain('May cost money');
      expect(text(mind.querySelector('.facts'))).to.contain('Calls cost the local rate.');
      expect(text(mind.querySelector('.facts'))).to.contain('England and Wales only');
      expect(text(serviceNamed(el, 'Childline').querySelector('.facts'))).to.contain('Under 19');
      // An age limit that does not stop a parent calling says so.
      expect(text(serviceNamed(el, 'Papyrus HOPELINE247').querySelector('.facts'))).to.contain('Under 35, and anyone worried about them');
      expect(serviceNamed(el, 'selfharmUK').querySelector('.status')).to.equal(null);
    });

    it('gives a partner’s contact its verb once (not "Call Call us free"), and a text its keyword in words', async () => {
      const contacts = [
        { method: 'phone', display: 'Call us free on 0808 157 0000', href: 'tel:08081570000' },
        { method: 'email', display: 'Email us', href: 'mailto:help@partner.example' },
        { method: 'phone', display: 'Callback line', href: 'tel:01632960009' },
        // The keyword only in the link: a phone that drops it leaves the visitor to type it, so it is written out.
        { method: 'sms', display: '07700 900123', href: 'sms:07700900123?body=NORTH' },
        // Percent-encoded in the link: written out as the visitor types it; a control character in it is no keyword to show.
        { method: 'sms', display: '07700 900124', href: 'sms:07700900124?body=HEL%C3%94' },
        { method: 'sms', display: '07700 900125', href: 'sms:07700900125?body=HI%00THERE' },
      ] satisfies Contact[];
      const doc = { version: 1, services: [partnerService(1, { contacts })] };
      const el = await finder(html`<recovery-support-finder region="GB" services-mode="replace"
        ><script type="application/json" slot="content">${JSON.stringify(doc)}</script></recovery-support-finder
      >`);
      await until(() => names(el).includes('Partner service 1'), 3000, 'partner data');
      const links = Array.from(serviceNamed(el, 'Partner service 1').querySelectorAll('.contacts a'), (a) => a.textContent!.split(':')[0].trim());
      expect(links).to.deep.equal(['Call us free on 0808 157 0000', 'Email us', 'Call Callback line', 'Text NORTH to 07700 900123', 'Text HELÔ to 07700 900124', 'Text 07700 900125']);
      // Reworded in English, "Text {display}" does not take the keyword away.
      const reworded = await finder(html`<recovery-support-finder region="GB" services-mode="replace"
        ><script type="application/json" slot="content">${JSON.stringify({ ...doc, strings: { 'action.smsNumber': 'Send a text to {display}' } })}</script></recovery-support-finder
      >`);
      await until(() => names(reworded).includes('Partner service 1'), 3000, 'the reworded document');
      expect(serviceNamed(reworded, 'Partner service 1').querySelectorAll('.contacts a')[3].textContent!.split(':')[0].trim()).to.equal('Text NORTH to 07700 900123');
      // In a partner's language, their words.
      const strings = translation('cy', table, { 'action.smsNumber': 'Tecstiwch {display}', 'action.smsKeyword': 'Tecstiwch {keyword} i {display}' });
      const welsh = await finder(html`<recovery-support-finder region="GB" services-mode="replace"
        ><script type="application/json" slot="content">${JSON.stringify({ ...doc, lang: 'cy', strings })}</script></recovery-support-finder
      >`);
      await until(() => names(welsh).includes('Partner service 1'), 3000, 'the Welsh document');
      const texts = Array.from(serviceNamed(welsh, 'Partner service 1').querySelectorAll('.contacts a')).slice(3).map((a) => a.textContent!.split(':')[0].trim());
      expect(texts).to.deep.equal(['Tecstiwch NORTH i 07700 900123', 'Tecstiwch HELÔ i 07700 900124', 'Tecstiwch 07700 900125']);
    });

    it('writes a partner’s age limits plainly, and none for a range that covers everyone', async () => {
      const ages: [number, number][] = [[0, 17], [18, 120], [11, 25], [0, 120], [0, 130]];
      const doc = { version: 1, services: ages.map((ageRange, i) => partnerService(i, { ageRange })) };
      const el = await finder(html`<recovery-support-finder region="GB" services-mode="replace"
        ><script type="application/json" slot="content">${JSON.stringify(doc)}</script></recovery-support-finder
      >`);
      await until(() => names(el).includes('Partner service 4'), 3000, 'partner data');
      expect(ages.map((_, i) => text(serviceNamed(el, `Partner service ${i}`).querySelector('.facts')))).to.deep.equal([
        'Free · Not a crisis service · Under 18',
        'Free · Not a crisis service · 18 and over',
        'Free · Not a crisis service · Ages 11 to 25',
        'Free · Not a crisis service',
        'Free · Not a crisis service',
      ]);
    });

    it('keeps its own words where a partner’s translation lost a placeholder: no emergency button without its number', async () => {
      // In English: that one string is the built-in one.
      const english = await finder(html`<recovery-support-finder region="GB"
        ><script type="application/json" slot="content">${JSON.stringify({ version: 1, strings: { call: 'Ring {num}', emergencyHeading: 'Emergency!' } })}</script></recovery-support-finder
      >`);
      await until(() => text($(english, '.emergency')).startsWith('Emergency!'), 3000, 'the partner’s strings');
      expect($$(english, '.emergency a[href^="tel:"]').map((a) => a.textContent)).to.deep.equal(['Call 999', 'Call 112']);
      expect(log.warnings).to.deep.equal(['<recovery-support-finder>: strings.call="Ring {num}" is not allowed (use {number} in it); using the built-in words.']);
      log.warnings.length = 0;
      // In another language: none of the translation, which now lacks those strings (an English one among Welsh ones would be read in a Welsh voice).
      const strings = translation('cy', table, { call: 'Ffoniwch {rhif}', callOn: 'Ffoniwch', emergencyHeading: 'Argyfwng', 'results.one': 'Un gwasanaeth', 'results.other': '{n} gwasanaeth' });
      const el = await finder(html`<recovery-support-finder region="GB" lang="cy"
        ><script type="application/json" slot="content">${JSON.stringify({ version: 1, lang: 'cy', strings })}</script></recovery-support-finder
      >`);
      await until(() => log.warnings.length == 3, 3000, 'the warnings');
      await el.updateComplete;
      expect([text($(el, '.emergency')).split('.')[0], $(el, 'section')!.lang]).to.deep.equal(['Emergency', 'en-GB']);
      expect($$(el, '.emergency a[href^="tel:"]').map((a) => a.textContent)).to.deep.equal(['Call 999', 'Call 112']);
      expect($(el, '.line a')!.getAttribute('aria-label')).to.equal('Call 116 123: Samaritans');
      expect(count(el)).to.match(/^\d+ services$/);
      expect(log.warnings).to.deep.equal([
        '<recovery-support-finder>: strings.call="Ffoniwch {rhif}" is not allowed (use {number} in it); using the built-in words.',
        '<recovery-support-finder>: strings.callOn="Ffoniwch" is not allowed (use {name} and {number} in it); using the built-in words.',
        '<recovery-support-finder>: strings in "cy" lack call, callOn; using English.',
      ]);
    });

    it('marks a zone name the browser gives in English, under another language’s strings', async () => {
      await executeServerCommand('set-timezone', { timeZone: 'Pacific/Auckland' });
      try {
        const doc = { version: 1, lang: 'cy', strings: translation('cy', table, { finderTitle: 'Dod o hyd i gymorth' }) };
        const el = await finder(html`<recovery-support-finder region="GB"
          ><script type="application/json" slot="content">${JSON.stringify(doc)}</script></recovery-support-finder
        >`);
        await until(() => $(el, '#title')!.textContent == 'Dod o hyd i gymorth', 3000, 'the Welsh strings');
        const zone = serviceNamed(el, 'Mind Infoline').querySelector('.hours span')!;
        const english = new Intl.DateTimeFormat('en', { timeZone: 'Europe/London', timeZoneName: 'longGeneric' }).formatToParts(0).find((p) => p.type == 'timeZoneName')!.value;
        // Chromium has no Welsh zone names, Firefox has: either way the markup says what language it is.
        expect(zone.getAttribute('lang')).to.equal(zone.textContent == english ? 'en' : null);
      } finally {
        await executeServerCommand('set-timezone', { timeZone: '' });
      }
    });

    it('computes open now in the service’s time zone, whatever the visitor’s, and names the zone', async () => {
      await executeServerCommand('set-timezone', { timeZone: 'Pacific/Auckland' });
      try {
        const clock = sinon.useFakeTimers({ now: THURSDAY_8PM, toFake: ['Date'] });
        const el = await finder();
        clock.restore();
        const calm = serviceNamed(el, 'CALM (Campaign Against Living Miserably)');
        expect(text(calm.querySelector('.status'))).to.equal('Open now, until midnight (United Kingdom Time)');
        expect(text(calm.querySelector('.hours'))).to.equal('Every day, 17:00 to midnight (United Kingdom Time)');
        // Sunday 23:00 in Auckland, Sunday 10:00 in London: the same weekday, but "today at 17:00" would be past
        // for this visitor, whose 17:00 London is Monday morning. The day is named.
        const sunday = sinon.useFakeTimers({ now: Date.UTC(2026, 11, 6, 10, 0), toFake: ['Date'] });
        const later = await finder();
        sunday.restore();
        expect(text(serviceNamed(later, 'CALM (Campaign Against Living Miserably)').querySelector('.status'))).to.equal(
          'Closed now. Opens Sunday at 17:00 (United Kingdom Time)',
        );
      } finally {
        await executeServerCommand('set-timezone', { timeZone: '' });
      }
      // Monday 20:00 in New York, Tuesday 01:00 in London: "today" would say Monday to this visitor.
      await executeServerCommand('set-timezone', { timeZone: 'America/New_York' });
      try {
        const clock = sinon.useFakeTimers({ now: Date.UTC(2026, 10, 24, 1, 0), toFake: ['Date'] });
        const el = await finder();
        clock.restore();
        expect(text(serviceNamed(el, 'CALM (Campaign Against Living Miserably)').querySelector('.status'))).to.equal(
          'Closed now. Opens Tuesday at 17:00 (United Kingdom Time)',
        );
        // Saturday 24 October, 19:30 in New York, 00:30 BST in London: the clocks go back at 02:00, so
        // Sunday's 17:00 is GMT. The zone is named for the whole year, not as it is at this minute.
        const dst = sinon.useFakeTimers({ now: Date.UTC(2026, 9, 24, 23, 30), toFake: ['Date'] });
        const before = await finder();
        dst.restore();
        expect(text(serviceNamed(before, 'CALM (Campaign Against Living Miserably)').querySelector('.status'))).to.equal(
          'Closed now. Opens Sunday at 17:00 (United Kingdom Time)',
        );
      } finally {
        await executeServerCommand('set-timezone', { timeZone: '' });
      }
      await executeServerCommand('set-timezone', { timeZone: 'Europe/London' });
      try {
        const clock = sinon.useFakeTimers({ now: THURSDAY_8PM, toFake: ['Date'] });
        const el = await finder();
        clock.restore();
        expect(text(serviceNamed(el, 'CALM (Campaign Against Living Miserably)').querySelector('.status'))).to.equal('Open now, until midnight');
      } finally {
        await executeServerCommand('set-timezone', { timeZone: '' });
      }
    });

    it('never moves a service from under the visitor’s focus when the clock changes an "open now" list', async () => {
      const clock = sinon.useFakeTimers({ now: Date.UTC(2026, 10, 26, 16, 59, 30), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      const el = await finder(html`<recovery-support-finder region="GB" quick-exit></recovery-support-finder>`);
      await choose(el, 'input[name=openNow]');
      const before = names(el);
      expect(before).to.include('Mind Infoline').and.not.include('CALM (Campaign Against Living Miserably)');
      const call = serviceNamed(el, 'Mind Infoline').querySelector('a')!;
      call.focus();
      // 17:00: CALM opens and would come first among the lines that are not crisis lines.
      await clock.tickAsync(31_000);
      await el.updateComplete;
      expect(names(el)).to.deep.equal(before);
      expect(el.shadowRoot!.activeElement).to.equal(call);
      expect(text(call)).to.equal('Call 0300 123 3393: Mind Infoline');
      expect(count(el)).to.equal(`${before.length} services`);
      // Each held service's state is still the time's.
      expect(text(serviceNamed(el, 'Mind Infoline').querySelector('.status'))).to.match(/^Open now, until 18:00/);
      // Nor does an update for something else: one Shift press (quick exit) says how many more to leave.
      for (const type of ['keydown', 'keyup']) document.dispatchEvent(new KeyboardEvent(type, { key: 'Shift' }));
      await el.updateComplete;
      expect(text($(el, '.hint [role=status]'))).to.match(/Shift/);
      expect(names(el)).to.deep.equal(before);
      expect(el.shadowRoot!.activeElement).to.equal(call);
      // Out of the list, it catches up.
      $<HTMLInputElement>(el, 'input[name=openNow]')!.focus();
      await el.updateComplete;
      expect(names(el)).to.include('CALM (Campaign Against Living Miserably)');
      expect(count(el)).to.equal(`${before.length + 1} services`);
    });

    it('never moves a service from under the visitor’s focus when partner data arrives late', async () => {
      const doc = { version: 1, services: [partnerService(1, { crisis: true, hours: { timeZone: 'Europe/London', alwaysOpen: true } })] };
      const el = await finder(html`<recovery-support-finder region="GB"></recovery-support-finder>`);
      const call = serviceNamed(el, 'Samaritans').querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
      call.focus();
      const url = `${echo(doc)}&late=${Math.random()}`;
      el.servicesSrc = url;
      await until(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith(url)), 3000, 'partner data');
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
      // The focused link still calls the service the visitor heard.
      expect(el.shadowRoot!.activeElement).to.equal(call);
      expect(call.getAttribute('href')).to.equal('tel:116123');
      expect(call.closest('.results > li')!.querySelector('h3')!.textContent).to.equal('Samaritans');
      // Out of the list, even to the host page, the partner's service comes.
      const outside = document.createElement('button');
      el.after(outside);
      try {
        outside.focus();
        await el.updateComplete;
        expect(names(el)[0]).to.equal('Partner service 1');
      } finally {
        outside.remove();
      }
    });

    it('updates open now on the minute, with a timer only while the page is visible', async () => {
      const clock = sinon.useFakeTimers({ now: Date.UTC(2026, 10, 26, 16, 59, 30), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      const el = await finder();
      const status = () => text(serviceNamed(el, 'CALM (Campaign Against Living Miserably)').querySelector('.status'));
      expect(status()).to.match(/^Closed now/);
      expect(clock.countTimers()).to.equal(1);
      await clock.tickAsync(31_000);
      await el.updateComplete;
      expect(status()).to.match(/^Open now, until midnight/);
      sinon.stub(document, 'hidden').get(() => true);
      document.dispatchEvent(new Event('visibilitychange'));
      expect(clock.countTimers()).to.equal(0);
      el.remove();
    });

    it('renders no tel: or sms: link that is not in the checked data file, in any region', async () => {
      const data = await (await fetch('/data/support-services.json')).json();
      const checked = new Set<string>([
        ...data.services.flatMap((s: Service) => s.contacts.map((c) => c.href)),
        ...data.emergency.flatMap((e: { number: string; alt?: string }) => [`tel:${e.number}`, ...(e.alt ? [`tel:${e.alt}`] : [])]),
      ]);
      const el = await finder();
      let links = 0;
      for (const region of REGIONS) {
        el.region = region;
        await el.updateComplete;
        for (const a of $$<HTMLAnchorElement>(el, 'a[href^="tel:"], a[href^="sms:"]')) {
          links++;
          expect(checked.has(a.getAttribute('href')!), `${region}: ${a.getAttribute('href')}`).to.equal(true);
        }
      }
      expect(links).to.be.above(30);
    });

    it('shows a partner’s services first (merge), or only theirs (replace), never without the emergency number', async () => {
      const doc = { version: 1, services: [partnerService(1, { crisis: true, hours: { timeZone: 'Europe/London', alwaysOpen: true } })] };
      const merged = await finder(html`<recovery-support-finder region="GB" services-src=${echo(doc)}></recovery-support-finder>`);
      await until(() => names(merged)[0] == 'Partner service 1', 3000, 'partner data');
      expect(names(merged)).to.include('Samaritans');
      const replaced = await finder(html`<recovery-support-finder region="GB" services-mode="replace" services-src=${echo(doc)}></recovery-support-finder>`);
      await until(() => names(replaced)[0] == 'Partner service 1', 3000, 'partner data');
      expect(names(replaced)).to.deep.equal(['Partner service 1']);
      expect(text($(replaced, '.emergency'))).to.contain(EMERGENCY_GB);
    });

    it('says the region’s 24/7 lines are all there is when a replacing list has nothing for it', async () => {
      const el = await finder(html`<recovery-support-finder region="IE" services-mode="replace" services-src=${echo({ version: 1, services: [partnerService(1)] })}></recovery-support-finder>`);
      await until(() => text($(el, '.empty')) == 'There are no other services for Ireland in this list.', 3000, 'partner data');
      expect($$(el, '.fallback li h3').map((h) => h.textContent)).to.include('Samaritans');
    });

    it('shows a service in both content-src and services-src once, as services-src has it', async () => {
      const always = { timeZone: 'Europe/London', alwaysOpen: true } as const;
      const content = { version: 1, services: [partnerService(1, { name: 'Old copy' }), partnerService(2)] };
      const newer = { version: 1, services: [partnerService(1, { name: 'New copy', crisis: true, hours: always })] };
      const el = await finder(html`<recovery-support-finder
        region="GB"
        services-mode="replace"
        ><script type="application/json" slot="content">${JSON.stringify(content)}</script></recovery-support-finder
      >`);
      await until(() => names(el).includes('Old copy'), 3000, 'content document');
      el.servicesSrc = echo(newer);
      await until(() => names(el).includes('New copy'), 3000, 'services-src');
      expect(names(el)).to.deep.equal(['New copy', 'Partner service 2']);
      expect(el.shadowRoot!.querySelectorAll('[id="s-partner-1"]')).to.have.length(1);
    });

    it('skips invalid partner records, one warning each and one recovery-error for them all, and keeps the valid ones', async () => {
      const bad = partnerService(2, { contacts: [{ method: 'phone', display: 'Call us', href: 'tel:0800 BAD' }] });
      const worse = { ...partnerService(3), contacts: [{ method: 'web', display: 'Site', href: 'javascript:alert(1)' }] };
      // Written as people write numbers: kept, and the link dials the digits.
      const spaced = partnerService(4, { contacts: [{ method: 'phone', display: '0808 157 0000', href: 'tel:0808 157-0000' }] });
      const src = echo({ version: 1, services: [partnerService(1), bad, worse, spaced] });
      const heard: CustomEvent<RecoveryErrorDetail>[] = [];
      const listen = (e: Event) => heard.push(e as CustomEvent<RecoveryErrorDetail>);
      document.addEventListener('recovery-error', listen);
      try {
        const el = await finder(html`<recovery-support-finder region="GB" services-src=${src}></recovery-support-finder>`);
        await until(() => names(el).includes('Partner service 1'), 3000, 'partner data');
        expect(names(el)).not.to.include('Partner service 2');
        expect(names(el)).not.to.include('Partner service 3');
        expect(names(el)).to.include('Partner service 4');
        const item = $(el, '#s-partner-4')!.closest('li')!;
        expect(Array.from(item.querySelectorAll('a[href^="tel:"]'), (a) => a.getAttribute('href'))).to.deep.equal(['tel:08081570000']);
        const problems = [
          'services[1].contacts[0].href: must be tel: and 2 to 15 digits, e.g. tel:116123',
          'services[2].contacts[0].href: must be tel:, sms:, mailto:, http: or https:',
        ];
        expect(log.warnings).to.deep.equal(problems.map((p) => `<recovery-support-finder>: left out ${p}`));
        expect(log.errors).to.deep.equal([]);
        expect(heard.map((e) => e.detail)).to.deep.equal([{ source: 'services-src', url: src, reason: 'left out 2 records with problems; the rest are used', errors: problems }]);
        expect($$(el, 'a[href^="javascript"]')).to.have.length(0);
      } finally {
        document.removeEventListener('recovery-error', listen);
      }
    });

    it('gives each broken record one warning with all its problems, and counts the rest after 20', async () => {
      const broken = Array.from({ length: 25 }, () => ({}));
      const el = await finder(html`<recovery-support-finder
        region="GB"
        services-mode="replace"
        services-src=${echo({ version: 1, services: [partnerService(1), ...broken] })}
      ></recovery-support-finder>`);
      await until(() => names(el).includes('Partner service 1'), 3000, 'partner data');
      expect(log.warnings).to.have.length(21);
      expect(log.warnings[0]).to.match(/^<recovery-support-finder>: left out services\[1\]\.id: is required; services\[1\]\.name: is required; .*; services\[1\]\.verifiedAt: is required$/);
      expect(log.warnings[19]).to.match(/^<recovery-support-finder>: left out services\[20\]\.id: is required; /);
      expect(log.warnings[20]).to.equal('<recovery-support-finder>: left out 5 more records with problems (25 in all)');
    });

    it('renders 10 at a time for thousands of services, and moves focus to the first new one', async () => {
      const el = await finder(html`<recovery-support-finder region="GB" services-mode="replace" services-src="/test-api/services/2000"></recovery-support-finder>`);
      await until(() => names(el)[0] == 'Partner service 0', 5000, 'partner data');
      expect($$(el, '[part=results] > li')).to.have.length(10);
      expect($$(el, '.fallback li h3').map((h) => h.textContent)).to.include('Samaritans');
      expect(count(el)).to.equal('2,000 services');
      const more = $<HTMLButtonElement>(el, 'button.more')!;
      expect(more.textContent!.trim()).to.equal('Show 10 more');
      more.focus();
      await press('Enter');
      await el.updateComplete;
      expect($$(el, '[part=results] > li').length).to.equal(20);
      expect(el.shadowRoot!.activeElement!.textContent).to.equal('Partner service 10');
    });

    it('moves focus once, to the first service shown, when the last "Show more" goes with it', async () => {
      const doc = { version: 1, services: Array.from({ length: 15 }, (_, i) => partnerService(i)) };
      const el = await finder(html`<recovery-support-finder region="GB" services-mode="replace"
        ><script type="application/json" slot="content">${JSON.stringify(doc)}</script></recovery-support-finder
      >`);
      await until(() => names(el).includes('Partner service 0'), 3000, 'partner data');
      const heard: string[] = [];
      el.shadowRoot!.addEventListener('focusin', (e) => heard.push(((e.target as HTMLElement).textContent ?? '').trim()));
      $<HTMLButtonElement>(el, 'button.more')!.focus();
      heard.length = 0;
      await press('Enter');
      await el.updateComplete;
      expect($(el, 'button.more')).to.equal(null);
      expect(heard).to.deep.equal(['Partner service 10']);
    });
    it('keeps "Show more" and the list under the visitor’s focus when services close on the hour', async () => {
      // Thursday 16:59:30 in London: 15 partner services open until 17:00, and "open now only".
      const clock = sinon.useFakeTimers({ now: Date.UTC(2026, 10, 26, 16, 59, 30), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      const doc = { version: 1, services: Array.from({ length: 15 }, (_, i) => partnerService(i)) };
      const el = await finder(html`<recovery-support-finder region="GB"
        ><script type="application/json" slot="content">${JSON.stringify(doc)}</script></recovery-support-finder
      >`);
      await until(() => names(el).includes('Partner service 0'), 3000, 'partner data');
      await choose(el, 'input[name=openNow]');
      const more = $<HTMLButtonElement>(el, 'button.more')!;
      more.focus();
      await clock.tickAsync(31_000);
      await el.updateComplete;
      // 17:00: they have closed, but the list waits for the visitor, and focus stays where it was.
      expect([el.shadowRoot!.activeElement == more, more.isConnected, names(el).includes('Partner service 0')]).to.deep.equal([true, true, true]);
      // Focus moves on to the filters: the list catches up.
      $<HTMLInputElement>(el, 'input[name=openNow]')!.focus();
      await el.updateComplete;
      expect([names(el).includes('Partner service 0'), !!$(el, 'button.more')]).to.deep.equal([false, false]);
    });

    it('keeps a 24/7 line on the first page when a partner lists more than a page of weekday crisis lines', async () => {
      const weekday = Array.from({ length: 12 }, (_, i) => partnerService(i, { crisis: true }));
      const el = await finder(html`<recovery-support-finder region="GB" services-src=${echo({ version: 1, services: weekday })}></recovery-support-finder>`);
      await until(() => names(el)[0] == 'Partner service 0', 3000, 'partner data');
      expect(names(el)).to.deep.equal([...weekday.slice(0, 9).map((s) => s.name), 'Samaritans']);
      expect($$(el, '.fallback')).to.have.length(0);
    });
  });

  describe('filters', () => {
    it('are labelled native controls; the count is announced politely and focus stays put', async () => {
      const el = await finder();
      const filters: unknown[] = [];
      el.addEventListener('recovery-filter-change', (e) => filters.push(e.detail));
      expect($(el, 'fieldset legend')!.textContent).to.equal('How would you like to get in touch?');
      const sms = $<HTMLInputElement>(el, 'input[value=sms]')!;
      sms.focus();
      await press(' ');
      await el.updateComplete;
      expect(sms.checked).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(sms);
      expect(count(el)).to.equal('1 service');
      expect(names(el)).to.deep.equal(['Shout']);
      expect(filters).to.deep.equal([{ filters: { methods: ['sms'], audience: 'all', openNow: false } }]);
      // The detail is the partner's own copy: changing it changes nothing on screen.
      (filters[0] as { filters: { methods: string[] } }).filters.methods.push('web');
      el.requestUpdate();
      await el.updateComplete;
      expect(count(el)).to.equal('1 service');
      await expect(el).to.be.accessible();
    });

    it('has the status read out again after a filter or region change that leaves it as it was', async () => {
      const doc = { version: 1, services: [partnerService(1, { crisis: true, hours: { timeZone: 'Europe/London', alwaysOpen: true } })] };
      const el = await finder(html`<recovery-support-finder region="GB" services-mode="replace" services-src=${echo(doc)}></recovery-support-finder>`);
      await until(() => names(el)[0] == 'Partner service 1', 3000, 'partner data');
      const status = $(el, '[role=status]')!;
      // A live region reads what is added to it: each change adds a new count paragraph, even with the same words.
      const added: string[] = [];
      new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach((n) => added.push(text(n as Element))))).observe(status, {
        childList: true,
        subtree: true,
      });
      await chooseRegion(el, 'GB-SCT');
      await chooseRegion(el, 'GB-NIR');
      // Read out once the picker has settled: the last region, once.
      await until(() => added.includes('1 service'), 3000, 'the settled region');
      for (let i = 0; i < 2; i++) await choose(el, 'input[value=phone]');
      await new Promise((resolve) => setTimeout(resolve));
      expect(added.filter((t) => t == '1 service')).to.have.length(3);
      expect(count(el)).to.equal('1 service');
      // Nothing the visitor did: nothing added.
      added.length = 0;
      el.requestUpdate();
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      expect(added).to.deep.equal([]);
    });

    it('speaks for the visitor’s own changes only, not for partner data arriving or the clock (WCAG 4.1.3)', async () => {
      const el = await finder(html`<recovery-support-finder region="GB" services-src="/test-api/services/30"></recovery-support-finder>`);
      const status = $(el, '[role=status]')!;
      const heard: string[] = [];
      new MutationObserver(() => heard.push(`${status.getAttribute('aria-live')}: ${count(el)}`)).observe(status, { childList: true, subtree: true, characterData: true });
      expect(status.getAttribute('aria-live')).to.equal('off');
      await until(() => count(el) != '10 services', 3000, 'partner data');
      await choose(el, 'input[value=phone]');
      el.requestUpdate();
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      expect(heard[0]).to.match(/^off: \d+ services$/);
      expect(heard.slice(1).map((h) => h.split(':')[0])).to.deep.equal(['polite']);
      expect(status.getAttribute('aria-live')).to.equal('off');
    });

    it('says kindly when nothing matches, and still shows the region’s 24/7 services', async () => {
      const clock = sinon.useFakeTimers({ now: THURSDAY_8PM, toFake: ['Date'] });
      const el = await finder();
      clock.restore();
      await choose(el, 'input[value=web]');
      await choose(el, 'input[name=openNow]');
      expect(count(el)).to.equal('0 services');
      // Announced with the count, not only shown.
      expect(text($(el, '[role=status] > .empty'))).to.equal('No services match all of these choices. You can change them at any time.');
      expect(text($(el, '.fallback'))).to.contain('These services are open 24 hours, every day:');
      expect($$(el, '.fallback li h3').map((h) => h.textContent)).to.include('Samaritans');
      // The status says the 24/7 list is there; the list is named, and no empty list is read out.
      expect(text($(el, '[role=status]'))).to.contain('Services open 24 hours, every day, are listed below.');
      expect($(el, '.fallback ul')!.getAttribute('aria-labelledby')).to.equal($(el, '.fallback p')!.id);
      // Said once: the next update (the clock, partner data) takes it back, and reading on, the list's own intro follows the count.
      el.requestUpdate();
      await el.updateComplete;
      expect(text($(el, '[role=status]'))).not.to.contain('listed below');
      expect(text($(el, '.fallback'))).to.contain('These services are open 24 hours, every day:');
      expect($(el, '[part=results]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('reads out what the list holds after "Another country", and that nothing matches after a change that still leaves nothing', async () => {
      const clock = sinon.useFakeTimers({ now: THURSDAY_8PM, toFake: ['Date'] });
      const el = await finder();
      clock.restore();
      const status = $(el, '[role=status]')!;
      // What a screen reader hears: the paragraphs added while the status is polite.
      const said: string[] = [];
      new MutationObserver((records) =>
        records.forEach((r) => r.addedNodes.forEach((n) => status.getAttribute('aria-live') == 'polite' && n instanceof Element && said.push(text(n)))),
      ).observe(status, { childList: true, subtree: true });
      await chooseRegion(el, 'ZZ');
      await until(() => said.length > 0, 2000, 'the settled region');
      await el.updateComplete;
      expect(said.join(' ')).to.contain('This list does not cover where you are');
      await chooseRegion(el, 'GB');
      await until(() => said.some((s) => s.endsWith('services')), 2000, 'the settled region');
      await choose(el, 'input[value=web]');
      await choose(el, 'input[name=openNow]');
      said.length = 0;
      await choose(el, 'input[value=young-people]');
      expect(count(el)).to.equal('0 services');
      await new Promise((resolve) => setTimeout(resolve));
      expect(said).to.deep.equal([
        '0 services',
        'No services match all of these choices. You can change them at any time.',
        'Services open 24 hours, every day, are listed below.',
      ]);
    });

    it('never leaves focus on another service’s link, nor on the page, when the partner changes the audience or region', async () => {
      const el = await finder();
      const call = serviceNamed(el, 'Samaritans').querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
      call.focus();
      el.audience = 'young-people';
      await el.updateComplete;
      // Childline now comes first, Samaritans later: focus is on Samaritans' call link still, not on Childline's in its old place.
      expect(names(el)[0]).to.equal('Childline');
      const active = el.shadowRoot!.activeElement as HTMLElement;
      expect([active.closest('.results > li')!.querySelector('h3')!.textContent, active.getAttribute('href')]).to.deep.equal(['Samaritans', 'tel:116123']);
      serviceNamed(el, 'Childline').querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.focus();
      el.region = 'DE';
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('region');
    });

    it('gives each service ids of its own, whatever the partner calls them', async () => {
      const doc = { version: 1, services: [partnerService(1, { id: 'line', name: 'Line A' }), partnerService(2, { id: 'line-status', name: 'Line B' })] };
      const el = await finder(html`<recovery-support-finder region="GB" services-src=${echo(doc)}></recovery-support-finder>`);
      await until(() => names(el).includes('Line B'), 3000, 'partner data');
      const ids = $$(el, '[id]').map((e) => e.id);
      expect(ids.filter((id, i) => ids.indexOf(id) != i)).to.deep.equal([]);
      const b = serviceNamed(el, 'Line B');
      expect(text(el.shadowRoot!.getElementById(b.querySelector('article')!.getAttribute('aria-labelledby')!))).to.equal('Line B');
    });

    it('puts young people’s crisis lines first with audience="young-people", never a website above a crisis line', async () => {
      const el = await finder(html`<recovery-support-finder region="GB" audience="young-people"></recovery-support-finder>`);
      expect(names(el).slice(0, 3)).to.deep.equal(['Childline', 'Papyrus HOPELINE247', 'Samaritans']);
      // selfharmUK (information, not a crisis service) leads the services that are not crisis lines.
      const crisis = $$(el, '[part=results] > li').map((li) => li.classList.contains('crisis'));
      expect(crisis.indexOf(false)).to.equal(names(el).indexOf('selfharmUK'));
      expect(crisis.slice(crisis.indexOf(false))).not.to.include(true);
      expect($<HTMLInputElement>(el, 'input[value=young-people]')!.checked).to.equal(true);
      await choose(el, 'input[value=all]');
      expect(names(el)[0]).to.equal('Samaritans');
    });

    it('keeps the crisis lines first for every audience, and Papyrus (to age 34) for adults', async () => {
      const el = await finder();
      for (const audience of ['adults', 'worried-about-someone', 'young-people']) {
        await choose(el, `input[value=${audience}]`);
        const crisis = $$(el, '[part=results] > li').map((li) => li.classList.contains('crisis'));
        expect(crisis.slice(crisis.indexOf(false)), audience).not.to.include(true);
      }
      await choose(el, 'input[value=adults]');
      expect(names(el)).to.include('Papyrus HOPELINE247');
      expect(names(el)).not.to.include('Childline');
    });

    it('names whom each audience means, so a young person looking for themselves finds the young people’s lines', async () => {
      const el = await finder();
      const options = $$(el, 'fieldset:nth-of-type(2) label');
      expect(options.map((l) => text(l))).to.deep.equal(['Anyone', 'Me, an adult', 'A young person (me or someone else)', 'Someone I’m worried about']);
      await choose(el, 'input[value=young-people]');
      expect(names(el).slice(0, 2)).to.deep.equal(['Childline', 'Papyrus HOPELINE247']);
    });

    it('keeps its strings’ language for a partner’s services in another language, and marks theirs', async () => {
      const doc = { version: 1, lang: 'fr', services: [partnerService(1, { name: 'Ligne partenaire', description: 'Un service local.' })] };
      const el = await finder(html`<recovery-support-finder region="GB"
        ><script type="application/json" slot="content">
          ${JSON.stringify(doc)}
        </script></recovery-support-finder
      >`);
      await until(() => names(el).includes('Ligne partenaire'), 3000, 'the partner’s service');
      expect($(el, 'section')!.lang).to.equal('en-GB');
      const theirs = serviceNamed(el, 'Ligne partenaire');
      // Their words are French; our status, buttons, hours and dates stay English.
      expect([theirs.querySelector('h3 span')!.getAttribute('lang'), theirs.querySelector('article > p:not([class])')!.getAttribute('lang')]).to.deep.equal(['fr', 'fr']);
      for (const ours of ['.hours', '.facts', '.meta']) expect(theirs.querySelector(ours)!.closest('[lang]')).to.equal($(el, 'section'));
      // "Call" is ours; the number (or a chat's name) is theirs.
      const call = theirs.querySelector('.contacts a')!;
      expect(text(call)).to.equal('Call 01632 960001: Ligne partenaire');
      expect(call.querySelector('span')!.lang).to.equal('fr');
      expect(call.querySelector('span')!.textContent).to.equal('01632 960001');
      // Whose it is, in their language too.
      expect(call.querySelector('.sr-only [lang=fr]')!.textContent).to.equal('Ligne partenaire');
      expect(text(theirs.querySelector('.meta'))).to.contain('Checked 1 November 2026');
      expect(serviceNamed(el, 'Samaritans').hasAttribute('lang')).to.equal(false);
    });

    it('lets the visitor pick a region, announcing recovery-region-change', async () => {
      const el = await finder();
      const select = $<HTMLSelectElement>(el, 'select#region')!;
      expect($(el, 'label[for=region]')!.textContent).to.equal('Where are you?');
      const changed = nextEvent<{ region: string }>(el, 'recovery-region-change');
      select.value = 'IE';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      expect((await changed).detail).to.deep.equal({ region: 'IE' });
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Samaritans', 'Pieta']);
      expect(text($(el, '.emergency'))).to.contain('In an emergency call 112 or 999');
      // The banner is above the picker: the polite status says the new route once, once the picker has settled.
      const status = $(el, '[role=status]:not(.sr-only)')!;
      await until(() => text(status).startsWith('In an emergency'), 2000, 'the settled region');
      expect(text(status)).to.equal('In an emergency call 112 or 999, or go to your nearest emergency department. 2 services');
      await choose(el, 'input[value=phone]');
      expect(text(status)).to.equal('2 services');
      // Said once: an update the visitor did not make (the clock, the partner) does not say it again.
      // Arrowing through a closed picker (on Windows, a change per key): only where it rests is read out.
      const heard: string[] = [];
      const observer = new MutationObserver(() => status.getAttribute('aria-live') == 'polite' && heard.push(text(status)));
      observer.observe(status, { childList: true, subtree: true, characterData: true });
      for (const region of ['GB', 'CA', 'US']) {
        select.value = region;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await el.updateComplete;
      }
      await until(() => text(status).startsWith('In an emergency'), 2000, 'the settled region');
      observer.disconnect();
      expect(text(status)).to.contain('In an emergency call 911.');
      expect(heard.filter((h) => h.startsWith('In an emergency'))).to.deep.equal([text(status)]);
      el.requestUpdate();
      await el.updateComplete;
      expect(text(status)).to.equal('1 service');
      select.value = 'CA';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      el.region = 'AU';
      await el.updateComplete;
      // The partner's region took over before the picker settled: nothing of the visitor's is read out.
      await new Promise((resolve) => setTimeout(resolve, 700));
      await el.updateComplete;
      expect(text(status)).not.to.contain('In an emergency');
    });

    it('follows the partner’s region set after the visitor chose, in the picker too, even to the value it had', async () => {
      const el = await finder(html`<recovery-support-finder region="GB"></recovery-support-finder>`);
      const picker = $<HTMLSelectElement>(el, '#region')!;
      const shown = () => [picker.selectedOptions[0].textContent, $(el, '.emergency a[href^="tel:"]')!.getAttribute('href')];
      await chooseRegion(el, 'CA');
      await chooseRegion(el, 'GB');
      // (A browser stops following an option's selected attribute once the visitor has chosen.)
      el.region = 'CA';
      await el.updateComplete;
      expect(shown()).to.deep.equal(['Canada', 'tel:911']);
      await chooseRegion(el, 'US');
      // The page resets its region control to what it was: the visitor's choice gives way, as on the info card.
      el.setAttribute('region', 'CA');
      await el.updateComplete;
      expect(shown()).to.deep.equal(['Canada', 'tel:911']);
    });

    it('shows GB when the partner sets no region, whatever the browser’s language, and asks nothing', async () => {
      // An en-US browser on a UK partner's page must see 999 and UK lines, as the card beside it does.
      sinon.stub(navigator, 'languages').get(() => ['en-US', 'en']);
      const geo = sinon.spy(navigator.geolocation, 'getCurrentPosition');
      const el = await finder(html`<recovery-support-finder></recovery-support-finder>`);
      expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('GB');
      expect(el.region, 'the property says so too, as on the card').to.equal('GB');
      expect(text($(el, '.emergency'))).to.contain('call 999');
      expect(text($(el, '.emergency'))).not.to.contain('911');
      expect(geo.called).to.equal(false);
    });

    it('works by keyboard alone', async () => {
      const el = await finder();
      $<HTMLSelectElement>(el, 'select')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'input[value=phone]'));
      await press(' ');
      await el.updateComplete;
      expect(count(el)).to.equal('6 services');
    });
  });

  describe('quick exit', () => {
    it('is off unless asked for', async () => {
      const el = await finder();
      expect($(el, '[part=exit]')).to.equal(null);
      expect($(el, '.bar')).to.equal(null);
      el.quickExit = true;
      await el.updateComplete;
      expect($(el, '[part=exit]')).not.to.equal(null);
    });

    it('leaves with the button, replacing the page, and covers the content at once', async () => {
      const exit = sinon.stub(navigation, 'exit');
      const el = await finder(html`<recovery-support-finder quick-exit></recovery-support-finder>`);
      const button = $<HTMLAnchorElement>(el, '[part=exit]')!;
      // A button to screen readers, saying what it is for, as GOV.UK's is.
      expect(button.textContent!.trim()).to.equal('Emergency Exit this page');
      expect(text(button.querySelector('.sr-only'))).to.equal('Emergency');
      expect(button.getAttribute('role')).to.equal('button');
      expect(button.getAttribute('href')).to.equal('https://www.bbc.co.uk/weather');
      expect(button.offsetHeight).to.be.at.least(24);
      button.click();
      await el.updateComplete;
      expect(exit.calledOnceWith('https://www.bbc.co.uk/weather')).to.equal(true);
      const overlay = $(el, '.overlay')!;
      expect(getComputedStyle(overlay).position).to.equal('fixed');
      expect(overlay.matches(':modal'), 'a modal dialog, in the top layer').to.equal(true);
      const cover = overlay.getBoundingClientRect();
      expect([cover.left, cover.top, cover.width, cover.height]).to.deep.equal([0, 0, document.documentElement.clientWidth, innerHeight]);
      expect(overlay.textContent!.trim()).to.equal('Loading.');
      // Named by its message, and focus is in it: no key press reaches what it hides.
      expect(overlay.getAttribute('aria-labelledby')).to.equal('exiting');
      expect(el.shadowRoot!.activeElement == overlay, 'focus on the cover').to.equal(true);
      // Escape does not take the cover off.
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(overlay.matches(':modal')).to.equal(true);
      // location.replace would send the page as referrer; the link's rel does not cover it.
      expect(document.head.querySelectorAll('meta[name=referrer][content=no-referrer]')).to.have.length(1);
      // Back from the back/forward cache: the page is the partner's again.
      dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await el.updateComplete;
      expect($(el, '.overlay')).to.equal(null);
      expect(document.head.querySelector('meta[name=referrer]')).to.equal(null);
    });

    it('says the Shift count once, however many quick-exit finders the page has', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <recovery-support-finder quick-exit></recovery-support-finder><recovery-support-finder quick-exit></recovery-support-finder>
      </div>`);
      const both = [...wrapper.querySelectorAll<RecoverySupportFinder>('recovery-support-finder')];
      await Promise.all(both.map((f) => f.updateComplete));
      for (const type of ['keydown', 'keyup']) document.dispatchEvent(new KeyboardEvent(type, { key: 'Shift' }));
      await Promise.all(both.map((f) => f.updateComplete));
      expect(both.map((f) => text($(f, '.hint [role=status]')))).to.deep.equal(['Shift, press 2 more times to exit.', '']);
      // A hidden first finder (a mobile-only copy, a closed off-canvas menu) says nothing: the one drawn does.
      both[0].style.visibility = 'hidden';
      for (const type of ['keydown', 'keyup']) document.dispatchEvent(new KeyboardEvent(type, { key: 'Shift' }));
      await Promise.all(both.map((f) => f.updateComplete));
      expect(both.map((f) => text($(f, '.hint [role=status]'))), 'visibility: hidden').to.deep.equal(['', 'Shift, press 1 more time to exit.']);
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
      for (const type of ['keydown', 'keyup']) document.dispatchEvent(new KeyboardEvent(type, { key: 'Shift' }));
      both[0].style.visibility = '';
      both[0].hidden = true;
      for (const type of ['keydown', 'keyup']) document.dispatchEvent(new KeyboardEvent(type, { key: 'Shift' }));
      await Promise.all(both.map((f) => f.updateComplete));
      expect(both.map((f) => text($(f, '.hint [role=status]')))).to.deep.equal(['', 'Shift, press 1 more time to exit.']);
      // Another key starts the count again; the first gone, the other says it.
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
      both[0].hidden = false;
      both[0].remove();
      for (const type of ['keydown', 'keyup']) document.dispatchEvent(new KeyboardEvent(type, { key: 'Shift' }));
      await both[1].updateComplete;
      expect(text($(both[1], '.hint [role=status]'))).to.equal('Shift, press 2 more times to exit.');
      // Put back, it says no stale count.
      wrapper.append(both[0]);
      await both[0].updateComplete;
      expect(text($(both[0], '.hint [role=status]'))).to.equal('');
    });

    it('counts no Shift press before it has first rendered (with hydration deferred, there is no cover yet to draw)', async () => {
      const exit = sinon.stub(navigation, 'exit');
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => void errors.push(e.message);
      addEventListener('error', onError);
      const el = document.createElement('recovery-support-finder') as RecoverySupportFinder;
      el.setAttribute('quick-exit', '');
      const shift3 = () => {
        for (let i = 0; i < 3; i++) for (const type of ['keydown', 'keyup']) document.dispatchEvent(new KeyboardEvent(type, { key: 'Shift' }));
      };
      try {
        document.body.append(el);
        // Connected, not yet rendered.
        shift3();
        await el.updateComplete;
        expect([errors, exit.callCount]).to.deep.equal([[], 0]);
        // Rendered: Shift counts, and the page is covered as it goes.
        shift3();
        await el.updateComplete;
        expect([exit.callCount, !!$(el, '.overlay')]).to.deep.equal([1, true]);
      } finally {
        removeEventListener('error', onError);
        el.remove();
      }
    });

    it('offers the way back when the page is still there a while later (a "Leave site?" answered Stay), for every finder', async () => {
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const exit = sinon.stub(navigation, 'exit');
      const wrapper = await fixture<HTMLElement>(html`<div>
        <recovery-support-finder quick-exit></recovery-support-finder><recovery-support-finder quick-exit></recovery-support-finder>
      </div>`);
      const both = [...wrapper.querySelectorAll<RecoverySupportFinder>('recovery-support-finder')];
      await Promise.all(both.map((f) => f.updateComplete));
      const covered = () => both.map((f) => !!$(f, '.overlay'));
      const back = () => both.map((f) => !!$(f, '.overlay button'));
      // Shift three times: both finders hear it, both cover the page, the page leaves once.
      for (let i = 0; i < 3; i++) for (const type of ['keydown', 'keyup']) document.dispatchEvent(new KeyboardEvent(type, { key: 'Shift' }));
      await Promise.all(both.map((f) => f.updateComplete));
      expect(exit.callCount).to.equal(1);
      expect(covered()).to.deep.equal([true, true]);
      expect(text($(both[0], '.overlay'))).to.equal('Loading.');
      // While the next page may still come (a slow phone), nothing on the cover but "Loading.".
      await clock.tickAsync(4900);
      expect(back()).to.deep.equal([false, false]);
      await clock.tickAsync(100);
      await Promise.all(both.map((f) => f.updateComplete));
      expect(back()).to.deep.equal([true, true]);
      const button = $<HTMLButtonElement>(both[1], '.overlay button')!;
      expect(button.textContent).to.equal('Back to this page');
      // Now the cover says what to do, as a status; the way back is offered, not focused
      // (a key pressed as the next page arrives must not bring this one back).
      expect(text($(both[1], '#exiting'))).to.equal('Still loading. If nothing happens, close this tab, or go back to the page with the button below.');
      expect($(both[1], '#exiting')!.getAttribute('role')).to.equal('status');
      await both[1].updateComplete;
      expect(both.some((f) => f.shadowRoot!.activeElement?.matches('.overlay button'))).to.equal(false);
      // One press takes every cover off, and the page's referrer policy is its own again; focus is back on the exit button.
      button.click();
      await Promise.all(both.map((f) => f.updateComplete));
      await both[1].updateComplete;
      expect(covered()).to.deep.equal([false, false]);
      expect(both[1].shadowRoot!.activeElement?.getAttribute('part')).to.equal('exit');
      expect(document.head.querySelector('meta[name=referrer][content=no-referrer]')).to.equal(null);
      // Leaving again works, and no timer is left behind.
      $<HTMLAnchorElement>(both[0], '[part=exit]')!.click();
      expect(exit.callCount).to.equal(2);
      dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await both[0].updateComplete;
      expect(covered()).to.deep.equal([false, false]);
      // Only each finder's minute clock.
      expect(clock.countTimers()).to.equal(2);
    });

    it('holds focus and the screen reader on its cover, and gives focus back where the visitor pressed Shift', async () => {
      const exit = sinon.stub(navigation, 'exit');
      const wrapper = await fixture<HTMLElement>(html`<div>
        <label>Search <input id="host-input" /></label><button id="host-button">Go</button>
        <recovery-support-finder quick-exit></recovery-support-finder>
      </div>`);
      const el = wrapper.querySelector<RecoverySupportFinder>('recovery-support-finder')!;
      await el.updateComplete;
      const input = wrapper.querySelector<HTMLInputElement>('#host-input')!;
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        input.focus();
        for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
        await el.updateComplete;
        expect(exit.callCount).to.equal(1);
        const overlay = $(el, '.overlay')!;
        expect(el.shadowRoot!.activeElement == overlay, 'focus on the cover').to.equal(true);
        // The page behind is inert: typing goes nowhere, Tab stays on the cover.
        await sendKeys({ type: 'abc' });
        expect(input.value).to.equal('');
        wrapper.querySelector<HTMLButtonElement>('#host-button')!.focus();
        expect(document.activeElement == el, 'focus still in the finder').to.equal(true);
        $<HTMLElement>(el, '[part=service] a')!.focus();
        expect(el.shadowRoot!.activeElement == overlay, 'focus on the cover').to.equal(true);
        await clock.tickAsync(5000);
        await el.updateComplete;
        await el.updateComplete;
        expect(el.shadowRoot!.activeElement == overlay, 'focus stays on the cover').to.equal(true);
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement?.textContent).to.equal('Back to this page');
        // Tab goes round the cover and the browser's own controls, never to the page behind.
        for (let i = 0; i < 3; i++) {
          await sendKeys({ press: 'Tab' });
          const at = el.shadowRoot!.activeElement;
          expect(document.activeElement == document.body || (document.activeElement == el && at?.closest('.overlay') == overlay), `Tab ${i + 1}`).to.equal(true);
        }
        // Back into the page from the browser's own controls: keys pressed in later tests go to their page, not to the browser.
        for (let i = 0; i < 10 && document.activeElement != el; i++) await sendKeys({ press: 'Tab' });
        expect(document.activeElement == el, 'back on the cover').to.equal(true);
        $<HTMLButtonElement>(el, '.overlay button')!.click();
        await el.updateComplete;
        await el.updateComplete;
        expect(!!$(el, '.overlay')).to.equal(false);
        expect(document.activeElement == input, 'focus back in the text box').to.equal(true);
      } finally {
        clock.restore();
      }
    });

    it('keeps Escape from the host page while covered: a drawer or dialog around the finder stays open', async () => {
      const exit = sinon.stub(navigation, 'exit');
      const wrapper = await fixture<HTMLElement>(html`<div><recovery-support-finder quick-exit></recovery-support-finder></div>`);
      const el = wrapper.querySelector<RecoverySupportFinder>('recovery-support-finder')!;
      await el.updateComplete;
      // The host's drawer closes on Escape.
      const close = (e: KeyboardEvent) => e.key == 'Escape' && (wrapper.hidden = true);
      document.addEventListener('keydown', close);
      try {
        await sendKeys({ press: 'Escape' });
        expect(wrapper.hidden, 'Escape is the host page’s before the exit').to.equal(true);
        wrapper.hidden = false;
        $<HTMLAnchorElement>(el, '[part=exit]')!.click();
        await el.updateComplete;
        expect(exit.callCount).to.equal(1);
        for (let i = 0; i < 5; i++) await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        expect(wrapper.hidden, 'the drawer stays open').to.equal(false);
        expect($(el, '.overlay')!.matches(':modal')).to.equal(true);
        // Back on the page, Escape is the host's again.
        dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
        await el.updateComplete;
        await sendKeys({ press: 'Escape' });
        expect(wrapper.hidden).to.equal(true);
      } finally {
        document.removeEventListener('keydown', close);
      }
    });

    it('leaves the page usable when the finder is not drawn: no cover, and nothing made inert', async () => {
      const exit = sinon.stub(navigation, 'exit');
      const wrapper = await fixture<HTMLElement>(html`<div>
        <button id="host-button">Host</button>
        <details><summary>Support</summary><recovery-support-finder quick-exit></recovery-support-finder></details>
      </div>`);
      const el = wrapper.querySelector<RecoverySupportFinder>('recovery-support-finder')!;
      await el.updateComplete;
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      await el.updateComplete;
      expect(exit.callCount).to.equal(1);
      expect(!!$(el, '.overlay'), 'no cover').to.equal(false);
      const button = wrapper.querySelector<HTMLButtonElement>('#host-button')!;
      button.focus();
      expect(document.activeElement == button, 'the page is not inert').to.equal(true);
      // The visitor stayed, and opens the finder later: no cover comes up then.
      wrapper.querySelector('details')!.open = true;
      el.requestUpdate();
      await el.updateComplete;
      expect(!!$(el, '.overlay')).to.equal(false);
    });

    it('gives the page its referrer policy back, and a later exit its own way back, when the finder was not drawn', async () => {
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      sinon.stub(navigation, 'exit');
      const wrapper = await fixture<HTMLElement>(html`<div>
        <input id="first" />
        <details><summary>Support</summary><recovery-support-finder quick-exit></recovery-support-finder></details>
      </div>`);
      const el = wrapper.querySelector<RecoverySupportFinder>('recovery-support-finder')!;
      const noReferrer = () => document.head.querySelectorAll('meta[name=referrer][content=no-referrer]').length;
      try {
        await el.updateComplete;
        wrapper.querySelector<HTMLInputElement>('#first')!.focus();
        for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
        await el.updateComplete;
        expect(!!$(el, '.overlay'), 'no cover').to.equal(false);
        // Still leaving while the next page may be on its way; the visitor's again once the way back would have come.
        expect(noReferrer()).to.equal(1);
        await clock.tickAsync(5000);
        expect(noReferrer()).to.equal(0);
        // Later the visitor opens the finder and uses its button: Back brings them to it, not to the text box.
        wrapper.querySelector('details')!.open = true;
        el.requestUpdate();
        await el.updateComplete;
        const exit = $<HTMLAnchorElement>(el, '[part=exit]')!;
        exit.focus();
        exit.click();
        await el.updateComplete;
        await clock.tickAsync(5000);
        await el.updateComplete;
        $<HTMLButtonElement>(el, '.overlay button')!.click();
        await el.updateComplete;
        await el.updateComplete;
        expect(document.activeElement == el && el.shadowRoot!.activeElement == exit, 'focus on the exit button').to.equal(true);
      } finally {
        clock.restore();
      }
    });

    for (const how of ['hidden by the host', 'moved into a hidden place', 'in a <details> the host closes', 'under content-visibility: hidden']) {
      it(`gives the page back when the finder is ${how} while its cover is up`, async () => {
        const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
        sinon.stub(navigation, 'exit');
        const wrapper = await fixture<HTMLElement>(html`<div>
          <button id="host-button">Host</button>
          <details open><summary>Support</summary><div class="sidebar"><recovery-support-finder quick-exit></recovery-support-finder></div></details>
          <div class="closed" style="display: none"></div>
        </div>`);
        const el = wrapper.querySelector<RecoverySupportFinder>('recovery-support-finder')!;
        try {
          await el.updateComplete;
          $<HTMLAnchorElement>(el, '[part=exit]')!.click();
          await el.updateComplete;
          expect($(el, '.overlay')!.matches(':modal')).to.equal(true);
          // The visitor stayed ("Leave site?"), and the host's layout hides the finder (a breakpoint, a route).
          const sidebar = wrapper.querySelector<HTMLElement>('.sidebar')!;
          if (how == 'hidden by the host') sidebar.style.display = 'none';
          else if (how == 'moved into a hidden place') wrapper.querySelector('.closed')!.append(el);
          else if (how == 'in a <details> the host closes') wrapper.querySelector('details')!.open = false;
          else sidebar.style.contentVisibility = 'hidden';
          await clock.tickAsync(0);
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          await el.updateComplete;
          expect(!!$(el, '.overlay'), 'no cover left up unseen').to.equal(false);
          const button = wrapper.querySelector<HTMLButtonElement>('#host-button')!;
          button.focus();
          expect(document.activeElement == button, 'the page is not inert').to.equal(true);
          const heard = await escapeHeard();
          expect(heard, 'Escape is the page’s again').to.deep.equal(['Escape']);
          await clock.tickAsync(5000);
          expect(document.head.querySelector('meta[name=referrer][content=no-referrer]')).to.equal(null);
        } finally {
          clock.restore();
        }
      });
    }

    it('gives the page back when the covered finder leaves it for good: Escape, and no cover for a new finder', async () => {
      sinon.stub(navigation, 'exit');
      const wrapper = await fixture<HTMLElement>(html`<div><recovery-support-finder quick-exit></recovery-support-finder></div>`);
      const el = wrapper.querySelector<RecoverySupportFinder>('recovery-support-finder')!;
      await el.updateComplete;
      $<HTMLAnchorElement>(el, '[part=exit]')!.click();
      await el.updateComplete;
      expect(document.head.querySelector('meta[name=referrer][content=no-referrer]')).to.exist;
      // A route change takes the finder away for good.
      el.remove();
      await new Promise((resolve) => setTimeout(resolve));
      const heard = await escapeHeard();
      expect(heard).to.deep.equal(['Escape']);
      expect(document.head.querySelector('meta[name=referrer][content=no-referrer]')).to.equal(null);
      const next = document.createElement('recovery-support-finder') as RecoverySupportFinder;
      wrapper.append(next);
      await next.updateComplete;
      expect(!!$(next, '.overlay')).to.equal(false);
    });

    it('covers the page again when a framework moves the finder while the page is being left, or adds another', async () => {
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const exit = sinon.stub(navigation, 'exit');
      const wrapper = await fixture<HTMLElement>(html`<div><recovery-support-finder quick-exit></recovery-support-finder></div>`);
      const el = wrapper.querySelector<RecoverySupportFinder>('recovery-support-finder')!;
      await el.updateComplete;
      try {
        $<HTMLAnchorElement>(el, '[part=exit]')!.click();
        await el.updateComplete;
        await clock.tickAsync(100);
        el.remove();
        await el.updateComplete;
        wrapper.append(el);
        await el.updateComplete;
        expect(exit.callCount).to.equal(1);
        expect($(el, '.overlay')!.matches(':modal'), 'modal again').to.equal(true);
        // A finder the framework renders anew is covered too.
        const other = document.createElement('recovery-support-finder') as RecoverySupportFinder;
        wrapper.append(other);
        await other.updateComplete;
        expect(!!$(other, '.overlay')).to.equal(true);
        // The way back still comes.
        await clock.tickAsync(5000);
        await el.updateComplete;
        expect(!!$(el, '.overlay button')).to.equal(true);
        $<HTMLButtonElement>(el, '.overlay button')!.click();
        await el.updateComplete;
        await other.updateComplete;
        expect([!!$(el, '.overlay'), !!$(other, '.overlay')]).to.deep.equal([false, false]);
      } finally {
        clock.restore();
      }
    });

    it('gives a page that comes back from the cache its own referrer policy again', async () => {
      const exit = sinon.stub(navigation, 'exit');
      const own = document.createElement('meta');
      own.name = 'referrer';
      own.content = 'origin';
      document.head.append(own);
      const referer = async (tag: string) => {
        await fetch(`/test-api/status/204?tag=${tag}`);
        return (await (await fetch(`/test-api/requests?tag=${tag}`)).json())[0].referer;
      };
      try {
        const el = await finder(html`<recovery-support-finder quick-exit></recovery-support-finder>`);
        const tag = Math.random().toString(36).slice(2);
        expect(await referer(`${tag}-before`)).to.equal(`${location.origin}/`);
        $<HTMLAnchorElement>(el, '[part=exit]')!.click();
        expect(exit.called).to.equal(true);
        expect(await referer(`${tag}-leaving`)).to.equal(null);
        dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
        expect(await referer(`${tag}-back`)).to.equal(`${location.origin}/`);
      } finally {
        own.remove();
        // The policy a meta set outlives the element: back to the browser's default for the other tests.
        const reset = document.createElement('meta');
        reset.name = 'referrer';
        reset.content = 'strict-origin-when-cross-origin';
        document.head.append(reset);
        reset.remove();
      }
    });

    it('leaves with Space on the button, as a button does, without scrolling the page', async () => {
      const exit = sinon.stub(navigation, 'exit');
      const wrapper = await fixture<HTMLElement>(html`<div><recovery-support-finder quick-exit></recovery-support-finder><div style="height: 3000px"></div></div>`);
      const el = wrapper.querySelector<RecoverySupportFinder>('recovery-support-finder')!;
      await settled(el);
      const button = $<HTMLAnchorElement>(el, '[part=exit]')!;
      button.focus();
      const y = scrollY;
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(exit.callCount).to.equal(1);
      expect(scrollY).to.equal(y);
    });

    it('leaves when Shift is pressed three times, to the partner’s URL', async () => {
      const exit = sinon.stub(navigation, 'exit');
      const el = await finder(html`<recovery-support-finder quick-exit quick-exit-url="https://www.example.org/news"></recovery-support-finder>`);
      document.body.focus();
      await sendKeys({ press: 'Shift' });
      await el.updateComplete;
      expect(text($(el, '.hint [role=status]'))).to.equal('Shift, press 2 more times to exit.');
      await sendKeys({ press: 'Shift' });
      await el.updateComplete;
      expect(text($(el, '.hint [role=status]'))).to.equal('Shift, press 1 more time to exit.');
      expect(exit.called).to.equal(false);
      await sendKeys({ press: 'Shift' });
      expect(exit.calledOnceWith('https://www.example.org/news')).to.equal(true);
    });

    it('hears Shift before the page’s own capturing listeners on the document, which may stop keys', async () => {
      const exit = sinon.stub(navigation, 'exit');
      await finder(html`<recovery-support-finder quick-exit></recovery-support-finder>`);
      const stop = (e: Event) => e.stopImmediatePropagation();
      for (const type of ['keydown', 'keyup']) document.addEventListener(type, stop, true);
      try {
        document.body.focus();
        for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
        expect(exit.callCount).to.equal(1);
        // Capitals typed as Shift + a letter still do not count.
        stay();
        for (let i = 0; i < 3; i++) {
          await sendKeys({ down: 'Shift' });
          await sendKeys({ press: 'A' });
          await sendKeys({ up: 'Shift' });
        }
        expect(exit.callCount).to.equal(1);
      } finally {
        for (const type of ['keydown', 'keyup']) document.removeEventListener(type, stop, true);
      }
    });

    it('goes to the first finder’s URL once when two finders on the page hear the same three Shifts', async () => {
      const exit = sinon.stub(navigation, 'exit');
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <recovery-support-finder quick-exit quick-exit-url="https://www.example.org/a"></recovery-support-finder>
        <recovery-support-finder quick-exit quick-exit-url="https://www.example.org/b"></recovery-support-finder>
      </div>`);
      const [one, two] = Array.from(wrapper.querySelectorAll('recovery-support-finder'));
      await settled(one);
      await settled(two);
      document.body.focus();
      try {
        for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
        await one.updateComplete;
        await two.updateComplete;
        expect(exit.args).to.deep.equal([['https://www.example.org/a']]);
        expect([$(one, '.overlay'), $(two, '.overlay')].every(Boolean), 'both covered').to.equal(true);
      } finally {
        dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      }
    });

    for (const hidden of ['visibility: hidden', 'pointer-events: none']) {
      it(`covers the page with Shift pressed three times while the host keeps the finder out of sight (${hidden})`, async () => {
        const exit = sinon.stub(navigation, 'exit');
        const wrapper = await fixture<HTMLDivElement>(html`<div style=${hidden}><recovery-support-finder quick-exit></recovery-support-finder></div>`);
        const el = wrapper.querySelector('recovery-support-finder')!;
        await settled(el);
        document.body.focus();
        for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
        await el.updateComplete;
        expect(exit.called).to.equal(true);
        const overlay = $(el, '.overlay')!;
        expect(overlay.checkVisibility({ visibilityProperty: true }), 'the cover is seen').to.equal(true);
        expect(document.elementFromPoint(innerWidth / 2, innerHeight / 2), 'and takes the clicks').to.equal(el);
      });
    }

    const key = (type: 'keydown' | 'keyup', k: string, shiftKey = k == 'Shift') => document.dispatchEvent(new KeyboardEvent(type, { key: k, shiftKey }));
    const shift = () => {
      key('keydown', 'Shift');
      key('keyup', 'Shift', false);
    };

    it('counts three presses within five seconds of the first, as the contract says, and says when the time is up', async () => {
      const exit = sinon.stub(navigation, 'exit');
      const el = await finder(html`<recovery-support-finder quick-exit></recovery-support-finder>`);
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        shift();
        clock.tick(4000);
        shift();
        clock.tick(1000); // five seconds since the first press: the count starts again
        await el.updateComplete;
        expect(text($(el, '.hint [role=status]'))).to.equal('Exit this page expired.');
        // Taken back as long again later, so that the hint read then does not end with it.
        clock.tick(5000);
        await el.updateComplete;
        expect(text($(el, '.hint [role=status]'))).to.equal('');
        expect(clock.countTimers(), 'no timer left').to.equal(0);
        shift();
        expect(exit.called).to.equal(false);
        clock.tick(4999);
        shift();
        shift();
        expect(exit.calledOnce).to.equal(true);
      } finally {
        clock.restore();
      }
      await el.updateComplete;
    });

    it('keeps its visible hint, and takes a Shift released before its letter for a capital, not a press', async () => {
      const exit = sinon.stub(navigation, 'exit');
      const el = await finder(html`<recovery-support-finder quick-exit></recovery-support-finder>`);
      const status = $(el, '.hint [role=status]')!;
      // Typing "HI" quickly: Shift goes up before each letter does.
      for (const letter of ['H', 'I', 'J']) {
        key('keydown', 'Shift');
        key('keydown', letter, true);
        key('keyup', 'Shift', false);
        key('keyup', letter, false);
      }
      await el.updateComplete;
      expect(exit.called).to.equal(false);
      expect(text(status)).to.equal('');
      // Two presses, then another key: the count starts again, with nothing to announce.
      shift();
      shift();
      await el.updateComplete;
      expect(text(status)).to.equal('Shift, press 1 more time to exit.');
      key('keydown', 'a', false);
      await el.updateComplete;
      expect(text(status)).to.equal('');
      shift();
      expect(exit.called).to.equal(false);
      // Shift + click, three times (choosing a range on the page): Shift as a modifier, no exit.
      for (let i = 0; i < 3; i++) {
        key('keydown', 'Shift');
        document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, shiftKey: true }));
        key('keyup', 'Shift', false);
      }
      expect(exit.called).to.equal(false);
      // Shift + wheel, three times (scrolling a wide table sideways): a modifier too.
      for (let i = 0; i < 3; i++) {
        key('keydown', 'Shift');
        document.body.dispatchEvent(new WheelEvent('wheel', { bubbles: true, shiftKey: true, deltaY: 120 }));
        key('keyup', 'Shift', false);
      }
      expect(exit.called).to.equal(false);
      // A wheel without Shift (a trackpad's scroll still gliding) undoes no press.
      for (let i = 0; i < 3; i++) {
        document.body.dispatchEvent(new WheelEvent('wheel', { bubbles: true, deltaY: 10 }));
        shift();
      }
      expect(exit.calledOnce).to.equal(true);
      exit.resetHistory();
      // The hint a sighted visitor reads never changes.
      expect(text($(el, '.hint'))).to.equal('or press Shift 3 times');
      expect(status.getBoundingClientRect().width).to.be.at.most(1);
    });

    /** A quick-exit finder on the page, and `keys` pressed in a text box of the host page's: whether the page was left. */
    async function leavesWhileTyping(keys: () => Promise<void>): Promise<boolean> {
      const exit = sinon.stub(navigation, 'exit');
      await finder(html`<recovery-support-finder quick-exit></recovery-support-finder>`);
      const input = document.createElement('input');
      document.body.append(input);
      input.focus();
      try {
        await keys();
        return exit.called;
      } finally {
        input.remove();
      }
    }

    it('does not count Shift used for capitals, or presses after another key', async () => {
      const left = await leavesWhileTyping(async () => {
        await sendKeys({ type: 'Hello' });
        await sendKeys({ press: 'Shift' });
        await sendKeys({ press: 'Shift' });
        await sendKeys({ type: 'a' });
        await sendKeys({ press: 'Shift' });
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'KeyA' });
        await sendKeys({ up: 'Shift' });
      });
      expect(left).to.equal(false);
    });

    it('does not count Shift pressed with Alt or Ctrl held (Alt + Shift switches the keyboard’s language)', async () => {
      const left = await leavesWhileTyping(async () => {
        for (const held of ['Alt', 'Control']) {
          await sendKeys({ down: held });
          for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
          await sendKeys({ up: held });
        }
      });
      expect(left).to.equal(false);
    });

    it('stops listening when the element leaves the page', async () => {
      const exit = sinon.stub(navigation, 'exit');
      const el = await finder(html`<recovery-support-finder quick-exit></recovery-support-finder>`);
      el.remove();
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      expect(exit.called).to.equal(false);
    });

    it('refuses an unsafe quick-exit-url', async () => {
      const el = await finder(html`<recovery-support-finder quick-exit quick-exit-url="javascript:alert(1)"></recovery-support-finder>`);
      expect($(el, '[part=exit]')!.getAttribute('href')).to.equal('https://www.bbc.co.uk/weather');
      expect(log.warnings[0]).to.contain('quick-exit-url="javascript:alert(1)" is not allowed');
      // Removed, it returns to the default without a warning.
      el.removeAttribute('quick-exit-url');
      await el.updateComplete;
      expect($(el, '[part=exit]')!.getAttribute('href')).to.equal('https://www.bbc.co.uk/weather');
      expect(log.warnings).to.have.length(1);
    });

    it('refuses a quick-exit-url that would keep the visitor on the partner’s site, and takes a path from its root', async () => {
      // Read as relative, these lead to a page of the partner's own site: its "page not found".
      for (const [i, bad] of ['www.bbc.co.uk/weather', 'https//www.bbc.co.uk/weather', 'weather'].entries()) {
        const el = await finder(html`<recovery-support-finder quick-exit quick-exit-url=${bad}></recovery-support-finder>`);
        expect($(el, '[part=exit]')!.getAttribute('href'), bad).to.equal('https://www.bbc.co.uk/weather');
        expect(log.warnings[i]).to.equal(
          `<recovery-support-finder>: quick-exit-url="${bad}" is not allowed (use an http: or https: URL, or a path on this site from /); using https://www.bbc.co.uk/weather.`,
        );
      }
      const own = await finder(html`<recovery-support-finder quick-exit quick-exit-url="/news"></recovery-support-finder>`);
      expect($(own, '[part=exit]')!.getAttribute('href')).to.equal('/news');
      expect(log.warnings).to.have.length(3);
    });
  });

  it('passes axe in light and dark, at 320 px without sideways scrolling, with quick exit', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await finder(html`<recovery-support-finder quick-exit></recovery-support-finder>`);
    await settled(el);
    await expect(el).to.be.accessible();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    // Every radio and checkbox keeps its size, 1.25 of our text's, beside a label on one line or two.
    expect([...new Set($$(el, 'form input').map((i) => Math.round(i.getBoundingClientRect().width)))]).to.deep.equal([20]);
    // The banner's sentence, call buttons and check line do not touch.
    const [sentence, calls, meta] = $$(el, '.emergency > p').map((p) => p.getBoundingClientRect());
    expect(calls.top - sentence.bottom).to.be.at.least(8);
    expect(meta.top - calls.bottom).to.be.at.least(8);
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px phone with its text doubled, nothing sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await finder(html`<recovery-support-finder region="GB" quick-exit style="--recovery-font-size: 32px"></recovery-support-finder>`);
    await settled(el);
    const wide = [el, ...Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('*'))]
      .filter((n) => n.getBoundingClientRect().right > 320.5 && n.getClientRects().length)
      .map((n) => `${n.localName}.${n.className} "${text(n).slice(0, 20)}" to ${Math.round(n.getBoundingClientRect().right)}`);
    expect(wide.slice(0, 8).join('; ')).to.equal('');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    // Numbers are not split over lines ("0800 / 068 / 4141" is easy to misdial): each on one line of its own.
    // Numbers are not split over lines when they fit on one of their own ("Call" above them).
    const fits = (n: HTMLElement) => {
      const probe = n.cloneNode(true) as HTMLElement;
      probe.style.cssText = 'position: absolute; white-space: nowrap; visibility: hidden';
      n.parentElement!.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      const link = getComputedStyle(n.closest('a')!);
      return width <= n.closest('a')!.clientWidth - parseFloat(link.paddingLeft) - parseFloat(link.paddingRight);
    };
    const room = $$(el, '[part=contact] .number').filter(fits);
    expect(room.map((n) => n.textContent)).to.include('116 123');
    const split = room.filter((n) => n.getBoundingClientRect().height > parseFloat(getComputedStyle(n).lineHeight) * 1.5);
    expect(split.map((n) => n.textContent).join(', ')).to.equal('');
  });

  it('reads numbers left to right under right-to-left strings', async () => {
    const doc = { version: 1, lang: 'ar', strings: translation('ar', table, { finderTitle: 'ابحث عن الدعم', 'action.phone': 'اتصل بـ {display}' }) };
    const el = await finder(html`<recovery-support-finder region="GB" dir="rtl"
      ><script type="application/json" slot="content">${JSON.stringify(doc)}</script></recovery-support-finder
    >`);
    await until(() => $(el, '#title')!.textContent == 'ابحث عن الدعم', 3000, 'the Arabic strings');
    const number = serviceNamed(el, 'Samaritans').querySelector<HTMLElement>('[part=contact] .number')!;
    expect(number.textContent).to.equal('116 123');
    expect(getComputedStyle(number.closest('a')!).direction).to.equal('rtl');
    expect([getComputedStyle(number).direction, getComputedStyle(number).unicodeBidi]).to.deep.equal(['ltr', 'isolate']);
  });

  for (const px of [16, 32]) {
    it(`never hides the focused control under the sticky exit bar, going back up the page by keyboard, with ${px} px text (WCAG 2.4.11)`, async function () {
      // The widget's own text size: the browser's default size needs Chromium's DevTools protocol.
      await setViewport({ width: 320, height: 640 });
      // Shift held for Shift+Tab is a modifier, not a quick-exit press; stubbed all the same.
      const exit = sinon.stub(navigation, 'exit');
      const el = await finder(
        html`<recovery-support-finder region="GB" quick-exit services-src="/test-api/services/30" style="--recovery-font-size: ${px}px"></recovery-support-finder>`,
      );
      const more = await until(() => $<HTMLButtonElement>(el, 'button.more'), 3000, 'partner data');
      more.focus();
      const hidden: string[] = [];
      let stops = 0;
      for (let i = 0; i < 60; i++) {
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        const focused = el.shadowRoot!.activeElement as HTMLElement | null;
        if (!focused || focused.closest('.bar')) break;
        stops++;
        const bar = $(el, '.bar')!.getBoundingClientRect();
        const box = focused.getBoundingClientRect();
        if (box.top < bar.bottom - 1) hidden.push(`${focused.localName} "${text(focused).slice(0, 30)}" at ${Math.round(box.top)}, bar to ${Math.round(bar.bottom)}`);
      }
      expect(stops).to.be.above(20);
      expect(hidden.join('; ')).to.equal('');
      expect(exit.called).to.equal(false);
    });
  }

  it('keeps the exit button on screen where the host page’s overflow stops the bar sticking, without moving anything', async () => {
    await setViewport({ width: 375, height: 600 });
    window.scrollTo(0, 0);
    const root = document.documentElement.style;
    // What many themes do: no sideways scroll, which also stops position: sticky inside.
    root.overflowX = document.body.style.overflowX = 'hidden';
    try {
      const el = await finder(html`<recovery-support-finder region="GB" quick-exit></recovery-support-finder>`);
      const exit = $<HTMLAnchorElement>(el, '[part=exit]')!;
      const title = $(el, '#title')!;
      window.scrollTo(0, 0);
      await frames();
      const at = () => `bar at ${$(el, '.bar')!.getBoundingClientRect().top}, scrolled ${window.scrollY}, body ${document.body.scrollTop}`;
      // (Under load, the observer's first look may come before the scroll above settles.)
      await until(() => !exit.matches(':popover-open'), 2000, `the button back in its bar at the top of the finder (${at()})`).catch((e) => {
        throw new Error(`${e.message}; now ${at()}`);
      });
      const before = title.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY + 1200);
      await frames();
      expect(exit.matches(':popover-open'), 'floating').to.equal(true);
      const box = exit.getBoundingClientRect();
      expect(box.top).to.be.within(0, 20);
      expect(box.right).to.be.within(300, 375);
      expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).to.equal(el);
      // Nothing moved when it left the bar.
      expect(title.getBoundingClientRect().top + window.scrollY).to.equal(before);
      // Past the finder (the page goes on below it), and back at its top: in the bar again.
      const after = document.createElement('div');
      after.style.height = '2000px';
      el.after(after);
      window.scrollTo(0, el.getBoundingClientRect().bottom + window.scrollY + 10);
      await frames();
      expect(exit.matches(':popover-open'), 'finder gone').to.equal(false);
      // Back up into the finder from below, a little at a time: floating again, before its top is reached.
      const end = el.getBoundingClientRect().bottom + window.scrollY;
      for (const up of [30, 300]) {
        window.scrollTo(0, end - up);
        await frames();
      }
      expect(exit.matches(':popover-open'), 'floating, coming back up').to.equal(true);
      expect(exit.getBoundingClientRect().top).to.be.within(0, 20);
      after.remove();
      window.scrollTo(0, 0);
      await frames();
      expect(exit.matches(':popover-open')).to.equal(false);
      expect($(el, '.bar')!.contains(exit)).to.equal(true);
      // Off: no observer left to float it.
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY + 1200);
      el.quickExit = false;
      await el.updateComplete;
      await frames();
      expect($(el, '[part=exit]')).to.equal(null);
    } finally {
      root.overflowX = document.body.style.overflowX = '';
      window.scrollTo(0, 0);
    }
  });

  it('floats the exit button as soon as a host’s sticky header (--recovery-exit-top) would cover the bar', async () => {
    await setViewport({ width: 375, height: 600 });
    window.scrollTo(0, 0);
    document.documentElement.style.overflowX = document.body.style.overflowX = 'hidden';
    try {
      const el = await finder(html`<recovery-support-finder region="GB" quick-exit style="--recovery-exit-top: 80px"></recovery-support-finder>`);
      const exit = $<HTMLAnchorElement>(el, '[part=exit]')!;
      // The bar 40 px from the top of the window: under an 80 px header, though on screen.
      window.scrollTo(0, $(el, '.bar')!.getBoundingClientRect().top + window.scrollY - 40);
      await frames();
      expect(exit.matches(':popover-open')).to.equal(true);
      expect(exit.getBoundingClientRect().top).to.be.within(80, 100);
    } finally {
      document.documentElement.style.overflowX = document.body.style.overflowX = '';
      window.scrollTo(0, 0);
    }
  });

  /** A quick-exit finder scrolled past on a page whose `overflow` stops sticky, under the host's own modal dialog. */
  async function underModal(test: (exit: HTMLElement, dialog: HTMLDialogElement, top: number) => Promise<void>) {
    await setViewport({ width: 375, height: 600 });
    const html_ = document.documentElement.style;
    html_.overflowX = document.body.style.overflowX = 'hidden';
    const dialog = document.createElement('dialog');
    try {
      const el = await finder(html`<recovery-support-finder region="GB" quick-exit></recovery-support-finder>`);
      await frames(5);
      document.body.append(dialog);
      dialog.showModal();
      const top = el.getBoundingClientRect().top + scrollY;
      scrollTo(0, top + 1200);
      await frames(4);
      const exit = $<HTMLAnchorElement>(el, '[part=exit]')!;
      expect(exit.matches(':popover-open'), 'floating under the modal').to.equal(false);
      await test(exit, dialog, top);
    } finally {
      dialog.remove();
      html_.overflowX = document.body.style.overflowX = '';
      scrollTo(0, 0);
    }
  }

  it('waits with one listener for the host’s modal dialog to close, not one per scroll, and floats then', () =>
    underModal(async (exit, dialog, top) => {
      let added = 0;
      const add = dialog.addEventListener.bind(dialog);
      dialog.addEventListener = ((type: string, listener: EventListener, options?: AddEventListenerOptions) => (type == 'close' && added++, add(type, listener, options))) as typeof dialog.addEventListener;
      for (let i = 0; i < 3; i++) {
        for (const y of [0, top + 1200]) {
          scrollTo(0, y);
          await frames(4);
        }
      }
      expect([added, exit.matches(':popover-open')]).to.deep.equal([0, false]);
      // (Its close event comes in a task of its own, the observer's answer at a frame after it.)
      dialog.close();
      await until(() => exit.matches(':popover-open'), 5000, 'the button to float once the modal has closed');
    }));

  it('floats the exit button again when the host takes its open modal dialog out of the page without closing it', () =>
    // What a framework does when it stops rendering an open <dialog>: no close event.
    underModal(async (exit, dialog) => {
      dialog.remove();
      await until(() => exit.matches(':popover-open'), 5000, 'the button to float once the modal has gone');
    }));

  it('floats the exit button in the host’s own modal dialog that holds the finder', async () => {
    // A "Get help" dialog, whose wrapper's overflow stops the bar sticking.
    await setViewport({ width: 375, height: 600 });
    const dialog = await fixture<HTMLDialogElement>(html`<dialog style="width: 340px; max-height: 80vh; overflow: auto; padding: 0">
      <div style="overflow: hidden"><recovery-support-finder region="GB" quick-exit></recovery-support-finder></div>
    </dialog>`);
    try {
      dialog.showModal();
      const el = dialog.querySelector<RecoverySupportFinder>('recovery-support-finder')!;
      await el.updateComplete;
      await frames(4);
      const exit = $<HTMLAnchorElement>(el, '[part=exit]')!;
      dialog.scrollTop = 900;
      await until(() => exit.matches(':popover-open'), 3000, 'the button to float over the dialog it is in');
      const box = exit.getBoundingClientRect();
      expect(box.bottom).to.be.above(0);
      // A click on it reaches it: it is inside the modal, not behind it.
      expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) == el, 'the button takes the click').to.equal(true);
    } finally {
      dialog.close();
    }
  });

  it('never floats the exit button where the bar sticks', async () => {
    await setViewport({ width: 375, height: 600 });
    const el = await finder(html`<recovery-support-finder region="GB" quick-exit></recovery-support-finder>`);
    const exit = $<HTMLAnchorElement>(el, '[part=exit]')!;
    try {
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY + 1200);
      await frames();
      expect(exit.matches(':popover-open')).to.equal(false);
      expect(exit.getBoundingClientRect().top).to.be.within(0, 20);
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('lets a click on a control partly under the sticky exit button land, without moving the page', async () => {
    await setViewport({ width: 400, height: 500 });
    const el = await finder(html`<recovery-support-finder region="GB" quick-exit></recovery-support-finder>`);
    const box = $<HTMLInputElement>(el, 'input[value=sms]')!;
    const bar = $(el, '.bar')!;
    // Scroll so the checkbox's top is under the bar and its bottom edge shows below it.
    window.scrollBy(0, box.getBoundingClientRect().top - bar.getBoundingClientRect().height + 4);
    await new Promise((r) => requestAnimationFrame(r));
    const rect = box.getBoundingClientRect();
    expect(rect.top).to.be.below(bar.getBoundingClientRect().bottom);
    const y = window.scrollY;
    await sendMouse({ type: 'click', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.bottom - 2)] });
    await el.updateComplete;
    expect(box.checked, 'the click lands').to.equal(true);
    expect(window.scrollY).to.equal(y);
    window.scrollTo(0, 0);
  });

  it('passes axe in every state: filtered, empty, more to show, dark, double text size', async () => {
    const el = await finder(html`<recovery-support-finder region="GB" quick-exit services-src="/test-api/services/30"></recovery-support-finder>`);
    await until(() => $(el, 'button.more'), 3000, 'partner data');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, 'button.more')!.click();
    await el.updateComplete;
    await choose(el, 'input[value=chat]');
    await expect(el).to.be.accessible();
    await choose(el, 'input[value=chat]');
    await choose(el, 'input[value=web]');
    await choose(el, 'input[name=openNow]');
    await choose(el, 'input[value=young-people]');
    el.theme = 'dark';
    el.style.setProperty('--recovery-font-size', '32px');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('fires recovery-contact with the service and method of a contact link used', async () => {
    const el = await finder();
    el.addEventListener('click', (e) => e.preventDefault());
    const seen: unknown[] = [];
    el.addEventListener('recovery-contact', (e) => seen.push(e.detail));
    for (const a of serviceNamed(el, 'Childline').querySelectorAll<HTMLAnchorElement>('.contacts a')) a.click();
    // The emergency number's calls count too.
    for (const a of $$<HTMLAnchorElement>(el, '.emergency a[href^="tel:"]')) a.click();
    expect(seen).to.deep.equal([
      { serviceId: 'childline', method: 'phone' },
      { serviceId: 'childline', method: 'chat' },
      { serviceId: 'emergency', method: 'phone' },
      { serviceId: 'emergency', method: 'phone' },
    ]);
  });

  it('prints the numbers in full, without the filters, the exit button or open-now states', async function () {
    const el = await finder(html`<recovery-support-finder region="GB" quick-exit></recovery-support-finder>`);
    if (!(await media({ media: 'print' }))) return this.skip();
    try {
      expect(getComputedStyle($(el, 'form')!).display).to.equal('none');
      expect(getComputedStyle($(el, '.bar')!).display).to.equal('none');
      expect(getComputedStyle($(el, '.hint')!).display).to.equal('none');
      // "Open now" would mislead on paper read tomorrow: only "Open 24 hours" and the hours print.
      const states = $$(el, '.status').map((s) => [s.classList.contains('always'), getComputedStyle(s).display != 'none']);
      expect(states.some(([always]) => !always), 'services that are not 24/7').to.equal(true);
      expect(states.every(([always, shown]) => always == shown)).to.equal(true);
      const shout = serviceNamed(el, 'Shout').querySelector('.contacts a')!;
      expect(getComputedStyle(shout, '::after').content).to.contain('sms:85258?body=SHOUT');
      expect(getComputedStyle($(el, '.emergency a')!, '::after').content).to.contain('tel:999');
      // "Call 999" in the emergency colour, not white on a background the printer leaves out.
      const call = getComputedStyle($(el, '.emergency a.urgent')!);
      expect([call.color, call.backgroundColor]).to.deep.equal(['rgb(164, 38, 44)', 'rgba(0, 0, 0, 0)']);
      // A line closed now is drawn like the others: on paper no state says why it would differ.
      const closed = document.createElement('a');
      closed.className = 'button closed';
      $(el, '.results')!.append(closed);
      expect(getComputedStyle(closed).borderTopStyle).to.equal('solid');
      closed.remove();
    } finally {
      await resetMedia();
    }
  });

  it('prints every service, not only those shown so far', async () => {
    const el = await finder(html`<recovery-support-finder region="GB" services-src="/test-api/services/30"></recovery-support-finder>`);
    await until(() => count(el) == '40 services', 3000, 'partner data');
    const listed = () => $$(el, '[part=results] > li').length;
    expect(listed()).to.equal(10);
    // As a page's own Print button's print() has it: no microtask before the page is laid out for paper.
    window.dispatchEvent(new Event('beforeprint'));
    expect(listed()).to.equal(40);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(listed()).to.equal(10);
    expect(text($(el, '.more'))).to.equal('Show 10 more');
  });

  it('stores nothing and asks for nothing', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const cookies = document.cookie;
    // No request, beacon, location or permission prompt, whatever the visitor does.
    const asks = [
      sinon.spy(window, 'fetch'),
      sinon.spy(navigator, 'sendBeacon'),
      sinon.spy(XMLHttpRequest.prototype, 'open'),
      sinon.spy(navigator.geolocation, 'getCurrentPosition'),
      sinon.spy(navigator.geolocation, 'watchPosition'),
      sinon.spy(navigator.permissions, 'query'),
    ];
    const el = await finder(html`<recovery-support-finder quick-exit></recovery-support-finder>`);
    await choose(el, 'input[value=phone]');
    await choose(el, 'input[value=young-people]');
    await choose(el, 'input[name=openNow]');
    const select = $<HTMLSelectElement>(el, '#region')!;
    select.value = 'IE';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    $<HTMLElement>(el, '.contacts a[href^="tel:"]')!.addEventListener('click', (e) => e.preventDefault(), { once: true });
    $<HTMLElement>(el, '.contacts a[href^="tel:"]')!.click();
    expect(asks.map((spy) => spy.callCount)).to.deep.equal([0, 0, 0, 0, 0, 0]);
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal(cookies);
  });
});
