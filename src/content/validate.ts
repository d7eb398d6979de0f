import { bare } from './bare.js';
import type { ContentDocument, Emergency, Service, Topic } from './types.js';

/**
 * A small validator for the content document. Each rule returns a clean copy
 * of the value (only the keys it knows, so `__proto__` and friends never
 * travel on, in objects with no prototype: see bare.ts) or `undefined` after
 * pushing `path: message` onto `errors`. Only own properties of the input
 * are read, so a polluted `Object.prototype` adds nothing to it.
 * Weighed against valibot for the same rules: see the README.
 */
type Rule<T = unknown> = (value: unknown, path: string, errors: string[]) => T | undefined;

const fail = (errors: string[], path: string, message: string): undefined => void errors.push(`${path}: ${message}`);

const text =
  (max: number, pattern?: RegExp, hint?: string): Rule<string> =>
  (v, p, e) =>
    typeof v != 'string'
      ? fail(e, p, 'must be a string')
      : // Nothing but spaces and invisible characters (U+200B, U+2060…) is empty too: an emergency sentence or button that shows nothing.
        !v.replace(/[\s\p{Cf}]/gu, '')
        ? fail(e, p, 'must not be empty')
        : // Characters as JSON Schema's maxLength counts them: code points, so an emoji is one.
          // (More than twice `max` UTF-16 units is more than `max` code points, without counting a megabyte.)
          v.length > max && (v.length > 2 * max || [...v].length > max)
          ? fail(e, p, `must be at most ${max} characters`)
          : pattern && !pattern.test(v)
            ? fail(e, p, hint!)
            : v;

/** A string `check` accepts (it throws otherwise), e.g. a time zone `Intl` knows. */
const checked =
  (max: number, check: (v: string) => unknown, hint: string): Rule<string> =>
  (v, p, e) => {
    const value = text(max)(v, p, e);
    if (value === undefined) return;
    try {
      check(value);
      return value;
    } catch {
      return fail(e, p, hint);
    }
  };

const flag: Rule<boolean> = (v, p, e) => (typeof v == 'boolean' ? v : fail(e, p, 'must be true or false'));

const oneOf =
  <T extends string>(values: readonly T[]): Rule<T> =>
  (v, p, e) =>
    values.includes(v as T) ? (v as T) : fail(e, p, `must be one of ${values.join(', ')}`);

const list =
  <T>(item: Rule<T>, max: number, min = 0): Rule<T[]> =>
  (v, p, e) => {
    if (!Array.isArray(v)) return fail(e, p, 'must be a list');
    if (v.length < min || v.length > max) return fail(e, p, `must have ${min} to ${max} items`);
    const before = e.length;
    const out = v.map((x, i) => item(x, `${p}[${i}]`, e));
    return e.length > before ? undefined : (out as T[]);
  };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v == 'object' && v !== null && !Array.isArray(v);
const own = (v: Record<string, unknown>, key: string) => (Object.prototype.hasOwnProperty.call(v, key) ? v[key] : undefined);

/** Keys ending in `?` are optional. Only own properties are read. */
const shape =
  <T>(rules: Record<string, Rule>): Rule<T> =>
  (v, p, e) => {
    if (!isObject(v)) return fail(e, p, 'must be an object');
    const before = e.length;
    const out: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(rules)) {
      const name = key.replace('?', '');
      const path = p ? `${p}.${name}` : name;
      const given = own(v, name);
      if (given === undefined) {
        if (name == key) fail(e, path, 'is required');
      } else {
        const value = rules[key](given, path, e);
        if (value !== undefined) out[name] = value;
      }
    }
    return e.length > before ? undefined : (out as T);
  };

// A date that exists: 2024-02-31 would otherwise be shown as 2 March.
const date = checked(
  10,
  (d) => {
    if (!/^\d{4}-\d\d-\d\d$/.test(d) || new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) != d) throw 0;
  },
  'must be a date, YYYY-MM-DD',
);
// 24:00 ends a day; a range cannot start there (it would be read as the next day's 00:00).
const close = text(5, /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time, HH:MM from 00:00 to 24:00');
const open = text(5, /^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time, HH:MM from 00:00 to 23:59');
// No spaces or control characters anywhere, as the schema says.
const HTTP = /^https?:\/\/[^\s\u0000-\u001F\u007F]+$/i;
const webUrl = text(2048, HTTP, 'must be an http: or https: URL');
const region = text(6, /^[A-Z]{2}(-[A-Z\d]{1,3})?$/, 'must be a region code such as GB or GB-SCT');
const id = text(80, /^[a-z\d][a-z\d-]*$/, 'must be lower-case letters, digits and hyphens');
const number = text(20, /^\+?\d{2,15}$/, 'must be digits only, e.g. 999');
// Checking a zone builds a formatter: remember the good ones (5,000
// services share a handful), by the names the browser gives them, as it
// names the visitor's: "europe/london" is Europe/London, not another zone.
const zones: Record<string, string> = Object.create(null);
const timeZone: Rule<string> = (v, p, e) => {
  const tz = text(64)(v, p, e);
  try {
    return tz && (zones[tz] ??= new Intl.DateTimeFormat('en', { timeZone: tz }).resolvedOptions().timeZone);
  } catch {
    return fail(e, p, 'must be a time zone such as Europe/London');
  }
};
const lang = checked(35, (tag) => Intl.getCanonicalLocales(tag), 'must be a language tag such as en-GB or cy');

const HREF: Record<string, [RegExp, string]> = {
  phone: [/^tel:\+?\d{2,15}$/, 'must be tel: and 2 to 15 digits, e.g. tel:116123'],
  sms: [/^sms:\+?\d{2,15}(\?body=[A-Za-z\d%+]{1,40})?$/, 'must be sms: and 2 to 15 digits, with an optional ?body=KEYWORD'],
  email: [/^mailto:[^\s@:/?#]+@[^\s@:/?#]+$/, 'must be mailto: and one email address'],
  chat: [HTTP, 'must be an http: or https: URL'],
};
HREF.web = HREF.chat;

/** Letters on a phone's keypad, A to Z: 1-800-273-TALK. */
const KEYPAD = '22233344455566677778889999';

/** A number as dialled: its digits, and whether they start with a country code (+ or 00). */
const dialled = (international: boolean, digits: string) => ({ international: international || digits.startsWith('00'), digits: digits.replace(/^00/, '') });

/**
 * The country codes of one and two digits (E.164); all others have three.
 * Country codes are prefix-free, so the digits say where the code ends.
 */
const SHORT_CODE = /^(?:[17]|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58])/;
const national = (d: string) => d.slice(d.match(SHORT_CODE)?.[0].length ?? 3);

/**
 * Whether a number shown dials what a link does: an international one may be
 * written in national form (+44 20… as 020…, +1 800… as 800…). A keypad
 * word after the last digit may spell more letters than are dialled (1800
 * RESPECT): `spare` of its letters may be left over, no more.
 */
const same = (shown: ReturnType<typeof dialled>, link: ReturnType<typeof dialled>, spare: number): boolean => {
  const eq = (a: string, b: string) => a.startsWith(b) && a.length - b.length <= spare;
  // The number, and without its country code, with or without the national 0.
  const forms = (d: string) => [d, national(d), `0${national(d)}`];
  return shown.international == link.international
    ? eq(shown.digits, link.digits)
    : shown.international
      ? forms(shown.digits).some((f) => eq(f, link.digits))
      : forms(link.digits).some((f) => eq(shown.digits, f));
};

/** Between the groups of one number: spaces (a non-breaking one too), dashes of any kind, dots, slashes. */
const SEP = '[\\s\\p{Pd}./]';
/**
 * Each number written in a display: from a digit (or an area code in
 * brackets, not one glued to a word as in "xss(13)"), its digit groups,
 * capitals (a keypad word: 1-800-273-TALK) and bracketed groups (1 (800)
 * 273-8255), with separators between them; a word or " (" ends it.
 */
const NUMBERS = new RegExp(`(?:(?<!\\w)\\(\\d+\\)|\\+?\\d)(?:[\\dA-Z]|${SEP}+(?=[\\dA-Z])|${SEP}*\\(\\d+\\)${SEP}*(?=\\d))*`, 'gu');

/** A capital word with separators on both sides, before a digit. */
const LINKING = new RegExp(`${SEP}+[A-Z]+${SEP}+(?=\\d)`, 'u');

/**
 * Whether a display shows the number its link dials, as one of the numbers
 * written in it ("Call 0800 1111 (24 hours)", "999 or 112", "Text SHOUT to
 * 85258"). A display without digits shows no number to compare; one with
 * digits other than 0-9 cannot be checked, and does not pass.
 */
const showsNumber = (display: string, link: string): boolean => {
  const shown = display.replace('(0)', '');
  if (/\p{Nd}/u.test(shown.replace(/\d/g, ''))) return false;
  const target = dialled(link.startsWith('+'), link.replace('+', ''));
  const runs = shown.match(NUMBERS);
  return (
    !runs ||
    // A capital word between two numbers is a word ("999 OR 112"), unless
    // the whole reads as one number with a keypad word in it.
    runs.flatMap((run) => [run, ...run.split(LINKING)]).some((run) =>
      same(
        dialled(run[0] == '+', run.replace(/[A-Z]/g, (c) => KEYPAD[c.charCodeAt(0) - 65]).replace(/\D/g, '')),
        target,
        // Letters after the last digit written: a keypad word's spare ones.
        run.match(/\D*$/)![0].replace(/[^A-Z]/g, '').length,
      ),
    )
  );
};

const contact: Rule = (v, p, e) => {
  const c = shape<{ method: string; display: string; href: string }>({
    method: oneOf(['phone', 'sms', 'chat', 'email', 'web']),
    display: text(80),
    href: text(512),
  })(v, p, e);
  if (!c) return;
  const [pattern, hint] = HREF[c.method];
  // The separators people write in a number (tel:0808 157 0000,
  // tel:0808-157-0000) are taken out of the link: it dials the digits. So is
  // the "(0)" of +44 (0)808 157 0000 or 0044 (0)808 157 0000, which is not
  // dialled after a country code (+440800… would not connect).
  c.href = c.href.replace(/^(tel:|sms:)([^?]*)/, (_, scheme: string, number: string) =>
    scheme + (/^\W*(\+|00)/.test(number) ? number.replace('(0)', '') : number).replace(/[ ().-]/g, ''),
  );
  if (!pattern.test(c.href)) return fail(e, `${p}.href`, /^(tel|sms|mailto|https?):/i.test(c.href) ? hint : 'must be tel:, sms:, mailto:, http: or https:');
  // A number on screen is the number the link dials: one slip in a
  // partner's list ("0808 157 0001" over tel:08081570010) would put a
  // visitor in crisis through to a stranger.
  const number = c.href.match(/^(?:tel|sms):(\+?\d+)/)?.[1];
  // The national 0 of the UK, Ireland, Australia and New Zealand, or the 0
  // or 1 before a North American area code, dialled after the country code:
  // the call would not connect, whatever the display says.
  const trunk = number?.match(/^(?:\+|00)(?:(44|353|61|64)0|(1)[01])/);
  if (trunk) return fail(e, `${p}.href`, `must not dial ${trunk[0].slice(-1)} after the country code +${trunk[1] ?? trunk[2]}`);
  if (number && !showsNumber(c.display, number)) return fail(e, `${p}.display`, `must show the number the link dials (${number})`);
  return c;
};

// The same open and close time is refused: it would show a line as open 24
// hours, and is more often a slip than a day that runs to the next one.
const range: Rule = (v, p, e) => {
  const r = shape<{ open: string; close: string }>({ days: list(oneOf(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']), 7, 1), open, close })(v, p, e);
  return r && r.open == r.close ? fail(e, `${p}.close`, 'must not be the same as open (00:00 to 24:00 is a whole day)') : r;
};

const hours: Rule = (v, p, e) =>
  v === null
    ? null
    : shape(
        isObject(v) && own(v, 'alwaysOpen') === true
          ? { timeZone, alwaysOpen: flag }
          : {
              timeZone,
              weekly: list(range, 21, 1),
            },
      )(v, p, e);

const ageRange: Rule<[number, number]> = (v, p, e) =>
  Array.isArray(v) && v.length == 2 && v.every((n) => Number.isInteger(n) && n >= 0 && n <= 200) && v[0] <= v[1]
    ? [v[0], v[1]]
    : fail(e, p, 'must be [youngest, oldest] in whole years');

const service = shape<Service>({
  id,
  name: text(120),
  regions: list(region, 50, 1),
  description: text(600),
  contacts: list(contact, 10, 1),
  'website?': webUrl,
  hours,
  audiences: list(oneOf(['all', 'young-people', 'adults', 'worried-about-someone']), 4, 1),
  'ageRange?': ageRange,
  'topics?': list(text(40), 20),
  free: flag,
  crisis: flag,
  'languages?': list(lang, 20),
  'note?': text(300),
  source: webUrl,
  verifiedAt: date,
});

/** Digits of any script as 0-9 (Arabic ٩٩٧ as 997): each is its place in its script's run of ten. */
const ascii = (t: string) =>
  t.replace(/\p{Nd}/gu, (c) => {
    let k = 0;
    for (let cp = c.codePointAt(0)!; /\p{Nd}/u.test(String.fromCodePoint(--cp)); ) k++;
    return String(k % 10);
  });

// The sentence names the number its button dials (or the other one): "call
// 999" over a button that dials 991 would send a visitor in crisis nowhere.
// Each number written in it counts, alone or with the groups after it
// ("112/999", "999 24 hours", "116 123"), in any script's digits.
const emergency: Rule<Emergency> = (v, p, e) => {
  const x = shape<Emergency>({ region, number, 'alt?': number, text: text(300), source: webUrl, 'verifiedAt?': date })(v, p, e);
  const written = x && ascii(x.text).match(/\d+( \d+)*/g);
  return !x || !written || written.some((n) => [n.replace(/ /g, ''), ...n.split(' ')].some((d) => d == x.number || d == x.alt))
    ? x
    : fail(e, `${p}.text`, `must show the number its button dials (${x.number})`);
};

const link = shape({ title: text(200), url: webUrl, 'description?': text(400) });

const topic = shape<Topic>({
  id,
  title: text(200),
  summary: text(600),
  sections: list(shape({ heading: text(200), paragraphs: list(text(2000), 20, 1) }), 20),
  quotes: list(shape({ text: text(800), attribution: text(200), 'source?': link }), 50),
  source: shape({ publisher: text(200), title: text(200), url: webUrl }),
  reviewed: date,
  nextReview: date,
  'related?': list(link, 20),
});

// Any key but __proto__ (as the schema says), read as it is: not through
// `shape`, where a key "x?" would be optional and "__proto__" a prototype.
const strings: Rule<Record<string, string>> = (v, p, e) => {
  if (!isObject(v)) return fail(e, p, 'must be an object');
  const before = e.length;
  const out: Record<string, string> = Object.create(null);
  for (const key of Object.keys(v)) {
    const path = `${p}.${key}`;
    const value = key == '__proto__' ? fail(e, path, 'is not allowed') : text(300)(v[key], path, e);
    if (value !== undefined) out[key] = value;
  }
  return e.length > before ? undefined : out;
};

export interface Validation {
  /**
   * The clean document, or `undefined` when it cannot be used at all. Its
   * objects have no prototype (see bare.ts): use `Object.hasOwn` and
   * `JSON.stringify`, not `.hasOwnProperty` or `String()`, on them.
   */
  document?: ContentDocument;
  /** Errors that make the whole document unusable. */
  errors: string[];
  /** Errors of single services or emergency entries, which were left out. */
  skipped: string[];
  /** The same errors, one list per service or emergency entry left out. */
  leftOut: string[][];
}

/**
 * Validates a parsed content document. Whole-document problems (wrong
 * version, a bad topic, bad strings) reject it; a bad service or emergency
 * entry is left out and reported in `skipped`, so one typo in a partner's
 * list of 500 services does not hide the other 499.
 */
export function validateDocument(input: unknown): Validation {
  const errors: string[] = [];
  const leftOut: string[][] = [];
  if (!isObject(input)) return { errors: ['(document): must be a JSON object'], skipped: [], leftOut };
  if (own(input, 'version') !== 1) fail(errors, 'version', 'must be 1');
  const doc = shape<ContentDocument>({ 'lang?': lang, 'strings?': strings, 'topics?': list(topic, 20) })(input, '', errors);

  const records = <T extends object>(key: 'services' | 'emergency', rule: Rule<T>, max: number) => {
    const value = own(input, key);
    if (value === undefined) return;
    if (!Array.isArray(value) || value.length > max) return fail(errors, key, `must be a list of at most ${max} items`);
    const seen = new Set<unknown>();
    return value.flatMap((item, i) => {
      const problems: string[] = [];
      const clean = rule(item, `${key}[${i}]`, problems) as (T & { id?: string; region?: string }) | undefined;
      const name = clean?.id ?? clean?.region;
      if (clean && seen.has(name)) problems.push(`${key}[${i}]: repeats "${name}", which is already listed`);
      seen.add(name);
      if (!problems.length) return [clean!];
      leftOut.push(problems);
      return [];
    });
  };
  const services = records('services', service, 10000);
  const emergencies = records('emergency', emergency, 200);

  const skipped = leftOut.flat();
  if (errors.length || !doc) return { errors, skipped, leftOut };
  return {
    document: bare({ ...doc, version: 1, ...(services && { services }), ...(emergencies && { emergency: emergencies }) }),
    errors,
    skipped,
    leftOut,
  };
}
