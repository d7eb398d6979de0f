// The API reference, generated from custom-elements.json at build time so it
// cannot drift from the code: attributes, properties, events (with their
// detail types and React prop names), slots, parts and CSS properties.
import { esc, md } from './html.mjs';

/** `recovery-slide-change` → `onRecoverySlideChange`, the React wrapper's prop. */
export const reactProp = (event) => `on${event.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase())}`;

const item = (term, meta, description) =>
  `<div><dt>${term}${meta.length ? ` <span class="meta">${meta.join(' · ')}</span>` : ''}</dt><dd>${md(description) || '—'}</dd></div>`;

const list = (id, title, items) =>
  items.length ? `<h3 id="${id}">${esc(title)}</h3>\n<dl class="api">\n${items.join('\n')}\n</dl>` : '';

/** Public instance properties: what a script (or a framework) can set. */
export function publicProperties(decl) {
  return (decl.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public');
}

export function elementReference(decl) {
  const tag = decl.tagName;
  const code = (v) => `<code>${esc(v)}</code>`;
  const members = publicProperties(decl);
  const attributes = (decl.attributes ?? []).map((a) =>
    item(
      code(a.name),
      [
        a.fieldName ? `property ${code(a.fieldName)}` : 'attribute only',
        `type ${code(a.type?.text ?? 'string')}`,
        a.default != null && a.default !== 'undefined' ? `default ${code(a.default)}` : 'no default',
        members.find((m) => m.name === a.fieldName)?.reflects ? 'reflects' : '',
      ].filter(Boolean),
      a.description,
    ),
  );
  const withoutAttribute = members
    .filter((m) => !m.attribute)
    .map((m) => item(code(m.name), [`type ${code(m.type?.text ?? 'unknown')}`], m.description));
  const statics = (decl.members ?? [])
    .filter((m) => m.kind === 'field' && m.static && m.name === 'version')
    .map((m) => item(code(`${decl.name}.${m.name}`), ['static', `type ${code(m.type?.text ?? 'string')}`], m.description));
  const events = (decl.events ?? []).map((e) =>
    item(code(e.name), [`detail ${code(e.type?.text?.replace(/^CustomEvent<(.*)>$/, '$1') ?? 'none')}`, `React ${code(reactProp(e.name))}`], e.description),
  );
  const slots = (decl.slots ?? []).map((s) => item(s.name ? code(s.name) : 'default slot', [], s.description));
  const parts = (decl.cssParts ?? []).map((p) => item(code(`::part(${p.name})`), [], p.description));
  const cssProps = (decl.cssProperties ?? []).map((p) => item(code(p.name), p.default ? [`default ${code(p.default)}`] : [], p.description));
  return `
      <section class="reference" aria-labelledby="${tag}">
        <h2 id="${tag}"><code>&lt;${esc(tag)}&gt;</code></h2>
        <p class="lead">${md(decl.summary)}</p>
        ${decl.description ? `<p>${md(decl.description.replace(/\s*\n\s*/g, ' '))}</p>` : ''}
        <p>Class <code>${esc(decl.name)}</code>: <code>recovery-widgets/${esc(tag)}/class.js</code> (defines nothing);
          tag: <code>recovery-widgets/${esc(tag)}.js</code>; React: <code>${esc(decl.name)}</code> from <code>recovery-widgets/react</code>.</p>
        ${list(`${tag}-attributes`, 'Attributes', attributes)}
        ${list(`${tag}-properties`, 'Properties without an attribute', [...withoutAttribute, ...statics])}
        ${list(`${tag}-events`, 'Events', events)}
        ${list(`${tag}-slots`, 'Slots', slots)}
        ${list(`${tag}-parts`, 'CSS parts', parts)}
        ${list(`${tag}-css`, 'CSS custom properties', cssProps)}
      </section>`;
}

export function apiPage(facts) {
  const toc = facts.elements
    .map(({ tag, decl }) => `<li><a href="#${tag}"><code>&lt;${esc(tag)}&gt;</code></a>: ${md(decl.summary)}</li>`)
    .join('\n        ');
  return `
      <h1>API reference</h1>
      <p class="lead">Every attribute, property, event, slot, part and CSS custom property of the three elements, generated
        from <code>custom-elements.json</code> when the package is built, so it always matches the code.</p>
      <ul>
        ${toc}
      </ul>
      <p>Events bubble and cross the shadow root (<code>composed</code>), so you can listen on the element or on
        <code>document</code>. They fire only for what the visitor did, never for a property you set. Attribute values are
        read forgivingly (any case, spaces around); a bad value logs one warning and the default is used.</p>
      ${facts.elements.map(({ decl }) => elementReference(decl)).join('\n')}`;
}
