// Helpers for the host-page matrix: partner pages (test/host/pages/, served by
// test/support/host-pages.mjs) loaded into iframes, with what
// test/host/recorder.js saw, snapshots of everything on the page outside our
// elements, axe run inside the frame, and checks that controls can be used.
import { until } from '../support/helpers.js';

export const TAGS = ['recovery-info-card', 'recovery-quote-carousel', 'recovery-support-finder'];

/** What test/host/recorder.js records in a page. */
export interface Recorder {
  errors: string[];
  warnings: string[];
  violations: string[];
  resourceErrors: string[];
  requests: { url: string; type: string }[];
  calls: string[];
  storage: string[];
  xss: string[];
  active(): { what: string; stack: string }[];
}

type FrameWindow = Window &
  typeof globalThis & {
    __host: Recorder;
    axe?: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> };
  };

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

export interface Frame {
  iframe: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
  rec: Recorder;
  remove(): void;
}

/** Loads a host page into an iframe of the given size, and waits for its load event (after deferred and async scripts). */
export async function open(src: string, { width = 1024, height = 2400, parent = document.body as Element } = {}): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block`;
  iframe.title = 'host page';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = src;
  parent.append(iframe);
  await loaded;
  const win = iframe.contentWindow as FrameWindow;
  if (!win.__host) throw new Error(`${src} did not load the recorder`);
  return { iframe, win, doc: iframe.contentDocument!, rec: win.__host, remove: () => iframe.remove() };
}

/** Runs `test` on a host page loaded as `open` loads it, and takes the frame away after, whatever happens. */
export async function inFrame(src: string, options: Parameters<typeof open>[1], test: (frame: Frame) => Promise<void>): Promise<void> {
  const frame = await open(src, options);
  try {
    await test(frame);
  } finally {
    frame.remove();
  }
}

/** Our elements in the frame, once every one has rendered and finished updating. */
export async function widgets(frame: Frame, min = 3): Promise<HTMLElement[]> {
  const all = () => Array.from(frame.doc.querySelectorAll<HTMLElement>(TAGS.join(',')));
  await until(() => all().length >= min && all().every((el) => el.shadowRoot?.querySelector('.root')), 10_000, 'the widgets to render');
  await Promise.all(all().map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
  await frames(frame);
  // Transitions at their end: axe judges contrast mid-fade otherwise, and a
  // background tab (Firefox runs some test pages in one) never advances them.
  for (const el of all()) for (const a of el.shadowRoot!.getAnimations()) a.finish();
  return all();
}

/** Two animation frames of the frame's window, or 50 ms in a background tab, which has none. */
export const frames = (frame: Frame) =>
  new Promise((r) => {
    frame.win.requestAnimationFrame(() => frame.win.requestAnimationFrame(r));
    setTimeout(r, 50);
  });

/**
 * Problems the recorder saw: uncaught errors, console errors, CSP violations,
 * failed resources, anything stored (cookie, Web Storage, IndexedDB, caches),
 * and any way of phoning home or asking for more than we need (beacons, XHR,
 * sockets, workers, geolocation, permissions…). Fetches are checked apart:
 * a partner's *-src URLs are fetched.
 */
export function problems(frame: Frame): string[] {
  const { errors, violations, resourceErrors, storage, calls } = frame.rec;
  return [
    ...errors,
    ...violations.map((v) => `CSP: ${v}`),
    ...resourceErrors.map((r) => `failed to load: ${r}`),
    ...storage.map((s) => `stored: ${s}`),
    ...calls.filter((c) => !c.startsWith('fetch(')).map((c) => `called: ${c}`),
  ];
}

// ---------------------------------------------------------------------------
// The host page outside our elements

/** Computed properties of html and body that depend on the page's layout, not on its styles. */
const LAYOUT = new Set(['width', 'height', 'inline-size', 'block-size', 'perspective-origin', 'transform-origin']);
/** Globals the npm build of Lit adds (its version lists and property metadata): a page that loads our ES modules brings its own Lit. The classic script adds none. */
export const LIT_GLOBALS = ['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions'];

const attributes = (el: Element) => Object.fromEntries(Array.from(el.attributes, (a) => [a.name, a.value]));
const widgetScript = (el: Element) => el.localName == 'script' && el.hasAttribute('data-widgets');

function styles(win: Window, el: Element) {
  const style = win.getComputedStyle(el);
  return Object.fromEntries(Array.from(style, (p) => [p, style.getPropertyValue(p)]).filter(([p]) => !LAYOUT.has(p)));
}

function handlers(target: object) {
  const names: string[] = [];
  for (const key in target) if (key.startsWith('on') && (target as Record<string, unknown>)[key] != null) names.push(key);
  return names.sort();
}

/** Light DOM markup without our script tags (which the ?bare variant leaves out). */
function markup(root: Element) {
  const copy = root.cloneNode(true) as Element;
  copy.querySelectorAll('script[data-widgets]').forEach((s) => s.remove());
  return copy.innerHTML.replace(/ nonce="[^"]*"/g, '').replace(/\s+/g, ' ');
}

export type HostState = ReturnType<typeof hostState>;

/** Everything of the host page that our elements must leave alone. */
export function hostState(frame: Frame) {
  const { win, doc } = frame;
  return {
    'html attributes': attributes(doc.documentElement),
    'body attributes': attributes(doc.body),
    // Nonces differ from one response to the next (and browsers hide them).
    'head children': Array.from(doc.head.children, (e) => (widgetScript(e) ? '' : e.outerHTML.replace(/ nonce="[^"]*"/, ''))).filter(Boolean),
    'body markup (our elements’ light DOM included)': markup(doc.body),
    'html computed style': styles(win, doc.documentElement),
    'body computed style': styles(win, doc.body),
    title: doc.title,
    'document style sheets': doc.styleSheets.length,
    'adopted style sheets': doc.adoptedStyleSheets.length,
    'event handler properties': [...handlers(win), ...handlers(doc).map((h) => `document.${h}`)],
    'focused element': doc.activeElement?.localName,
    scroll: [win.scrollX, win.scrollY],
    'window.name': win.name,
    'Object.prototype': Object.getOwnPropertyNames(win.Object.prototype).sort(),
    'Array.prototype': Object.getOwnPropertyNames(win.Array.prototype).sort(),
    globals: Object.getOwnPropertyNames(win).sort(),
    'Symbol properties': Object.getOwnPropertyNames(win.Symbol).sort(),
  };
}

/** Differences between the page without us (`bare`) and with us, as readable lines; new globals listed apart. */
export function hostDiff(bare: HostState, real: HostState) {
  const lines: string[] = [];
  const added = (a: string[], b: string[]) => b.filter((x) => !a.includes(x));
  for (const key of Object.keys(bare) as (keyof HostState)[]) {
    if (key == 'globals' || key == 'Symbol properties') continue;
    const [a, b] = [bare[key], real[key]];
    if (a && typeof a == 'object' && !Array.isArray(a)) {
      const x = a as Record<string, string>;
      const y = b as Record<string, string>;
      for (const p of new Set([...Object.keys(x), ...Object.keys(y)])) if (x[p] !== y[p]) lines.push(`${key}: ${p} was ${JSON.stringify(x[p])}, now ${JSON.stringify(y[p])}`);
    } else if (JSON.stringify(a) !== JSON.stringify(b)) {
      lines.push(`${key}: was ${JSON.stringify(a).slice(0, 300)}, now ${JSON.stringify(b).slice(0, 300)}`);
    }
  }
  return {
    lines,
    globals: added(bare.globals, real.globals),
    symbols: added(bare['Symbol properties'], real['Symbol properties']),
  };
}

/** Loads `src` without our script (`bare`) and with it, and returns the frame and what changed on the page. */
export async function openAndCompare(src: string, options: Parameters<typeof open>[1] = {}, min = 3) {
  const bareFrame = await open(src + (src.includes('?') ? '&' : '?') + 'bare', options);
  const bare = hostState(bareFrame);
  bareFrame.remove();
  const frame = await open(src, options);
  const els = await widgets(frame, min);
  return { frame, els, diff: hostDiff(bare, hostState(frame)) };
}

// ---------------------------------------------------------------------------
// Inside our elements

/** Axe in the frame (injected there, like a partner's own audit), on our elements and their shadow trees. */
export async function axe(frame: Frame, elements: Element[], { disable = [] as string[] } = {}): Promise<string[]> {
  if (!frame.win.axe) {
    const script = frame.doc.createElement('script');
    // Under a nonce-based policy, scripts added from outside need the page's nonce.
    const nonce = frame.doc.querySelector<HTMLScriptElement>('script[nonce]')?.nonce;
    if (nonce) script.nonce = nonce;
    script.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = () => reject(new Error('axe did not load in the frame'));
      frame.doc.head.append(script);
    });
  }
  const rules = Object.fromEntries(disable.map((id) => [id, { enabled: false }]));
  const results = await frame.win.axe!.run(elements, { resultTypes: ['violations'], rules });
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} at ${JSON.stringify(n.target)}`));
}

/** Every element of a shadow tree with a path like `section.root > div:2`. */
function walk(root: ShadowRoot): [string, Element][] {
  const out: [string, Element][] = [];
  const visit = (parent: ParentNode, path: string) =>
    Array.from(parent.children).forEach((child, i) => {
      if (child.localName == 'style') return;
      const here = `${path}/${child.localName}${child.className && typeof child.className == 'string' ? '.' + child.className.trim().split(/\s+/).join('.') : ''}:${i}`;
      out.push([here, child]);
      visit(child, here);
    });
  visit(root, '');
  return out;
}

/** The properties that make our text readable and our layout ours. */
const OURS = [
  'font-size',
  'font-family',
  'font-weight',
  'font-style',
  'font-variant-caps',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'text-indent',
  'text-shadow',
  'white-space',
  'hyphens',
  'color',
  '-webkit-text-fill-color',
  '-webkit-text-stroke-width',
  'background-color',
  'border-top-color',
  'border-top-width',
  'border-inline-start-width',
  'padding-top',
  'padding-inline-start',
  'margin-top',
  'margin-bottom',
  'list-style-type',
  'visibility',
  'display',
  'opacity',
  'cursor',
  'pointer-events',
  'quotes',
  'box-sizing',
];

/** `path property: value` for every element in the element's shadow tree. */
export function shadowStyles(el: Element): string[] {
  const win = el.ownerDocument.defaultView!;
  return walk(el.shadowRoot!).flatMap(([path, node]) => {
    const style = win.getComputedStyle(node);
    return OURS.map((p) => `${el.localName}${path} ${p}: ${style.getPropertyValue(p)}`);
  });
}

/** Controls a visitor can see in the element's shadow tree. */
export function controls(el: Element): HTMLElement[] {
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('button, a.button, select, label:has(input)')).filter(
    (c) => c.getClientRects().length > 0 && !c.closest('[hidden], [inert], [aria-hidden="true"]'),
  );
}

/**
 * Controls smaller than 24 by 24 CSS pixels (WCAG 2.2 target size), or that
 * something else covers at their centre, so a click would not reach them.
 */
export function unusable(el: Element): string[] {
  const out: string[] = [];
  const win = el.ownerDocument.defaultView!;
  for (const c of controls(el)) {
    c.scrollIntoView({ block: 'center', inline: 'center' });
    const r = c.getBoundingClientRect();
    const name = `${el.localName} ${c.localName}.${c.className} "${(c.textContent || c.getAttribute('aria-label') || '').trim().slice(0, 30)}"`;
    if (r.width < 24 || r.height < 24) out.push(`${name} is ${Math.round(r.width)}×${Math.round(r.height)} px`);
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (x < 0 || y < 0 || x > win.innerWidth || y > win.innerHeight) {
      out.push(`${name} cannot be scrolled into view`);
      continue;
    }
    const hit = el.shadowRoot!.elementFromPoint(x, y);
    if (!hit || !(hit === c || c.contains(hit))) out.push(`${name} is covered by ${hit ? hit.localName + '.' + hit.className : 'nothing'}`);
  }
  win.scrollTo(0, 0);
  return out;
}

/** The links and other URLs in every shadow tree and light DOM of the frame that do not use a safe scheme. */
export function unsafeLinks(doc: Document): string[] {
  const SAFE = ['https:', 'http:', 'tel:', 'sms:', 'mailto:'];
  const out: string[] = [];
  const scan = (root: Document | ShadowRoot) => {
    for (const node of Array.from(root.querySelectorAll('*'))) {
      for (const attr of ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'background', 'poster']) {
        const value = node.getAttribute(attr);
        if (value == null) continue;
        let protocol = '';
        try {
          protocol = new URL(value, doc.baseURI).protocol;
        } catch {
          /* unparsable: unsafe */
        }
        // Control and invisible characters can hide a scheme from a reader (spaces in a query cannot).
        if (attr == 'srcdoc' || !SAFE.includes(protocol) || /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u2060\ufeff]/.test(value)) {
          out.push(`<${node.localName} ${attr}="${value.slice(0, 80)}">`);
        }
      }
      for (const a of Array.from(node.attributes)) if (/^on/i.test(a.name)) out.push(`<${node.localName} ${a.name}>`);
      if (node.shadowRoot) scan(node.shadowRoot);
    }
  };
  scan(doc);
  return out;
}

/** Registrations made by our code (the stack passes through /dist/) that are still active. */
export function ours(frame: Frame): string[] {
  return frame.rec
    .active()
    .filter((a) => /\/dist\//.test(a.stack))
    .map((a) => a.what);
}

/**
 * Uses each element the way a visitor would, through its shadow DOM: opens a
 * compact card, moves the carousel on, ticks a finder filter. Returns the
 * `recovery-*` events that reached the document.
 */
export async function exercise(frame: Frame): Promise<string[]> {
  const seen: string[] = [];
  const types = ['recovery-toggle', 'recovery-slide-change', 'recovery-filter-change'];
  const record = (e: Event) => seen.push(`${e.type} ${JSON.stringify((e as CustomEvent).detail)}`);
  types.forEach((t) => frame.doc.addEventListener(t, record));
  try {
    // Compact cards: frameworks may set `variant` as a property, so look for the toggle.
    for (const card of Array.from(frame.doc.querySelectorAll('recovery-info-card'))) {
      card.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')?.click();
    }
    for (const carousel of Array.from(frame.doc.querySelectorAll('recovery-quote-carousel'))) {
      carousel.shadowRoot!.querySelector<HTMLButtonElement>('.next')?.click();
    }
    for (const finder of Array.from(frame.doc.querySelectorAll('recovery-support-finder'))) {
      finder.shadowRoot!.querySelector<HTMLInputElement>('input[name="method"][value="phone"]')?.click();
    }
    await widgets(frame, 0);
    return seen;
  } finally {
    types.forEach((t) => frame.doc.removeEventListener(t, record));
  }
}

/** What `exercise` should see for the given numbers of compact cards, carousels and finders. */
export function exercised(compactCards: number, carousels: number, finders: number): string[] {
  return [
    ...Array<string>(compactCards).fill('recovery-toggle {"expanded":true}'),
    ...Array<string>(carousels).fill('recovery-slide-change {"index":1,"reason":"user"}'),
    ...Array<string>(finders).fill('recovery-filter-change {"filters":{"methods":["phone"],"audience":"all","openNow":false}}'),
  ];
}
