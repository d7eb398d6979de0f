// 6. Idle cost: what the widgets do on a page nobody touches, over 30 s.
// setTimeout, setInterval, requestAnimationFrame and requestIdleCallback are
// wrapped by an init script before any page script runs; each call in the
// window is recorded with its stack, mapped back to the source through the
// build's source map. Long tasks come from a PerformanceObserver, and the
// renderer's own counters (layouts, style recalcs, script time) from CDP.
// Expected: nothing, except the finder's clock (once a minute) while visible.
import { freshPage, sleep } from '../lib/browser.mjs';
import { hostPage, readyFor, writePage } from '../lib/pages.mjs';
import { mapFrame } from '../lib/sourcemap.mjs';

const SCRIPT = '/dist/recovery-widgets.js';

function instrument() {
  const log = (window.__idle = { since: Infinity, calls: [] });
  for (const api of ['setTimeout', 'setInterval', 'requestAnimationFrame', 'requestIdleCallback']) {
    const original = window[api];
    if (!original) continue;
    window[api] = function (...args) {
      if (performance.now() >= log.since) {
        // Frames: "Error", this wrapper, then the caller.
        const stack = String(new Error().stack).split('\n').slice(2, 8).map((s) => s.trim());
        log.calls.push({ api, delay: typeof args[1] === 'number' ? args[1] : undefined, at: performance.now(), stack });
      }
      return original.apply(this, args);
    };
  }
}

const SPACER = '<div style="height: 4000px" aria-hidden="true"></div>';

const SCENARIOS = {
  'carousel stopped (+ card)': {
    widgets: ['<recovery-info-card></recovery-info-card>', '<recovery-quote-carousel></recovery-quote-carousel>'],
    tags: 'recovery-info-card, recovery-quote-carousel',
    expected: 'none',
  },
  'carousel autoplay, off-screen': {
    widgets: [SPACER, '<recovery-quote-carousel autoplay interval="5000"></recovery-quote-carousel>'],
    tags: 'recovery-quote-carousel',
    expected: 'none',
  },
  'carousel autoplay, on-screen (reference)': {
    widgets: ['<recovery-quote-carousel autoplay interval="5000"></recovery-quote-carousel>'],
    tags: 'recovery-quote-carousel',
    expected: 'rotation: one timer per 5 s slide (its job)',
  },
  'all three, tab hidden': {
    widgets: [
      '<recovery-info-card></recovery-info-card>',
      '<recovery-quote-carousel autoplay interval="5000"></recovery-quote-carousel>',
      '<recovery-support-finder region="GB" quick-exit></recovery-support-finder>',
    ],
    tags: 'recovery-info-card, recovery-quote-carousel, recovery-support-finder',
    hidden: true,
    expected: 'none',
  },
  'finder visible': {
    widgets: ['<recovery-support-finder region="GB"></recovery-support-finder>'],
    tags: 'recovery-support-finder',
    expected: 'the open-now clock: one setTimeout per minute',
  },
};

const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutCount', 'RecalcStyleCount', 'LayoutDuration', 'RecalcStyleDuration'];
async function metrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.filter((m) => METRICS.includes(m.name)).map((m) => [m.name, m.value]));
}

export default async function idle(ctx) {
  const windowMs = ctx.env('BENCH_IDLE_MS', 30_000);
  const opened = [];
  for (const [name, s] of Object.entries(SCENARIOS)) {
    const path = writePage(
      `idle-${opened.length}`,
      hostPage({ title: `Idle: ${name}`, head: `<script src="${SCRIPT}" defer></script>`, widgets: s.widgets, ready: readyFor(s.tags) }),
    );
    const tab = await freshPage(ctx.browser, { init: instrument });
    await tab.cdp.send('Performance.enable');
    await tab.page.goto(ctx.origin + path, { waitUntil: 'load' });
    await tab.page.waitForFunction(() => window.__bench?.done, { timeout: 30_000, polling: 100 });
    if (s.hidden) {
      const { windowId } = await tab.cdp.send('Browser.getWindowForTarget');
      await tab.cdp.send('Browser.setWindowBounds', { windowId, bounds: { windowState: 'minimized' } });
    }
    opened.push({ name, s, tab });
  }
  await sleep(2000);
  for (const o of opened) o.visibility = await o.tab.page.evaluate(() => document.visibilityState);
  // Start the window so that a minute boundary (when the finder's clock fires) falls inside it.
  const earliest = Date.now() + 1000;
  const phase = earliest % 60_000;
  const from = 60_000 - windowMs + 1000;
  const wait = windowMs >= 60_000 || (phase >= from && phase <= 59_000) ? 0 : phase < from ? from - phase : 60_000 - phase + from;
  ctx.log(`  waiting ${Math.round(wait / 1000)} s so that a minute boundary falls inside the ${windowMs / 1000} s window`);
  await sleep(wait);
  for (const o of opened) {
    o.before = await metrics(o.tab.cdp);
    o.start = await o.tab.page.evaluate(() => {
      window.__idle.since = performance.now();
      return window.__idle.since;
    });
  }
  await sleep(windowMs);
  const out = {};
  for (const o of opened) {
    const { page, cdp } = o.tab;
    const log = await page.evaluate(() => {
      window.__idle.since = Infinity;
      return window.__idle.calls;
    });
    const after = await metrics(cdp);
    const longtasks = await page.evaluate((t) => __bench.longtasks.filter((l) => l.startTime >= t).length, o.start);
    const counts = { setTimeout: 0, setInterval: 0, requestAnimationFrame: 0, requestIdleCallback: 0 };
    const sites = new Map();
    for (const c of log) {
      counts[c.api]++;
      const frame = c.stack.find((f) => !f.includes('pptr:')) ?? c.stack[0] ?? '';
      const { where, code } = mapFrame(frame);
      const key = `${c.api} ${where}`;
      const site = sites.get(key) ?? { api: c.api, where, code, delay: c.delay, count: 0 };
      site.count++;
      sites.set(key, site);
    }
    const delta = Object.fromEntries(METRICS.map((k) => [k, Number(((after[k] ?? 0) - (o.before[k] ?? 0)).toFixed(k.endsWith('Duration') ? 4 : 0))]));
    out[o.name] = {
      expected: o.s.expected,
      visibility: o.visibility,
      windowMs,
      timersSet: counts.setTimeout + counts.setInterval,
      animationFrames: counts.requestAnimationFrame,
      idleCallbacks: counts.requestIdleCallback,
      longTasks: longtasks,
      calls: counts,
      callSites: [...sites.values()],
      renderer: { ...delta, TaskDurationMs: Math.round(delta.TaskDuration * 1000), ScriptDurationMs: Math.round(delta.ScriptDuration * 1000) },
    };
    await o.tab.close();
  }
  const rows = Object.entries(out).map(([name, x]) => [
    name,
    `${x.timersSet} timers, ${x.animationFrames} rAF, ${x.longTasks} long tasks${x.callSites.length ? ` (${x.callSites.map((c) => `${c.count}× ${c.where}`).join('; ')})` : ''}`,
  ]);
  return { data: { windowMs, scenarios: out }, rows };
}
