// The content page's validator: parses the partner's JSON, checks it with the
// widgets' own validator (the ES module build, which imports nothing), lists
// the path-named errors, and shows a valid document in a live support
// finder through an inline <script type="application/json" slot="content">.
// The partner's text only ever goes into textContent: never into HTML.
import { validateDocument } from '/dist/esm/content/validate.js';

const form = document.getElementById('validator');
const textarea = document.getElementById('doc');
const summary = document.getElementById('report-summary');
const list = document.getElementById('report-errors');
const preview = document.getElementById('content-preview');

const plural = (n, one, other) => `${n} ${n === 1 ? one : other}`;

function item(text, className) {
  const li = document.createElement('li');
  li.className = className;
  li.textContent = text;
  return li;
}

/**
 * A fresh finder with the document inline, or with the built-in content
 * alone (what the widgets fall back to) when there is none to show; the old
 * one goes, and aborts whatever it was doing.
 */
function show(text, regions = [], replace = false) {
  const finder = document.createElement('recovery-support-finder');
  finder.setAttribute('heading-level', '3');
  if (regions.length) finder.setAttribute('region', regions[0]);
  if (replace) finder.setAttribute('services-mode', 'replace');
  if (text !== undefined) {
    const inline = document.createElement('script');
    inline.type = 'application/json';
    inline.slot = 'content';
    inline.textContent = text;
    finder.append(inline);
  }
  preview.replaceChildren(finder);
}

// The schema is on the page (the content page shows it in full).
const schema = JSON.parse(document.getElementById('schema').textContent);
const resolve = (node) => (node?.$ref ? resolve(schema.$defs[node.$ref.split('/').pop()]) : (node ?? {}));

/**
 * Fields the content document does not have: the widgets ignore them without
 * a word, so a typo ("servcies", "telephone") would quietly do nothing.
 */
function unknownKeys(value, node, path = '', out = []) {
  const here = resolve(node);
  if (Array.isArray(value)) {
    if (here.items) value.forEach((v, i) => unknownKeys(v, here.items, `${path}[${i}]`, out));
    return out;
  }
  if (!value || typeof value != 'object') return out;
  const fields = Object.assign({}, ...[here, ...(here.oneOf ?? []), ...(here.anyOf ?? [])].map((b) => resolve(b).properties ?? {}));
  if (!Object.keys(fields).length) return out;
  for (const [key, v] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (Object.hasOwn(fields, key)) unknownKeys(v, fields[key], at, out);
    else if (at != '$schema') out.push(at);
  }
  return out;
}

/** The strings the widgets use: the tables on this page list every key. */
const knownStrings = new Set(Array.from(document.querySelectorAll('table.strings tbody th code'), (c) => c.textContent));

/**
 * Keys of `strings` the widgets never ask for (a typo: "finderTitel"), apart
 * from other plural forms of a key (`results.few`, for Welsh) and names of
 * regions that partner data adds (`regionName.DE`).
 */
function unknownStrings(strings) {
  if (!strings || typeof strings != 'object' || Array.isArray(strings)) return [];
  const plural = /\.(zero|one|two|few|many|other)$/;
  return Object.keys(strings)
    .filter((k) => !knownStrings.has(k) && !k.startsWith('regionName.') && !(plural.test(k) && knownStrings.has(k.replace(plural, '.other'))))
    .map((k) => `strings.${k}`);
}

/** A string's placeholders, in order of name: `{n},{number}` (as src/shared/strings.ts reads them). */
const placeholders = (text) => text.match(/\{\w+\}/g)?.sort().join() ?? '';

/** `{name} and {number}`. */
const names = (list) => list.join(' and ');

/** What is in `a` and not in `b`, counting repeats: `{n},{n}` less `{n}` is `{n}`. */
function less(a, b) {
  const rest = [...b];
  return a.filter((p) => {
    const at = rest.indexOf(p);
    if (at >= 0) rest.splice(at, 1);
    return at < 0;
  });
}

/**
 * Translations the widgets throw away, each as a path-named problem. An
 * element keeps a partner's string only when it has the placeholders of the
 * built-in string it replaces (translator() in src/shared/strings.ts, whose
 * rule this is, to the letter): a plural form may leave out `{n}`, and is
 * held to the table's `.other`. Otherwise the element warns in the console
 * and keeps its own words: "Ffoniwch" for "Call {number}" would put an
 * emergency button on screen with no number. The tables are the elements'
 * own (the classic script on this page defines all three).
 */
function refusedStrings(strings) {
  const out = [];
  for (const [key, value] of Object.entries(strings ?? {})) {
    for (const tag of ['recovery-info-card', 'recovery-quote-carousel', 'recovery-support-finder']) {
      const table = customElements.get(tag)?.strings;
      if (!table) continue;
      const base = String(table[key] ?? table[key.replace(/(\.\w+)?$/, '.other')] ?? value);
      const has = placeholders(value);
      const plural = /\.(zero|one|two|few|many|other)$/.test(key);
      if (has == placeholders(base) || (plural && has == placeholders(base.replace('{n}', '')))) continue;
      const wanted = placeholders(base).split(',').filter(Boolean);
      const found = has.split(',').filter(Boolean);
      const missing = less(wanted, found);
      // The one `{n}` the rule lets a plural form go.
      if (plural && missing.includes('{n}')) missing.splice(missing.indexOf('{n}'), 1);
      const extra = less(found, wanted);
      const problem = [missing.length && `must keep ${names(missing)}`, extra.length && `must not add ${names(extra)}`].filter(Boolean).join(' and ');
      out.push(`strings.${key}: ${problem} (left out: the widgets use the built-in words, “${base}”)`);
      break;
    }
  }
  return out;
}

/**
 * Elements a translation would leave in English, each as a problem: strings
 * in another language than English must hold every key of an element's
 * table (a plural its `.other`), after those `refusedStrings` names, or the
 * element speaks English (translator() in src/shared/strings.ts again).
 */
function lackingStrings(doc, refused) {
  if (!doc.strings || !doc.lang || doc.lang.split('-')[0].toLowerCase() == 'en') return [];
  const kept = new Set(Object.keys(doc.strings).filter((key) => !refused.some((r) => r.startsWith(`strings.${key}:`))));
  return ['recovery-info-card', 'recovery-quote-carousel', 'recovery-support-finder'].flatMap((tag) => {
    const table = customElements.get(tag)?.strings ?? {};
    const missing = Object.keys(table).filter((key) => !kept.has(key.replace(/\.one$/, '.other')));
    const which = missing.length == Object.keys(table).length ? 'has none' : `lacks ${plural(missing.length, 'string', 'strings')} (${missing.join(', ')})`;
    return missing.length ? [`strings: ${which} of <${tag}>’s: given this document, it speaks English, not ${doc.lang}`] : [];
  });
}

/** What content-src and services-src refuse, in bytes (loaderOptions.maxBytes). */
const MAX_BYTES = 5_000_000;

export function check() {
  const text = textarea.value;
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    list.replaceChildren(item(`Not valid JSON: ${error.message}`, 'error'));
    summary.textContent = 'Not valid JSON, so the widgets would ignore it and keep the built-in content, as the finder below does.';
    show();
    return false;
  }
  const { document: doc, errors, skipped, leftOut } = validateDocument(parsed);
  const ignored = [...unknownKeys(parsed, schema), ...unknownStrings(parsed?.strings)];
  // Only a document the widgets take has its strings judged.
  const refused = doc ? refusedStrings(doc.strings) : [];
  const lacking = doc ? lackingStrings(doc, refused) : [];
  const bytes = new Blob([text]).size;
  const large = bytes > MAX_BYTES ? ` From a URL (content-src, services-src) it would be refused: it is ${bytes.toLocaleString('en-GB')} bytes, over ${MAX_BYTES.toLocaleString('en-GB')}.` : '';
  list.replaceChildren(
    ...errors.map((e) => item(e, 'error')),
    ...skipped.map((e) => item(`${e} (left out)`, 'skipped')),
    ...refused.map((e) => item(e, 'skipped')),
    ...lacking.map((e) => item(e, 'skipped')),
    ...ignored.map((key) => item(`${key}: not a field of the content document, so the widgets ignore it (a typo?)`, 'ignored')),
  );
  if (!doc) {
    const entries = leftOut.length ? ` (and ${plural(leftOut.length, 'entry', 'entries')} with problems)` : '';
    summary.textContent = `${plural(errors.length, 'error', 'errors')}${entries}: the widgets would not use this document, and keep the built-in content, as the finder below does.`;
    show();
    return false;
  }
  const parts = [
    plural(doc.topics?.length ?? 0, 'topic', 'topics'),
    plural(doc.services?.length ?? 0, 'service', 'services'),
    plural(doc.emergency?.length ?? 0, 'emergency entry', 'emergency entries'),
  ];
  // One entry can have several problems: count the entries; and the strings thrown away.
  const left = leftOut.length;
  const dropped = [left && plural(left, 'entry', 'entries'), refused.length && plural(refused.length, 'string', 'strings')].filter(Boolean);
  const wasLeftOut = `${dropped.join(' and ')} ${left + refused.length == 1 ? 'was' : 'were'} left out`;
  const regions = [...new Set((doc.services ?? []).flatMap((s) => s.regions))];
  // The finder shows one region at a time: say which, and where the others are.
  const where = regions.length > 1 ? ` for ${regions[0]} (choose ${regions.slice(1).join(', ')} in its “Where are you?” list)` : '';
  const unknown =
    (ignored.length ? ` ${plural(ignored.length, 'field is', 'fields are')} ignored: see the list.` : '') +
    (lacking.length ? ` The translation is not whole: ${plural(lacking.length, 'element', 'elements')} would speak English (see the list).` : '');
  const used = doc.topics?.length || doc.services?.length || doc.emergency?.length || (doc.strings && Object.keys(doc.strings).length > refused.length);
  // Nothing left out and nothing used: the fields have other names (a typo, another format).
  const why = dropped.length ? wasLeftOut : 'it has no topics, services, emergency entries or strings';
  summary.textContent = !used
    ? `Nothing usable: ${why}, so the finder below shows the built-in content.${unknown}${large}`
    : skipped.length || refused.length
      ? `Usable, but ${wasLeftOut}: ${parts.join(', ')} used. The finder below shows it${where}.${unknown}${large}`
      : `Valid: ${parts.join(', ')}. The finder below shows it${where}.${unknown}${large}`;
  show(text, regions, form.elements.replace.checked);
  return true;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  check();
});

// The example is in the textarea: show it at once.
check();
