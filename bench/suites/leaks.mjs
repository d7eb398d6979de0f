// 7. Leaks: create and remove 1,000 of each element, one at a time and then in
// batches of 100; after each, the JS heap (after a full GC), the listeners on
// window and document (DevTools' DOMDebugger.getEventListeners), listeners on
// any global target (window, document, MediaQueryList; counted by wrapping
// add/removeEventListener), and timers still pending must return to baseline.
// Each element is configured to use everything it can hold on to: the
// carousel with autoplay, the finder with quick exit.
import { freshPage, heapAfterGc, windowDocumentListeners } from '../lib/browser.mjs';
import { hostPage, writePage } from '../lib/pages.mjs';
import { round } from '../lib/stats.mjs';

const SCRIPT = '/dist/recovery-widgets.js';
const KINDS = {
  'recovery-info-card': { variant: 'compact' },
  'recovery-quote-carousel': { autoplay: '', interval: '5000' },
  'recovery-support-finder': { region: 'GB', 'quick-exit': '' },
};

function track() {
  const T = (window.__track = { globalListeners: 0, pendingTimers: new Set() });
  const isGlobal = (t) => t === window || t === document || (typeof MediaQueryList != 'undefined' && t instanceof MediaQueryList);
  const registered = new WeakMap();
  const key = (type, options) => `${type}|${typeof options == 'boolean' ? options : Boolean(options && options.capture)}`;
  const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (listener && isGlobal(this)) {
      let byListener = registered.get(this);
      if (!byListener) registered.set(this, (byListener = new Map()));
      const keys = byListener.get(listener) ?? new Set();
      if (!keys.has(key(type, options))) {
        keys.add(key(type, options));
        byListener.set(listener, keys);
        T.globalListeners++;
      }
    }
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    const byListener = listener && registered.get(this);
    const keys = byListener?.get(listener);
    if (keys?.delete(key(type, options))) {
      T.globalListeners--;
      // Hold no listener that the page let go of, or this counter would be the leak.
      if (!keys.size) byListener.delete(listener);
    }
    return remove.call(this, type, listener, options);
  };
  const { setTimeout: set, clearTimeout: clear } = window;
  window.setTimeout = function (fn, ...rest) {
    const id = set.call(window, (...a) => {
      T.pendingTimers.delete(id);
      if (typeof fn == 'function') fn(...a);
    }, ...rest);
    T.pendingTimers.add(id);
    return id;
  };
  window.clearTimeout = function (id) {
    T.pendingTimers.delete(id);
    return clear.call(window, id);
  };
}

/** Creates and removes `total` elements, `batch` at a time, each rendered before removal. */
function cycle(tag, attrs, total, batch) {
  const box = document.getElementById('box');
  return (async () => {
    for (let done = 0; done < total; done += batch) {
      const els = [];
      for (let i = 0; i < batch; i++) {
        const el = document.createElement(tag);
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        box.append(el);
        els.push(el);
      }
      await Promise.all(els.map((el) => el.updateComplete));
      for (const el of els) el.remove();
    }
  })();
}

async function snapshot(tab) {
  const heap = await heapAfterGc(tab.cdp);
  const wd = await windowDocumentListeners(tab.cdp);
  const tracked = await tab.page.evaluate(() => ({ globalListeners: __track.globalListeners, pendingTimers: __track.pendingTimers.size }));
  return { heapUsed: heap.used, domNodes: heap.nodes, jsEventListeners: heap.listeners, windowListeners: wd.window, documentListeners: wd.document, windowTypes: wd.windowTypes, documentTypes: wd.documentTypes, ...tracked };
}

const diff = (a, b) => Object.fromEntries(Object.keys(a).filter((k) => typeof a[k] === 'number').map((k) => [k, b[k] - a[k]]));

export default async function leaks(ctx) {
  const total = ctx.env('BENCH_LEAK_COUNT', 1000);
  const path = writePage('leaks', hostPage({ title: 'Leaks', head: `<script src="${SCRIPT}" defer></script>`, widgets: ['<div id="box"></div>'], ready: '() => 0' }));
  const out = {};
  for (const [tag, attrs] of Object.entries(KINDS)) {
    const tab = await freshPage(ctx.browser, { init: track });
    await tab.page.goto(ctx.origin + path, { waitUntil: 'load' });
    await tab.page.waitForFunction(() => window.__bench?.done && customElements.get('recovery-support-finder'), { polling: 50 });
    await tab.page.evaluate(cycle, tag, attrs, 20, 1); // warm-up: first-instance caches, compiled code
    const baseline = await snapshot(tab);
    const noise = diff(baseline, await snapshot(tab));
    const result = { attributes: attrs, instances: total, baseline, noise };
    let previous = baseline;
    for (const [mode, batch] of [['oneAtATime', 1], ['batchesOf100', 100]]) {
      const t0 = Date.now();
      await tab.page.evaluate(cycle, tag, attrs, total, batch);
      const seconds = (Date.now() - t0) / 1000;
      const after = await snapshot(tab);
      const d = diff(previous, after);
      result[mode] = {
        seconds,
        after,
        delta: d,
        heapBytesPerInstance: round(d.heapUsed / total, 1),
        returnedToBaseline:
          d.globalListeners === 0 && d.windowListeners === 0 && d.documentListeners === 0 && d.pendingTimers === 0 && d.domNodes <= 0 && d.heapUsed / total < 256,
      };
      previous = after;
    }
    if (tag === 'recovery-info-card') {
      // Control: the same cycle with every element kept in an array, as a leak would. The measure must see it.
      await tab.page.evaluate(() => {
        window.__kept = [];
        const { remove } = Element.prototype;
        window.__restore = () => (Element.prototype.remove = remove);
        Element.prototype.remove = function () {
          window.__kept.push(this);
          return remove.call(this);
        };
      });
      await tab.page.evaluate(cycle, tag, attrs, total, 1);
      await tab.page.evaluate(() => window.__restore());
      const after = await snapshot(tab);
      const d = diff(previous, after);
      result.controlRetainedOnPurpose = { delta: d, heapBytesPerInstance: round(d.heapUsed / total, 1) };
    }
    out[tag] = result;
    await tab.close();
    ctx.log(`  ${tag}: done`);
  }
  const rows = [];
  for (const [tag, r] of Object.entries(out)) {
    for (const mode of ['oneAtATime', 'batchesOf100']) {
      const x = r[mode];
      rows.push([
        `${tag}, ${total} ${mode === 'oneAtATime' ? 'one at a time' : 'in batches of 100'}`,
        `heap ${x.delta.heapUsed >= 0 ? '+' : ''}${round(x.delta.heapUsed / 1024, 1)} KB (${x.heapBytesPerInstance} B/instance), window/document listeners ${x.delta.windowListeners}/${x.delta.documentListeners}, global ${x.delta.globalListeners}, timers ${x.delta.pendingTimers}, nodes ${x.delta.domNodes}${x.returnedToBaseline ? ' ✓' : ' ✗'}`,
      ]);
    }
  }
  const control = out['recovery-info-card'].controlRetainedOnPurpose;
  rows.push([`control: ${total} cards kept in an array on purpose`, `heap +${round(control.delta.heapUsed / 1024, 1)} KB (${control.heapBytesPerInstance} B/instance), nodes +${control.delta.domNodes}`]);
  return { data: { instances: total, elements: out }, rows };
}
