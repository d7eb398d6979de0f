// A deterministic corpus of hostile content documents, for the validator and
// for the elements (inline JSON, content-src and services-src). Plain
// JavaScript so that the browser tests and the test server (which serves
// entry N at /test-api/corpus/N) build exactly the same documents.
//
// Every entry is JSON text, as a partner's server or CMS would send it:
//   html    markup and script in one string field
//   url     a javascript:, data:, vbscript: (or otherwise unsafe) value in one URL field
//   type    a value of the wrong type in one field
//   long    a 1 MB string in one field
//   nest    10,000 levels of nesting in one field
//   proto   __proto__, constructor and prototype keys at one level
//   huge    absurd counts (100,000 services, 10,001 services, 201 emergency entries…)
//   mixed   two to four of the above at once, chosen with a seeded generator

import { fictional } from '../support/fixtures.mjs';

/** The seed of the mixed entries: change it and the corpus changes. */
export const SEED = 0x5eed2026;

/** mulberry32: small, fast and the same in every engine. */
export function random(seed = SEED) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Markup and script meant to run if rendered as HTML. Each calls the `__xss` trap. */
export const MARKUP = [
  '<img src=x onerror=__xss(1)>',
  '<script>__xss(2)</script>',
  '"><svg onload=__xss(3)>',
  "'><iframe src=javascript:__xss(4)>",
  '<a href="javascript:__xss(5)">link</a>',
  '{{constructor.constructor("__xss(6)")()}}',
  '${__xss(7)}',
  '<style>*{display:none!important}</style>',
  '</template><script>__xss(8)</script>',
  '<!--><img src=x onerror=__xss(9)>-->',
  '&lt;img src=x onerror=__xss(10)&gt;',
  '<details open ontoggle=__xss(11)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss(12)>',
  '<?lit$1234$><!--?lit$1234$-->__xss(13)',
  '<object data="javascript:__xss(14)">',
  '<form><button formaction=javascript:__xss(15)>go</button></form>',
  '{n} {total} {region} %s %n {0}',
  '\u202e<b>reversed</b>\u202c',
];

/**
 * Values for URL fields that must never become a link. `mailto:`/`tel:`/`sms:`
 * values are hostile here because of what follows the scheme.
 */
export const UNSAFE_URLS = [
  'javascript:__xss(20)',
  'JaVaScRiPt:__xss(21)',
  ' javascript:__xss(22)',
  '   javascript:__xss(22)',
  '\tjavascript:__xss(23)',
  'java\tscript:__xss(24)',
  'java\nscript:__xss(25)',
  'java\rscript:__xss(26)',
  '\u0000javascript:__xss(27)',
  'javascript\u0000:__xss(27)',
  'javascript&colon;__xss(28)',
  '&#106;avascript:__xss(29)',
  '&#x6A;avascript:__xss(29)',
  'jav&#x09;ascript:__xss(30)',
  '%6Aavascript:__xss(31)',
  'javascript://%0a__xss(32)',
  'javascript:/*https://partner.example/*/__xss(33)',
  '\u2028javascript:__xss(34)',
  '\ufeffjavascript:__xss(35)',
  '\u200bjavascript:__xss(36)',
  'j\u0430vascript:__xss(37)',
  'data:text/html,<script>__xss(40)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5fX3hzcyg0MSk8L3NjcmlwdD4=',
  ' data:image/svg+xml,<svg onload=__xss(42)>',
  'vbscript:msgbox(43)',
  'VBScript:msgbox(44)',
  'file:///etc/passwd',
  'blob:https://partner.example/0000',
  'about:blank',
  'ftp://partner.example/file',
  'ws://partner.example/socket',
  '//evil.example/phish',
  'https:javascript:__xss(45)',
  'http://',
  'https://partner .example/',
  ' https://partner.example/',
  'https://partner.example/\n',
  'tel:javascript:__xss(46)',
  'tel:999<script>__xss(47)</script>',
  'sms:85258?body=<img src=x onerror=__xss(48)>',
  'mailto:help@partner.example?body=javascript:__xss(49)',
  'mailto:javascript:__xss(50)',
];

/** Values of the wrong type (or shape) for any field. */
export const WRONG_TYPES = [null, 0, 1, -1, 1.5, 1e308, true, false, '', ' ', '\n', '1', [], [null], {}, { length: 1 }, [[[]]]];

/** A valid document that uses every field, so that each can be attacked. */
export function base() {
  return {
    version: 1,
    lang: 'en-GB',
    strings: { finderTitle: 'Find support with Northfield', exitHint: 'Or press Shift three times.' },
    topics: [
      {
        id: 'self-harm',
        title: 'Partner title',
        summary: 'Partner summary.',
        sections: [{ heading: 'Partner section', paragraphs: ['Partner paragraph one.', 'Partner paragraph two.'] }],
        quotes: [
          {
            text: 'Partner quote one.',
            attribution: 'Partner one',
            source: { title: 'Quote source', url: 'https://partner.example/quote', description: 'Where it was said.' },
          },
          { text: 'Partner quote two.', attribution: 'Partner two' },
        ],
        source: { publisher: 'Northfield', title: 'Partner guide', url: 'https://partner.example/guide' },
        reviewed: '2026-11-01',
        nextReview: '2027-11-01',
        related: [{ title: 'Related page', url: 'https://partner.example/related', description: 'More to read.' }],
      },
    ],
    services: [
      {
        id: 'partner-line',
        name: 'Partner line',
        regions: ['GB'],
        description: 'A partner helpline.',
        contacts: [
          fictional(0),
          fictional(0, 'sms'),
          { method: 'email', display: 'help@partner.example', href: 'mailto:help@partner.example' },
          { method: 'chat', display: 'Chat online', href: 'https://partner.example/chat' },
          { method: 'web', display: 'Our website', href: 'https://partner.example/web' },
        ],
        website: 'https://partner.example/',
        hours: { timeZone: 'Europe/London', alwaysOpen: true },
        audiences: ['all'],
        ageRange: [16, 120],
        topics: ['self-harm'],
        free: true,
        crisis: true,
        languages: ['en'],
        note: 'Calls are free.',
        source: 'https://partner.example/source',
        verifiedAt: '2026-11-01',
      },
      {
        id: 'partner-weekly',
        name: 'Partner drop-in',
        regions: ['GB-ENG'],
        description: 'A weekday drop-in.',
        contacts: [fictional(1)],
        hours: { timeZone: 'Europe/London', weekly: [{ days: ['mon', 'tue'], open: '09:00', close: '17:00' }] },
        audiences: ['adults'],
        free: false,
        crisis: false,
        source: 'https://partner.example/source',
        verifiedAt: '2026-11-01',
      },
    ],
    emergency: [
      {
        region: 'GB',
        number: '999',
        alt: '112',
        text: 'Partner emergency text: call 999.',
        source: 'https://partner.example/emergency',
        verifiedAt: '2026-11-01',
      },
    ],
  };
}

/** String fields a visitor reads. */
export const TEXT_FIELDS = [
  'strings.finderTitle',
  'strings.exitHint',
  'topics.0.title',
  'topics.0.summary',
  'topics.0.sections.0.heading',
  'topics.0.sections.0.paragraphs.0',
  'topics.0.quotes.0.text',
  'topics.0.quotes.0.attribution',
  'topics.0.quotes.0.source.title',
  'topics.0.quotes.0.source.description',
  'topics.0.source.publisher',
  'topics.0.source.title',
  'topics.0.related.0.title',
  'topics.0.related.0.description',
  'services.0.name',
  'services.0.description',
  'services.0.note',
  'services.0.contacts.0.display',
  'services.0.contacts.3.display',
  'services.0.topics.0',
  'emergency.0.text',
];

/** Fields that become a link (or part of one: the emergency numbers make `tel:` links). */
export const URL_FIELDS = [
  'topics.0.source.url',
  'topics.0.related.0.url',
  'topics.0.quotes.0.source.url',
  'services.0.website',
  'services.0.source',
  'services.0.contacts.0.href',
  'services.0.contacts.1.href',
  'services.0.contacts.2.href',
  'services.0.contacts.3.href',
  'services.0.contacts.4.href',
  'emergency.0.source',
  'emergency.0.number',
  'emergency.0.alt',
];

/** Every other field, for wrong types. */
export const OTHER_FIELDS = [
  'version',
  'lang',
  'strings',
  'topics',
  'topics.0',
  'topics.0.id',
  'topics.0.sections',
  'topics.0.sections.0',
  'topics.0.sections.0.paragraphs',
  'topics.0.quotes',
  'topics.0.quotes.0',
  'topics.0.quotes.0.source',
  'topics.0.source',
  'topics.0.reviewed',
  'topics.0.nextReview',
  'topics.0.related',
  'services',
  'services.0',
  'services.0.id',
  'services.0.regions',
  'services.0.regions.0',
  'services.0.contacts',
  'services.0.contacts.0',
  'services.0.contacts.0.method',
  'services.0.hours',
  'services.0.hours.timeZone',
  'services.0.hours.alwaysOpen',
  'services.1.hours.weekly',
  'services.1.hours.weekly.0.days',
  'services.1.hours.weekly.0.open',
  'services.1.hours.weekly.0.close',
  'services.0.audiences',
  'services.0.audiences.0',
  'services.0.ageRange',
  'services.0.free',
  'services.0.crisis',
  'services.0.languages',
  'services.0.verifiedAt',
  'emergency',
  'emergency.0',
  'emergency.0.region',
];

/** Sets `path` (`services.0.name`) in `doc` to `value`. */
export function set(doc, path, value) {
  const keys = path.split('.');
  let node = doc;
  for (const key of keys.slice(0, -1)) node = node[key];
  node[keys.at(-1)] = value;
  return doc;
}

const MB = 'A'.repeat(1 << 20);
const DEPTH = 10_000;
/** Arrays in arrays, objects in objects, and both in turn, DEPTH levels deep. */
const NESTINGS = [
  '['.repeat(DEPTH) + ']'.repeat(DEPTH),
  '{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH),
  '{"a":['.repeat(DEPTH) + ']}'.repeat(DEPTH),
];

/** JSON text of `doc` with the placeholder string "@@RAW" replaced by raw JSON text. */
const withRaw = (doc, raw) => JSON.stringify(doc).replace('"@@RAW"', raw);

/** Objects in the base document where hostile keys are added. */
const PROTO_TARGETS = ['', 'strings', 'topics.0', 'topics.0.source', 'topics.0.quotes.0', 'services.0', 'services.0.contacts.0', 'services.0.hours', 'emergency.0'];
const PROTO_KEYS = [
  '"__proto__":{"polluted":"@"}',
  '"constructor":{"prototype":{"polluted":"@"}}',
  '"prototype":{"polluted":"@"}',
  '"__proto__":"@"',
  '"__proto__":null',
  '"hasOwnProperty":"@"',
  '"toString":"@"',
];

function protoEntry(target, key) {
  const doc = base();
  const object = target ? target.split('.').reduce((n, k) => n[k], doc) : doc;
  object['@@KEY'] = 0;
  const text = JSON.stringify(doc).replace('"@@KEY":0', key.replaceAll('@', target || 'root'));
  return text;
}

function mutations() {
  const list = [];
  for (const path of TEXT_FIELDS)
    for (const value of MARKUP)
      // A phone's display must show the number its link dials, and an emergency sentence with digits its number: the markup comes with it.
      list.push({
        kind: 'html',
        path,
        value: path == 'services.0.contacts.0.display' ? `${value} ${fictional(0).display}` : path == 'emergency.0.text' ? `${value} 999` : value,
      });
  for (const path of URL_FIELDS) for (const value of UNSAFE_URLS) list.push({ kind: 'url', path, value });
  for (const path of [...TEXT_FIELDS, ...URL_FIELDS, ...OTHER_FIELDS])
    for (const value of WRONG_TYPES) list.push({ kind: 'type', path, value });
  return list;
}

function build() {
  const entries = [];
  const add = (kind, note, json, extra = {}) => entries.push({ index: entries.length, kind, note, json, ...extra });
  const single = mutations();
  for (const m of single) {
    add(m.kind, `${m.path} = ${JSON.stringify(m.value)}`, () => JSON.stringify(set(base(), m.path, m.value)), { path: m.path, value: m.value });
  }
  for (const path of [...TEXT_FIELDS, ...URL_FIELDS]) {
    add('long', `${path} = 1 MB`, () => JSON.stringify(set(base(), path, MB)), { path, value: MB });
  }
  for (const path of ['topics', 'topics.0.sections', 'topics.0.sections.0.paragraphs', 'services', 'services.0.contacts', 'services.0.hours', 'strings', 'emergency', 'topics.0.title', 'lang']) {
    for (const raw of NESTINGS) add('nest', `${path} = ${raw.slice(0, 6)}… (${DEPTH} deep)`, () => withRaw(set(base(), path, '@@RAW'), raw), { path });
  }
  for (const target of PROTO_TARGETS) for (const key of PROTO_KEYS) add('proto', `${target || '(root)'} + ${key}`, () => protoEntry(target, key), { path: target });
  add('huge', '100,000 services', () => JSON.stringify({ version: 1, services: Array.from({ length: 100_000 }, () => ({})) }));
  add('huge', '10,001 services', () => JSON.stringify({ version: 1, services: Array.from({ length: 10_001 }, () => ({})) }));
  add('huge', '201 emergency entries', () => JSON.stringify({ version: 1, emergency: Array.from({ length: 201 }, () => ({})) }));
  add('huge', '21 topics', () => JSON.stringify({ version: 1, topics: Array.from({ length: 21 }, () => base().topics[0]) }));
  add('huge', '5,000 strings', () => JSON.stringify({ version: 1, strings: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`key${i}`, '<b>x</b>'])) }));
  add('huge', 'a 1 MB key', () => JSON.stringify({ version: 1, strings: { [MB]: 'x' } }));
  add('huge', '51 regions', () => JSON.stringify(set(base(), 'services.0.regions', Array.from({ length: 51 }, () => 'GB'))));
  add('huge', '11 contacts', () => JSON.stringify(set(base(), 'services.0.contacts', Array.from({ length: 11 }, () => base().services[0].contacts[0]))));
  add('huge', 'a 1 MB document of whitespace', () => `${' '.repeat(1 << 20)}{"version":1}`);
  add('huge', 'not JSON', () => '{"version":1,');
  add('huge', 'a number', () => '1');
  add('huge', 'null', () => 'null');
  add('huge', 'a list', () => '[{"version":1}]');
  add('huge', 'an empty object', () => '{}');
  add('huge', 'version 2', () => JSON.stringify({ ...base(), version: 2 }));
  add('huge', 'version "1"', () => JSON.stringify({ ...base(), version: '1' }));
  // Two to four single mutations at once.
  const next = random(SEED);
  for (let i = 0; i < 240; i++) {
    const picks = Array.from({ length: 2 + Math.floor(next() * 3) }, () => single[Math.floor(next() * single.length)]);
    add('mixed', picks.map((m) => `${m.path} = ${JSON.stringify(m.value)}`).join('; '), () => {
      const doc = base();
      // Later paths may sit under a value an earlier pick replaced: skip those.
      for (const m of picks) {
        try {
          set(doc, m.path, m.value);
        } catch {
          /* the parent is no longer an object */
        }
      }
      return JSON.stringify(doc);
    }, { picks });
  }
  return entries;
}

/** The corpus: entries with `index`, `kind`, `note`, and `json()` that builds the text. */
export const corpus = build();

/** 10,000 valid services (the most a document may hold), to check the page stays responsive. */
export function tenThousandServices() {
  return JSON.stringify({
    version: 1,
    services: Array.from({ length: 10_000 }, (_, i) => ({
      id: `partner-${i}`,
      name: `Partner service ${i}`,
      regions: ['GB'],
      description: 'A local service.',
      contacts: [fictional(i)],
      hours: { timeZone: 'Europe/London', weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:00' }] },
      audiences: ['all'],
      free: true,
      crisis: false,
      source: 'https://partner.example/services',
      verifiedAt: '2026-11-01',
    })),
  });
}
