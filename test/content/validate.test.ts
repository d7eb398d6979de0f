import { expect } from '@open-wc/testing';
import { emergency, services } from '../../src/content/builtin-services.js';
import { selfHarm } from '../../src/content/builtin-topic.js';
import { validateDocument } from '../../src/content/validate.js';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));
const service = () => clone(services[0]);
/** What the validator says of a service with one phone (or text) contact. */
const check = (display: string, href: string) =>
  validateDocument({ version: 1, services: [{ ...service(), contacts: [{ method: href.startsWith('sms') ? 'sms' : 'phone', display, href }] }] }).skipped;

describe('validateDocument', () => {
  it('accepts the built-in content, unchanged', () => {
    const doc = { version: 1, lang: 'en-GB', topics: [selfHarm], services, emergency };
    const result = validateDocument(clone(doc));
    expect(result.errors).to.deep.equal([]);
    expect(result.skipped).to.deep.equal([]);
    expect(result.document).to.deep.equal(clone(doc));
  });

  it('rejects what is not a version 1 object', () => {
    expect(validateDocument(null).errors).to.deep.equal(['(document): must be a JSON object']);
    expect(validateDocument([]).document).to.equal(undefined);
    expect(validateDocument({ version: 2 }).errors).to.deep.equal(['version: must be 1']);
  });

  it('names the path of a bad contact link, and leaves out only that service', () => {
    const bad = service();
    bad.contacts[0].href = 'javascript:alert(1)';
    const result = validateDocument({ version: 1, services: [service(), service(), service(), bad].map((s, i) => ({ ...s, id: `s${i}` })) });
    expect(result.errors).to.deep.equal([]);
    expect(result.skipped).to.deep.equal(['services[3].contacts[0].href: must be tel:, sms:, mailto:, http: or https:']);
    expect(result.document!.services!.map((s) => s.id)).to.deep.equal(['s0', 's1', 's2']);
  });

  it('accepts only digits in tel: and sms: links, with the separators people write taken out', () => {
    for (const href of ['tel:0800 BAD', 'tel:999;ext=1', 'tel:', 'tel:++44', 'tel:116123\n', 'tel:1', 'tel:4+4', 'sms:85258?body=A-B']) {
      const s = service();
      s.contacts = [{ method: 'phone', display: 'x', href }];
      expect(validateDocument({ version: 1, services: [s] }).skipped, href).to.have.length(1);
    }
    const s = service();
    s.contacts = [
      { method: 'sms', display: 'Text SHOUT to 85258', href: 'sms:85258?body=SHOUT' },
      { method: 'phone', display: '+44 116 123', href: 'tel:+44116123' },
    ];
    expect(validateDocument({ version: 1, services: [s] }).skipped).to.deep.equal([]);
    s.contacts = [
      { method: 'phone', display: '0808 157 0000', href: 'tel:0808 157 0000' },
      { method: 'phone', display: '(0808) 157-0000', href: 'tel:(0808) 157-0000' },
      { method: 'phone', display: '+44 808.157.0000', href: 'tel:+44 808.157.0000' },
      { method: 'sms', display: 'Text SHOUT to 85 258', href: 'sms:85 258?body=SHOUT' },
      // The national "(0)" is not dialled after a country code.
      { method: 'phone', display: '+44 (0)20 7946 0000', href: 'tel:+44 (0)20 7946 0000' },
      // Nor after an international prefix written 00: 004402079460000 would not connect.
      { method: 'phone', display: '0044 (0)20 7946 0000', href: 'tel:0044 (0)20 7946 0000' },
    ];
    const { document, skipped } = validateDocument({ version: 1, services: [s] });
    expect(skipped).to.deep.equal([]);
    expect(document!.services![0].contacts.map((c) => c.href)).to.deep.equal(['tel:08081570000', 'tel:08081570000', 'tel:+448081570000', 'sms:85258?body=SHOUT', 'tel:+442079460000', 'tel:00442079460000']);
    expect(s.contacts[0].href, 'the partner’s object untouched').to.equal('tel:0808 157 0000');
    s.contacts = [{ method: 'sms', display: 'x', href: 'sms:85258?body=<b>' }];
    expect(validateDocument({ version: 1, services: [s] }).skipped[0]).to.match(/^services\[0\]\.contacts\[0\]\.href: must be sms:/);
  });

  it('leaves out a phone or text contact whose display is not the number its link dials', () => {
    // A slip of two digits: a visitor in crisis would reach a stranger.
    expect(check('01632 960 0001', 'tel:01632960010')).to.deep.equal(['services[0].contacts[0].display: must show the number the link dials (01632960010)']);
    expect(check('Text NORTH to 07700 900123', 'sms:07700900132?body=NORTH')).to.have.length(1);
    // Slips the digits would hide if read all together, or with any country code cut off.
    for (const [display, href] of [
      ['(202) 555-0142', 'tel:+19025550142'],
      ['1-202-555-0142', 'tel:+17025550142'],
      ['020 7946 0000', 'tel:+443079460000'],
      ['0808 157 0001', 'tel:0808157000'],
      ['116 123', 'tel:16123'],
      ['Text SHOUT to 85258', 'sms:8525?body=SHOUT'],
      ['Call 0808 157 0000 (24 hours)', 'tel:080815700002'],
      // A link that lost a part, or groups joined across words.
      ['0808 157 0000', 'tel:0808157'],
      ['116 123', 'tel:116'],
      ['Under 19: 0800 1111', 'tel:1908001111'],
      ['Call 0800 1111 (24 hours)', 'tel:0800111124'],
      ['999 or 112', 'tel:999112'],
      // A keypad word before the number is not part of it; digits that are not 0-9 cannot be checked.
      ['Text HELLO to 85258', 'sms:43556'],
      ['٠٨٠٠ ١١١١', 'tel:09001234567'],
      // A capital word after the number lends no digits the link lost or added.
      ['0800 1111 FREE', 'tel:0800111'],
      ['0808 157 0000 FREE', 'tel:0808157'],
      ['Call 116 123 - 24 HOURS', 'tel:1161232'],
      // A country code is as long as its digits say (+44, not +448): no digit of the number is taken for it.
      ['+44 808 157 0000', 'tel:081570000'],
      ['+1 202 555 0142', 'tel:0555014'],
      // A capital word between numbers joins neither.
      ['999 OR 112', 'tel:999112'],
    ]) {
      expect(check(display, href), display).to.have.length(1);
    }
    // The same number, however written: national form of an international link, words around it, no digits at all.
    for (const [display, href] of [
      ['020 7946 0000', 'tel:+442079460000'],
      ['+44 (0)20 7946 0000', 'tel:+44 (0)20 7946 0000'],
      ['0044 20 7946 0000', 'tel:00442079460000'],
      ['1-202-555-0142', 'tel:+12025550142'],
      ['202 555 0142', 'tel:+12025550142'],
      ['Freephone 0808 157 0000 (24/7)', 'tel:08081570000'],
      ['Call us', 'tel:08081570000'],
      ['Text SHOUT to 85258', 'sms:85258?body=SHOUT'],
      ['Call 0808 157 0000 (24 hours)', 'tel:08081570000'],
      ['020 7946 0000 ext. 123', 'tel:02079460000'],
      ['0808 157 0000 or 0808 157 0001', 'tel:08081570001'],
      // A keypad word, and an international display over a national link.
      ['1-202-555-01HE', 'tel:+12025550143'],
      ['+44 (0)20 7946 0000', 'tel:02079460000'],
      ['0044 20 7946 0000', 'tel:02079460000'],
      ['+64 9 555 0000', 'tel:095550000'],
      ['+1 202 555 0142', 'tel:12025550142'],
      ['+1 (202) 555-0142', 'tel:+12025550142'],
      ['Call 0800 1111 (24 hours, free)', 'tel:08001111'],
      ['Under 19: 0800 1111', 'tel:08001111'],
      ['999 or 112', 'tel:112'],
      // Keypad words longer than the number dialled, of one or two letters, or after the digits.
      ['1-202-555-01HELPS', 'tel:12025550143'],
      ['01632 960 0HELLO', 'tel:01632960043'],
      ['1 202 555 01 A DOG', 'tel:12025550123'],
      ['1-202-555-0-1-A-BOY', 'tel:12025550122'],
      ['0800 1111 FREE', 'tel:08001111'],
      // Separators content systems write: a non-breaking space, an en dash, a slash, a non-breaking hyphen; a bracketed area code after the country code.
      ['116\u00a0123', 'tel:116123'],
      ['Call 0800\u00a0068\u00a04141', 'tel:08000684141'],
      ['0800–1111', 'tel:08001111'],
      ['0800/1111', 'tel:08001111'],
      ['1‑202‑555‑0142', 'tel:12025550142'],
      ['1 (202) 555-0142', 'tel:12025550142'],
      // Country codes of one, two and three digits; a capital word between two numbers.
      ['+353 1 555 0000', 'tel:015550000'],
      ['+61 2 5550 0000', 'tel:0255500000'],
      ['+7 495 555 0000', 'tel:+74955550000'],
      ['999 OR 112', 'tel:112'],
      ['999 OR 112', 'tel:999'],
      ['0808 157 0000 OR 0808 157 0001', 'tel:08081570001'],
    ]) {
      expect(check(display, href), display).to.deep.equal([]);
    }
  });

  it('refuses a link that dials the national 0 (or the 1 of North America) after the country code: the call would not connect', () => {
    expect(check('0800 1111', 'tel:+4408001111')).to.deep.equal(['services[0].contacts[0].href: must not dial 0 after the country code +44']);
    expect(check('01 555 0000', 'tel:00353015550000')).to.deep.equal(['services[0].contacts[0].href: must not dial 0 after the country code +353']);
    expect(check('Text 0400 000 000', 'sms:+610400000000')).to.have.length(1);
    expect(check('09 555 0000', 'tel:+64095550000')).to.have.length(1);
    expect(check('1-202-555-0142', 'tel:+112025550142')).to.deep.equal(['services[0].contacts[0].href: must not dial 1 after the country code +1']);
    // Numbers that rightly go on after the country code: an Italian 0, Australia's 1800, a national 0 with no country code.
    for (const [display, href] of [
      ['+39 06 5555 0000', 'tel:+390655550000'],
      ['+61 1800 555 000', 'tel:+611800555000'],
      ['0800 1111', 'tel:08001111'],
      ['+44 800 1111', 'tel:+448001111'],
    ]) {
      expect(check(display, href), href).to.deep.equal([]);
    }
  });

  it('checks a contact href matches its method', () => {
    const s = service();
    s.contacts = [{ method: 'phone', display: 'Email us', href: 'mailto:a@b.org' }];
    expect(validateDocument({ version: 1, services: [s] }).skipped[0]).to.match(/contacts\[0\]\.href: must be tel:/);
    // Chat and web links are web pages, nothing else.
    for (const method of ['chat', 'web'] as const) {
      for (const href of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'tel:116123', '//example.org/chat', 'https://example.org/a b', 'HTTPS://example.org/\u0000']) {
        s.contacts = [{ method, display: 'Chat', href }];
        const { skipped, document } = validateDocument({ version: 1, services: [s] });
        expect(skipped, `${method} ${href}`).to.have.length(1);
        expect(skipped[0]).to.match(/^services\[0\]\.contacts\[0\]\.href: must be .*https:/);
        expect(document!.services).to.deep.equal([]);
      }
      s.contacts = [{ method, display: 'Chat', href: 'https://example.org/chat?from=partner#start' }];
      expect(validateDocument({ version: 1, services: [s] }).skipped).to.deep.equal([]);
    }
  });

  it('leaves out an emergency entry whose sentence names another number than its button dials', () => {
    const entry = (region: string, number: string, text: string, alt?: string) => ({ region, number, ...(alt && { alt }), text, source: 'https://partner.example/' });
    const { skipped, document } = validateDocument({
      version: 1,
      emergency: [
        entry('GB', '991', "If someone's life is at risk, or you have seriously hurt yourself, call 999 or go to A&E."),
        entry('GB-SCT', '999', 'Call 999 or 112.', '112'),
        entry('IE', '999', 'In an emergency, call 112.', '112'),
        entry('FR', '15', 'Appelez les secours.'),
        entry('US', '911', 'Call 911, or 988 when it is not an emergency.'),
        entry('AU', '000', 'Call 911.', '112'),
        // Digits, none of them the number: a sentence to write with it.
        entry('NZ', '111', 'Call the emergency services, 24 hours a day.'),
      ],
    });
    expect(skipped).to.deep.equal([
      'emergency[0].text: must show the number its button dials (991)',
      'emergency[5].text: must show the number its button dials (000)',
      'emergency[6].text: must show the number its button dials (111)',
    ]);
    expect(document!.emergency!.map((x) => x.region)).to.deep.equal(['GB-SCT', 'IE', 'FR', 'US']);
    // Numbers written as people write them: each on its own, and digits that are not 0-9 cannot be checked.
    const more = validateDocument({
      version: 1,
      emergency: [
        entry('IE', '112', 'In an emergency call 112/999.', '999'),
        entry('GB', '999', 'In an emergency call 999 / 112.', '112'),
        entry('NZ', '111', 'Call 111 - 24 hours a day.'),
        entry('SA', '997', 'في حالة الطوارئ اتصل بالرقم ٩٩٧ فوراً.'),
        entry('US', '911', 'Call 988/911 now.'),
        entry('GB-ENG', '999', 'Call 999 24 hours a day.'),
      ],
    });
    expect([more.skipped, more.document!.emergency!.length]).to.deep.equal([[], 6]);
    // Digits of another script are read as what they are, not a pass: the 0-9 number shown is still judged.
    const wrong = validateDocument({ version: 1, emergency: [entry('GB', '999', 'Call 991 (open 24/7, ٢٤ ساعة).'), entry('SA', '997', 'اتصل بالرقم ٩٩١ فوراً.')] });
    expect(wrong.skipped).to.deep.equal(['emergency[0].text: must show the number its button dials (999)', 'emergency[1].text: must show the number its button dials (997)']);
  });

  it('takes text of nothing but invisible characters for empty: an emergency sentence or button would show nothing', () => {
    const s = service();
    s.name = '\u200B \u2060';
    const { skipped, errors, document } = validateDocument({
      version: 1,
      services: [s],
      emergency: [{ region: 'GB', number: '999', text: '\u2060', source: 'https://partner.example/' }],
      strings: { call: '\u200B' },
    });
    expect(skipped).to.deep.equal(['services[0].name: must not be empty', 'emergency[0].text: must not be empty']);
    // Strings that show nothing on the emergency button: the whole document is refused, and the built-in words stay.
    expect([errors, document]).to.deep.equal([['strings.call: must not be empty'], undefined]);
  });

  it('reports every missing and wrongly typed field by path', () => {
    const result = validateDocument({
      version: 1,
      services: [{ id: 'x', name: '', regions: 'GB', contacts: [], hours: { timeZone: 'Mars/Base', weekly: [] }, free: 'yes' }],
    });
    expect(result.skipped).to.include.members([
      'services[0].name: must not be empty',
      'services[0].regions: must be a list',
      'services[0].description: is required',
      'services[0].contacts: must have 1 to 10 items',
      'services[0].hours.timeZone: must be a time zone such as Europe/London',
      'services[0].hours.weekly: must have 1 to 21 items',
      'services[0].free: must be true or false',
      'services[0].verifiedAt: is required',
    ]);
  });

  it('checks opening hours, including 24:00 and ranges past midnight', () => {
    const s = service();
    s.hours = { timeZone: 'Europe/London', weekly: [{ days: ['fri', 'sat'], open: '22:00', close: '02:00' }, { days: ['sun'], open: '17:00', close: '24:00' }] };
    expect(validateDocument({ version: 1, services: [s] }).skipped).to.deep.equal([]);
    s.hours = { timeZone: 'Europe/London', weekly: [{ days: ['someday' as 'mon'], open: '9:00', close: '24:30' }] };
    expect(validateDocument({ version: 1, services: [s] }).skipped).to.deep.equal([
      'services[0].hours.weekly[0].days[0]: must be one of mon, tue, wed, thu, fri, sat, sun',
      'services[0].hours.weekly[0].open: must be a time, HH:MM from 00:00 to 23:59',
      'services[0].hours.weekly[0].close: must be a time, HH:MM from 00:00 to 24:00',
    ]);
    // 24:00 ends a range; one starting there would be the next day's.
    s.hours = { timeZone: 'Europe/London', weekly: [{ days: ['sun'], open: '24:00', close: '02:00' }] };
    expect(validateDocument({ version: 1, services: [s] }).skipped).to.deep.equal(['services[0].hours.weekly[0].open: must be a time, HH:MM from 00:00 to 23:59']);
    // The same open and close time is a slip more often than a day that runs on: refused, not shown as open 24 hours.
    s.hours = { timeZone: 'Europe/London', weekly: [{ days: ['mon'], open: '00:00', close: '24:00' }, { days: ['tue'], open: '09:00', close: '09:00' }] };
    expect(validateDocument({ version: 1, services: [s] }).skipped).to.deep.equal([
      'services[0].hours.weekly[1].close: must not be the same as open (00:00 to 24:00 is a whole day)',
    ]);
    // A zone written in other letters is the zone the browser names: not shown as another one than the visitor's.
    s.hours = { timeZone: 'europe/london', alwaysOpen: true };
    expect(validateDocument({ version: 1, services: [s] }).document!.services![0].hours!.timeZone).to.equal('Europe/London');
    expect(s.hours.timeZone, 'the partner’s object untouched').to.equal('europe/london');
  });

  it('leaves out a repeated service id', () => {
    const result = validateDocument({ version: 1, services: [service(), service()] });
    expect(result.document!.services).to.have.length(1);
    expect(result.skipped).to.deep.equal(['services[1]: repeats "samaritans", which is already listed']);
  });

  it('rejects the whole document for a bad topic or strings', () => {
    const topic = clone(selfHarm) as unknown as Record<string, unknown>;
    topic.source = { publisher: 'X', title: 'Y', url: 'javascript:alert(1)' };
    expect(validateDocument({ version: 1, topics: [topic] }).errors).to.deep.equal([
      'topics[0].source.url: must be an http: or https: URL',
    ]);
    expect(validateDocument({ version: 1, strings: { finderTitle: 42 } }).errors).to.deep.equal([
      'strings.finderTitle: must be a string',
    ]);
    // Every key is checked as it is, as the schema checks it: none is "optional", and __proto__ is refused, never a prototype.
    expect(validateDocument(JSON.parse('{"version":1,"strings":{"__proto__":"x","finderTitle?":7}}')).errors).to.deep.equal([
      'strings.__proto__: is not allowed',
      'strings.finderTitle?: must be a string',
    ]);
    const kept = validateDocument(JSON.parse('{"version":1,"strings":{"finderTitle?":"x"}}')).document!.strings!;
    expect(Object.keys(kept)).to.deep.equal(['finderTitle?']);
    expect(Object.getPrototypeOf(kept)).to.equal(null);
  });

  it('copies only known keys, so __proto__ and constructor travel nowhere', () => {
    const input = JSON.parse(
      '{"version":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"emergency":[{"region":"GB","number":"999","text":"Call 999.","source":"https://example.org/","__proto__":{"polluted":true}}]}',
    );
    const result = validateDocument(input);
    expect(result.errors).to.deep.equal([]);
    expect(Object.keys(result.document!)).to.have.members(['version', 'emergency']);
    // No prototype at all: a field left out is not looked up on Object.prototype.
    expect(Object.getPrototypeOf(result.document!)).to.equal(null);
    expect(Object.getPrototypeOf(result.document!.emergency![0])).to.equal(null);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect((result.document!.emergency![0] as unknown as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('reads only the document’s own fields when the page has polluted Object.prototype', () => {
    const weekly = { ...service(), note: undefined, hours: { timeZone: 'Europe/London', weekly: [{ days: ['mon' as const], open: '09:00', close: '17:00' }] } };
    const doc = { version: 1, emergency: [{ region: 'GB', number: '999', text: 'Call 999.', source: 'https://example.org/' }], services: [weekly] };
    for (const enumerable of [false, true]) {
      for (const [key, value] of Object.entries({ alt: '09098790000', alwaysOpen: true, note: 'Call 0909 879 0000', topics: [], emergency: [] })) {
        Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true, enumerable });
      }
      try {
        const { document, errors, skipped } = validateDocument(JSON.parse(JSON.stringify(doc)));
        expect([...errors, ...skipped]).to.deep.equal([]);
        expect(document!.emergency![0].alt).to.equal(undefined);
        expect(document!.emergency).to.have.length(1);
        expect(document!.topics).to.equal(undefined);
        expect(document!.services![0].note).to.equal(undefined);
        expect(Object.keys(document!.services![0].hours!)).to.deep.equal(['timeZone', 'weekly']);
      } finally {
        for (const key of ['alt', 'alwaysOpen', 'note', 'topics', 'emergency']) delete (Object.prototype as Record<string, unknown>)[key];
      }
    }
  });

  it('limits lengths, so a 1 MB string is refused, not rendered', () => {
    const s = service();
    s.name = 'x'.repeat(1_000_000);
    expect(validateDocument({ version: 1, services: [s] }).skipped).to.deep.equal(['services[0].name: must be at most 120 characters']);
  });

  it('accepts only a BCP 47 language tag', () => {
    expect(validateDocument({ version: 1, lang: 'cy' }).document!.lang).to.equal('cy');
    expect(validateDocument({ version: 1, lang: 'not a tag' }).errors).to.deep.equal([
      'lang: must be a language tag such as en-GB or cy',
    ]);
  });
});
