// One configurator page per element, generated from custom-elements.json: a
// form control for every attribute and every --recovery-* property, the live
// element, and the embed snippet (demo/configure.js keeps them in step).
import { codeBlock, esc, md, snippetElement } from './html.mjs';

/** Font stacks a partner can pick: each uses fonts already on the visitor's device. */
export const FONTS = [
  ['', 'System UI (default)'],
  ["Seravek, 'Gill Sans Nova', Ubuntu, Calibri, 'DejaVu Sans', sans-serif", 'Humanist sans-serif'],
  ["Avenir, Montserrat, Corbel, 'URW Gothic', sans-serif", 'Geometric sans-serif'],
  ["Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, 'DejaVu Serif', serif", 'Transitional serif'],
  ["ui-rounded, 'Hiragino Maru Gothic ProN', Quicksand, Comfortaa, 'Arial Rounded MT', Calibri, sans-serif", 'Rounded'],
  ["Verdana, 'DejaVu Sans', 'Bitstream Vera Sans', sans-serif", 'Wide (Verdana)'],
];

/** `'full'` → `full`; `undefined` → ''. */
export const plainDefault = (value) => (value == null || value === 'undefined' ? '' : String(value).replace(/^'(.*)'$/, '$1'));

/** `'full'|'compact'` → ['full', 'compact']; `2|3|4` → ['2', '3', '4']; anything else → undefined. */
export function literals(type) {
  const items = String(type ?? '')
    .split('|')
    .map((t) => t.trim());
  if (items.length > 1 && items.every((t) => /^'[^']*'$/.test(t) || /^\d+$/.test(t))) return items.map(plainDefault);
  return undefined;
}

/** `#fff` → `#ffffff`, the only form `<input type="color">` takes. */
const hex6 = (value) => (/^#[0-9a-f]{3}$/i.test(value) ? `#${[...value.slice(1)].map((c) => c + c).join('')}` : value.toLowerCase());

const isUrlish = (name) => /-(src|url|href)$/.test(name);

/**
 * Attributes whose value the element may correct (with a console warning):
 * the configurator puts what the element would use in the snippet instead,
 * and says so in a note under the field (demo/configure.js writes it).
 */
const correctable = (tag, attr, type) => type === 'number' || attr.name === 'lang' || (tag === 'recovery-quote-carousel' && attr.name === 'label');

function attributeControl(attr, facts, tag) {
  const id = `attr-${attr.name}`;
  const type = attr.type?.text ?? 'string';
  const def = plainDefault(attr.default);
  // This site's own Content-Security-Policy lets the preview fetch from this site only.
  const fetched = /-src$/.test(attr.name)
    ? ' The preview here can load a file from this site only (its <code>connect-src</code> is <code>\'self\'</code>); on your page, allow your file\'s origin in yours.'
    : '';
  // The picker offers the built-in regions; the element reads more.
  const regions = attr.name === 'region' ? ' Here, the built-in regions; on your page, any value above.' : '';
  const hint = `<p class="hint" id="${id}-hint">${md(attr.description)}${fetched}${regions}</p>`;
  const label = `<label for="${id}"><code>${esc(attr.name)}</code></label>`;
  // Empty until the configurator changes or leaves out what was typed; a status, so a screen reader hears it.
  const noted = correctable(tag, attr, type);
  const note = noted ? `<p class="hint note" id="${id}-note" role="status"></p>` : '';
  const common = `id="${id}" name="${esc(attr.name)}" data-attr="${esc(attr.name)}" data-default="${esc(def)}" aria-describedby="${id}-hint${noted ? ` ${id}-note` : ''}"`;
  if (type === 'boolean') {
    return `<div class="field check"><input type="checkbox" ${common} /> ${label}${hint}</div>`;
  }
  const options = literals(type) ?? (attr.name === 'region' ? facts.regions : undefined);
  if (options) {
    const unset = def ? [] : [['', 'Not set']];
    const all = [...unset, ...options.map((o) => [o, o === def ? `${o} (default)` : o])];
    return `<div class="field">${label}<select ${common}>${all
      .map(([value, text]) => `<option value="${esc(value)}"${value === def ? ' selected' : ''}>${esc(text)}</option>`)
      .join('')}</select>${hint}</div>`;
  }
  // The values the element takes (the carousel's MIN_INTERVAL to
  // MAX_INTERVAL, any number of milliseconds, and above it the maximum; a
  // whole index of one of the built-in quotes the preview shows): no snippet
  // the element would correct.
  const [min, max, extra = ''] =
    {
      interval: [facts.interval.min, facts.interval.max, ' step="any" data-above="max"'],
      index: [0, facts.topic.quotes.length - 1],
    }[attr.name] ?? [];
  const range = `${min === undefined ? '' : ` min="${min}"`}${max === undefined ? '' : ` max="${max}"`}${extra}`;
  const input =
    type === 'number'
      ? `<input type="number" inputmode="numeric"${range} ${common} placeholder="${esc(def)}" />`
      : `<input type="text" ${isUrlish(attr.name) ? 'inputmode="url" ' : ''}spellcheck="false" autocomplete="off" ${common} placeholder="${esc(def)}" />`;
  return `<div class="field">${label}${input}${note}${hint}</div>`;
}

function propertyControl(prop, darkDefaults) {
  const id = `css${prop.name.slice(1)}`;
  const hint = `<p class="hint" id="${id}-hint">${md(prop.description)}</p>`;
  const label = `<label for="${id}"><code>${esc(prop.name)}</code></label>`;
  const common = `id="${id}" name="${esc(prop.name)}" data-prop="${esc(prop.name)}" aria-describedby="${id}-hint"`;
  const def = prop.default ?? '';
  if (/^#[0-9a-f]{3,6}$/i.test(def)) {
    const dark = darkDefaults[prop.name] ? ` data-dark-default="${hex6(darkDefaults[prop.name])}"` : '';
    return `<div class="field colour"><input type="color" ${common} value="${hex6(def)}" data-default="${hex6(def)}"${dark} /> ${label}${hint}</div>`;
  }
  if (prop.name === '--recovery-font-family') {
    return `<div class="field">${label}<select ${common} data-default="">${FONTS.map(
      ([value, text]) => `<option value="${esc(value)}">${esc(text)}</option>`,
    ).join('')}</select>${hint}</div>`;
  }
  const px = /^(\d+)px$/.exec(def);
  if (px) {
    return `<div class="field">${label}<span class="unit"><input type="number" inputmode="numeric" min="0" max="64" ${common} data-unit="px" data-default="${px[1]}" placeholder="${px[1]}" /> px</span>${hint}</div>`;
  }
  return `<div class="field">${label}<input type="text" ${common} data-default="${esc(def)}" placeholder="${esc(def)}" />${hint}</div>`;
}

export function configurePage(facts, element) {
  const { decl, tag } = element;
  const attributes = decl.attributes ?? [];
  const props = decl.cssProperties ?? [];
  const events = (decl.events ?? []).map((e) => e.name);
  // What browsers that never run the script show: the finder, the region's
  // emergency route; the card, its title (at each heading level) and summary.
  const finder = tag === 'recovery-support-finder';
  const card = tag === 'recovery-info-card';
  const inner = finder ? facts.fallback() : card ? facts.cardFallback() : '';
  // The carousel's quotes speak of how hard recovery can be, and it has no
  // help route of its own: never alone, in the snippet or on this page.
  const carousel = tag === 'recovery-quote-carousel';
  const beside = carousel
    ? '<!-- No help route of its own: put it beside <recovery-info-card> or <recovery-support-finder>, never alone. -->\n'
    : '';
  const snippet = facts.embed(beside + snippetElement(tag, inner));
  const fallbacks = finder
    ? { ...Object.fromEntries(facts.regions.map((r) => [r, facts.fallback(r)])), '*': facts.fallback('*') }
    : card
      ? {
          ...Object.fromEntries([2, 3, 4, 5, 6].map((level) => [level, facts.cardFallback(level, '')])),
          help: { ...Object.fromEntries(facts.regions.map((r) => [r, facts.fallback(r)])), '*': facts.fallback('*') },
        }
      : undefined;
  return `
      <h1>${esc(element.title)} <code class="tag">&lt;${esc(tag)}&gt;</code></h1>
      <p class="lead">${md((decl.description?.split('\n\n')[0] ?? decl.summary).replace(/\s*\n\s*/g, ' '))}</p>
      <p>Change the settings: the live ${esc(element.title.toLowerCase())} and its embed code follow. Every attribute and
        style property of the element is here, read from <code>custom-elements.json</code>; the
        <a href="api.html#${tag}">API reference</a> lists its events, slots and parts.</p>

      <div class="configurator">
        <form class="settings" id="settings" data-tag="${esc(tag)}" data-events="${esc(events.join(' '))}"${
                fallbacks ? ` data-fallbacks="${esc(JSON.stringify(fallbacks))}"` : ''
              } aria-labelledby="settings-title">
          <h2 id="settings-title">Settings</h2>
          <fieldset>
            <legend>Attributes</legend>
            ${attributes.map((a) => attributeControl(a, facts, tag)).join('\n            ')}
          </fieldset>
          <fieldset>
            <legend>Colours and font</legend>
            <p class="hint">Set on the element (or any ancestor) in your own stylesheet. A colour you set applies in every theme.</p>
            ${props.map((p) => propertyControl(p, facts.darkDefaults)).join('\n            ')}
            <div class="contrast">
              <p id="contrast-summary" role="status"></p>
              <ul id="contrast-list"></ul>
            </div>
          </fieldset>
          <p><button type="reset" class="button secondary">Reset all settings</button></p>
        </form>

        <div class="result">
          <section aria-labelledby="embed-title">
            <h2 id="embed-title">Embed code</h2>
            <p>Put the script tag in the page's <code>&lt;head&gt;</code>, once however many widgets the page has: there the
              widgets are ready before the page is first drawn, so nothing moves (in the body, it would draw them later and push
              the content below them down). Put the element where the ${esc(element.title.toLowerCase())} should appear. <code>cdn.example.org</code> stands for wherever you serve the file: host it yourself to avoid any
              third-party request (see <a href="privacy.html#hosting">hosting</a>).</p>
            ${codeBlock(snippet, { label: 'HTML', id: 'snippet-html' })}
            ${codeBlock('', { label: 'CSS for your stylesheet', id: 'snippet-css', hidden: true })}
          </section>
          <section aria-labelledby="preview-title">
            <h2 id="preview-title">Preview</h2>
            <div class="preview" id="preview">
              <${tag}>${inner}</${tag}>
            </div>${
              carousel
                ? `
            <p>On your page as on this one, the help route goes with it:</p>
            ${facts.fallback('GB')}`
                : ''
            }
          </section>
          <section aria-labelledby="events-title">
            <h2 id="events-title">Events</h2>
            <p>What the element reports when the visitor uses it, for your own analytics. The widget itself sends nothing anywhere.</p>
            <ol class="events" id="events" aria-label="Events fired, newest first"></ol>
            <p class="hint" id="events-empty">None yet.</p>
          </section>
        </div>
      </div>`;
}
