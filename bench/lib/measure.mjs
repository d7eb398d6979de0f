// Loading a benchmark page and reading what the harness recorded.
import { freshPage } from './browser.mjs';

let counter = 0;

/**
 * A tab for timing runs: its own browser context and window, HTTP cache off.
 * Alternating variants navigate this one tab (a warm renderer process, as
 * when a visitor moves within a partner's site); every visit gets fresh
 * script URLs, so nothing comes from a cache: not the HTTP cache, not V8's.
 */
export async function openTab(ctx, options = {}) {
  const tab = await freshPage(ctx.browser, options);
  await tab.page.setCacheEnabled(false);
  return tab;
}

/**
 * Navigates `tab` to `path` and returns the harness's timings, in ms from
 * navigation start:
 *   renderedAt, paintedAt   the page's elements rendered / the next paint after
 *   scriptStart             when the page's main script could start: the later
 *                           of parsing done and the script's arrival
 *   htmlStart               the HTML's first byte (responseStart)
 */
export async function visit(tab, path, { script } = {}) {
  const { page } = tab;
  const run = ++counter;
  await page.goto('about:blank');
  await page.goto(`${tab.origin ?? ''}${path}${path.includes('?') ? '&' : '?'}r=${run}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__bench?.done, { timeout: 60_000, polling: 50 });
  const data = await page.evaluate((script) => {
    const B = window.__bench;
    const nav = performance.getEntriesByType('navigation')[0];
    const res = script ? performance.getEntriesByType('resource').find((r) => new URL(r.name).pathname === script) : undefined;
    return {
      error: B.error,
      count: B.count,
      renderedAt: B.renderedAt,
      paintedAt: B.paintedAt,
      htmlStart: nav.responseStart,
      domInteractive: nav.domInteractive,
      scriptStart: res ? Math.max(nav.domInteractive, res.responseEnd) : undefined,
      shifts: B.shifts,
      longtasks: B.longtasks,
      resources: performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname),
    };
  }, script);
  if (data.error) throw new Error(`${path}: ${data.error}`);
  return data;
}

/** One page in a fresh context: visit, then close unless `keepOpen` (then `tab` is returned too). */
export async function load(ctx, path, { script, init, keepOpen = false } = {}) {
  const tab = await openTab(ctx, { init });
  tab.origin = ctx.origin;
  const data = await visit(tab, path, { script });
  if (!keepOpen) await tab.close();
  return { ...data, tab };
}

/** Sum of layout-shift values; `counted` leaves out shifts right after input, as CLS does. */
export function shiftTotals(shifts, from = 0, to = Infinity) {
  const inWindow = shifts.filter((s) => s.startTime >= from && s.startTime <= to);
  const sum = (list) => list.reduce((a, s) => a + s.value, 0);
  return {
    raw: sum(inWindow),
    counted: sum(inWindow.filter((s) => !s.hadRecentInput)),
    entries: inWindow.length,
    sources: [...new Set(inWindow.flatMap((s) => s.sources))],
  };
}
