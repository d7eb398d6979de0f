// The configurator pages: the form (generated from custom-elements.json by
// scripts/site/configure.mjs) drives the live element, the embed snippet, the
// CSS snippet and a contrast check. Values equal to a default are left out of
// the snippet, so it stays as short as the partner's choices.

const form = document.getElementById('settings');
const { tag } = form.dataset;
const element = document.querySelector(`#preview ${tag}`);
const htmlCode = document.getElementById('snippet-html');
const cssCode = document.getElementById('snippet-css');

/** Text for a double-quoted HTML attribute value. */
const quote = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * The carousel's `label` as the element would use it: screen readers say the
 * role ("carousel") after the name, so the element takes the word out (the
 * whole word only, and the punctuation it leaves at either end), as
 * willUpdate() in src/recovery-quote-carousel/recovery-quote-carousel.ts
 * does. Again until nothing changes: the snippet's value must be one the
 * element keeps as it is.
 */
function withoutRole(label, role) {
  const edge = (c = ' ') => /[\s\p{P}]/u.test(c);
  for (;;) {
    const lower = label.toLowerCase();
    let at = -1;
    do at = lower.indexOf(role.toLowerCase(), at + 1);
    while (at >= 0 && !(edge(label[at - 1]) && edge(label[at + role.length])));
    if (at < 0) return label;
    label = `${label.slice(0, at)} ${label.slice(at + role.length)}`.replace(/\s+/g, ' ').replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
  }
}

/**
 * What the element would make of a control's value: [the value for the
 * snippet ('' for none), a note for the partner when it is not what they
 * typed ('' when it is)]. The element would correct anything else with a
 * console warning; the snippet holds only what it keeps as it is.
 */
function judged(control) {
  const typed = control.value.trim();
  const def = control.dataset.default;
  const fallback = def ? `so the element uses its default, ${def}` : 'so the element uses its own';
  if (control.type === 'number') {
    const { rangeUnderflow, rangeOverflow, stepMismatch, badInput } = control.validity;
    const { min, max } = control;
    const range = `${control.step === 'any' ? 'from' : 'a whole number from'} ${min} to ${max}`;
    if (badInput) return ['', `Not a number: left out of the snippet, ${fallback}.`];
    // Above the maximum: the carousel's interval is the maximum.
    if (rangeOverflow && control.dataset.above === 'max') return [max, `${typed} is over the most the element takes, ${max}: the snippet has ${max}.`];
    // A positive number below the minimum is the minimum.
    if (rangeUnderflow && Number(typed) > 0) return [min, `${typed} is under the least the element takes, ${min}: the snippet has ${min}.`];
    if (rangeOverflow || rangeUnderflow || stepMismatch) return ['', `The element takes ${range}, not ${typed}: left out of the snippet, ${fallback}.`];
    return [typed, ''];
  }
  if (control.dataset.attr === 'lang' && typed) {
    try {
      Intl.getCanonicalLocales(typed);
    } catch {
      return ['', `${typed} is not a language tag (such as en-GB or cy): left out of the snippet, so the element follows the page’s language.`];
    }
  }
  if (tag === 'recovery-quote-carousel' && control.dataset.attr === 'label') {
    const { carouselRole: role = 'carousel', carouselLabel: own } = customElements.get(tag)?.strings ?? {};
    const kept = withoutRole(typed, role);
    if (kept === typed) return [typed, ''];
    const why = `Screen readers say “${role}” after the name, so the element takes the word out`;
    return kept ? [kept, `${why}: the snippet has “${kept}”.`] : ['', `${why}, and nothing is left: left out of the snippet, so the element uses its own name${own ? `, “${own}”` : ''}.`];
  }
  return [typed, ''];
}

/** Says under a field what became of what was typed in it (a status: a screen reader hears it). */
function note(control, text) {
  const out = document.getElementById(`${control.id}-note`);
  if (out && out.textContent !== text) out.textContent = text;
}

/** The attributes the partner chose: [name, value], value `true` for a boolean. */
function chosenAttributes() {
  const chosen = [];
  for (const control of form.querySelectorAll('[data-attr]')) {
    const name = control.dataset.attr;
    if (control.type === 'checkbox') {
      if (control.checked) chosen.push([name, true]);
      continue;
    }
    const [value, why] = judged(control);
    note(control, why);
    if (value !== '' && value !== control.dataset.default) chosen.push([name, value]);
  }
  return chosen;
}

/**
 * Has the partner set this property? A colour they picked counts even when it
 * equals the light default: under `theme="dark"` white is a choice, not the
 * default.
 */
const touched = (control) => 'touched' in control.dataset || control.value.trim().toLowerCase() !== control.dataset.default;

/** The custom properties the partner changed: [property, CSS value]. */
function chosenProperties() {
  const chosen = [];
  for (const control of form.querySelectorAll('[data-prop]')) {
    const value = control.value.trim();
    if (value === '' || !touched(control)) continue;
    chosen.push([control.dataset.prop, control.dataset.unit ? `${value}${control.dataset.unit}` : value]);
  }
  return chosen;
}

/**
 * The element's markup: on one line when it fits in 100 characters, else one
 * attribute a line; `inner` (the finder's fallback) on its own line inside.
 */
export function markup(name, attributes, inner = '') {
  const parts = attributes.map(([attr, value]) => (value === true ? attr : `${attr}="${quote(value)}"`));
  const line = `<${name}${parts.map((p) => ` ${p}`).join('')}>`;
  const open = line.length <= 100 - name.length - 3 || !parts.length ? line : `<${name}\n${parts.map((p) => `    ${p}`).join('\n')}>`;
  return inner ? `${open}\n  ${inner.replaceAll('\n', '\n  ')}\n</${name}>` : `${open}</${name}>`;
}

/**
 * What a visitor sees if the script never runs (written by
 * scripts/build-site.mjs from the built-in content): the support finder's
 * emergency route for the chosen region; the info card's title at the
 * chosen heading level and its summary, then that route unless the help
 * strip is hidden.
 */
function fallback(attributes) {
  if (!form.dataset.fallbacks) return '';
  const all = JSON.parse(form.dataset.fallbacks);
  const value = (name) => attributes.find(([attr]) => attr === name)?.[1];
  const route = (routes) => {
    const region = (value('region') ?? 'GB').toUpperCase();
    return routes[region] ?? routes[region.split('-')[0]] ?? routes['*'];
  };
  if (tag === 'recovery-info-card') {
    const help = attributes.some(([attr]) => attr === 'hide-help') ? '' : route(all.help);
    // The built-in topic's words: not for a card showing the partner's own; the way to help, always.
    if (attributes.some(([attr]) => attr === 'content-src' || attr === 'topic')) return help;
    return [all[value('heading-level') ?? '2'] ?? all[2], help].filter(Boolean).join('\n');
  }
  return route(all);
}

/**
 * The snippet with `html` for its element: the script tag, pinned with the
 * built file's hash, and the comments stay as scripts/build-site.mjs wrote
 * them for the page's first view (everything up to the last comment).
 */
const first = htmlCode.textContent;
const embed = (html) => first.slice(0, first.lastIndexOf('-->\n') + 4) + html;

/**
 * Each attribute as the form last wrote it (null: removed). Only a change is
 * written: the finder takes any write of `region` as the partner's word over
 * the visitor's choice, and the carousel goes back to `index`, so writing
 * them again at every other setting would undo what the visitor did in the
 * preview.
 */
const written = new Map();

function render() {
  const attributes = chosenAttributes();
  const properties = chosenProperties();
  for (const control of form.querySelectorAll('[data-attr]')) {
    const name = control.dataset.attr;
    const chosen = attributes.find(([attr]) => attr === name);
    const value = !chosen ? null : chosen[1] === true ? '' : chosen[1];
    if (written.has(name) && written.get(name) === value) continue;
    written.set(name, value);
    if (value === null) element.removeAttribute(name);
    else element.setAttribute(name, value);
  }
  for (const control of form.querySelectorAll('[data-prop]')) element.style.removeProperty(control.dataset.prop);
  for (const [prop, value] of properties) element.style.setProperty(prop, value);

  showOutline(Number(attributes.find(([attr]) => attr === 'heading-level')?.[1] ?? 2));
  htmlCode.textContent = embed(markup(tag, attributes, fallback(attributes)));
  cssCode.textContent = `${tag} {\n${properties.map(([p, v]) => `  ${p}: ${v};`).join('\n')}\n}`;
  cssCode.closest('.code').hidden = properties.length === 0;
  checkContrast();
}

/**
 * Under "Preview" (a level 2 heading), a widget at heading level 4 to 6 sits
 * in a page whose outline reaches that deep: the headings of levels 3 to 5
 * above it stand for your page's own, so that the outline here is whole, as
 * it must be on your page.
 */
function showOutline(level) {
  document.querySelectorAll('#preview .outline').forEach((h) => h.remove());
  for (let l = 3; l < level; l++) {
    const h = document.createElement(`h${l}`);
    h.className = 'outline';
    h.textContent = `Your page's level ${l} heading`;
    element.before(h);
  }
}

// Colour pairs the elements draw, with the WCAG 2.2 AA minimum for each.
/**
 * Colour pairs to check, and the elements that draw each (i: info card, q:
 * quote carousel, s: support finder): a pair an element never draws is not
 * a failure of its colours.
 */
const PAIRS = [
  ['--recovery-color-text', '--recovery-color-surface', 4.5, 'Text on the background', 'iqs'],
  ['--recovery-color-text-muted', '--recovery-color-surface', 4.5, 'Secondary text on the background', 'iqs'],
  ['--recovery-color-accent', '--recovery-color-surface', 4.5, 'Links and buttons on the background', 'iqs'],
  ['--recovery-color-text', '--recovery-color-panel', 4.5, 'Text on panels (a button’s hover background on the carousel)', 'iqs'],
  ['--recovery-color-text-muted', '--recovery-color-panel', 4.5, 'Secondary text on panels', 'is'],
  ['--recovery-color-accent', '--recovery-color-panel', 4.5, 'Links on panels', 'is'],
  ['--recovery-color-on-emergency', '--recovery-color-emergency', 4.5, 'Text on the emergency call button', 'is'],
  ['--recovery-color-text', '--recovery-color-emergency-panel', 4.5, 'Text in the emergency banner', 's'],
  ['--recovery-color-text-muted', '--recovery-color-emergency-panel', 4.5, 'Check dates in the emergency banner', 's'],
  ['--recovery-color-accent', '--recovery-color-emergency-panel', 4.5, 'Links in the emergency banner', 's'],
  ['--recovery-color-focus', '--recovery-color-panel', 3, 'The focus ring on panels', 'is'],
  ['--recovery-color-control', '--recovery-color-surface', 3, 'Control borders', 'qs'],
  ['--recovery-color-control', '--recovery-color-panel', 3, 'Control borders on panels (the finder’s filters, a hovered carousel button)', 'qs'],
  ['--recovery-color-focus', '--recovery-color-emergency-panel', 3, 'The focus ring in the emergency banner', 's'],
  ['--recovery-color-focus', '--recovery-color-surface', 3, 'The focus ring', 'iqs'],
];
/** This page's element among the pairs' letters. */
const drawn = { 'recovery-info-card': 'i', 'recovery-quote-carousel': 'q', 'recovery-support-finder': 's' }[tag];

function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The themes a visitor may see: the chosen one, or both for `auto`. A colour
 * the partner set applies in every theme; one left alone is that theme's
 * default (the dark ones are read from the widgets' styles at build time).
 */
function themes() {
  const theme = form.querySelector('[data-attr="theme"]')?.value || 'light';
  return theme === 'auto' ? ['light', 'dark'] : [theme];
}

function checkContrast() {
  const colour = (prop, theme) => {
    const input = form.querySelector(`input[type=color][data-prop="${prop}"]`);
    if (!input) return undefined;
    return touched(input) || theme === 'light' ? input.value : (input.dataset.darkDefault ?? input.value);
  };
  const shown = themes();
  const rows = shown.flatMap((theme) =>
    PAIRS.filter(([fg, bg, , , on]) => on.includes(drawn) && colour(fg, theme) && colour(bg, theme)).map(([fg, bg, min, what]) => {
      const ratio = contrast(colour(fg, theme), colour(bg, theme));
      return { what: shown.length > 1 ? `${what} (${theme} theme)` : what, ratio, min, ok: ratio >= min };
    }),
  );
  const list = document.getElementById('contrast-list');
  list.replaceChildren(
    ...rows.map(({ what, ratio, min, ok }) => {
      const li = document.createElement('li');
      li.className = ok ? 'pass' : 'fail';
      li.textContent = `${what}: ${ratio.toFixed(1)}:1, ${ok ? 'meets' : 'below'} ${min}:1`;
      return li;
    }),
  );
  const failing = rows.filter((r) => !r.ok).length;
  const which = shown.length > 1 ? 'the light and dark themes' : `the ${shown[0]} theme`;
  const summary = failing
    ? `${failing} of ${rows.length} colour pairs are below WCAG 2.2 AA in ${which}. Visitors with low vision may not read them.`
    : `All ${rows.length} colour pairs meet WCAG 2.2 AA in ${which} (with its own colours for any you have not set).`;
  const status = document.getElementById('contrast-summary');
  if (status.textContent !== summary) status.textContent = summary;
}

const touch = (event) => {
  if (event.target.dataset.prop) event.target.dataset.touched = '';
};
form.addEventListener('change', (event) => {
  touch(event);
  render();
});
// Custom properties follow as they are typed or dragged; attributes on change
// (a URL half typed into services-src would be fetched at every key).
form.addEventListener('input', (event) => {
  if (!event.target.dataset.prop) return;
  touch(event);
  render();
});
form.addEventListener('submit', (event) => event.preventDefault());
// `reset` fires before the controls go back to their defaults.
form.addEventListener('reset', () => {
  for (const control of form.querySelectorAll('[data-touched]')) delete control.dataset.touched;
  setTimeout(render);
});

// The visitor's own actions: an events log, and the compact card's
// `expanded` (which the element reflects) kept in step with the form.
const log = document.getElementById('events');
for (const type of form.dataset.events.split(' ').filter(Boolean)) {
  element.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const name = document.createElement('code');
    name.textContent = type;
    item.append(name, ` ${JSON.stringify(event.detail)}`);
    log.prepend(item);
    while (log.children.length > 8) log.lastElementChild.remove();
    document.getElementById('events-empty').hidden = true;
    if (type === 'recovery-toggle') {
      const box = form.querySelector('[data-attr="expanded"]');
      if (box) {
        box.checked = event.detail.expanded;
        render();
      }
    }
  });
}

render();
