// Debian Chromium through puppeteer-core: never downloads a browser.
import { execFileSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, chromiumPath } from '../../scripts/chromium.mjs';

export const CHROME = chromiumPath;
export const CHROME_FLAGS = chromiumFlags;

export const VIEWPORT = { width: 1280, height: 900 };

export function launch(extra = []) {
  return puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    args: [...CHROME_FLAGS, ...extra],
    defaultViewport: VIEWPORT,
  });
}

export function chromiumVersion() {
  try {
    return execFileSync(CHROME, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

/**
 * A page in a new browser context (cold HTTP cache, no shared state) and a
 * window of its own, so it is the visible, focused page.
 */
export async function freshPage(browser, { init } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage({ type: 'window' });
  await page.setViewport(VIEWPORT);
  page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') console.error(`  console.error: ${m.text()}`);
  });
  if (init) await page.evaluateOnNewDocument(init);
  const cdp = await page.createCDPSession();
  const close = () => context.close().catch(() => {});
  return { page, cdp, context, close };
}

/** Full garbage collection, a few times over (weak maps and finalizers settle). */
export async function gc(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
}

/** JS heap in use after a full GC, and the renderer's counters (DOM nodes, JS event listeners…). */
export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.enable');
  await gc(cdp);
  const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
  return { used: usedSize, total: totalSize, nodes: m.Nodes, listeners: m.JSEventListeners, documents: m.Documents };
}

/** Listeners registered directly on `window` and `document`, counted by DevTools (DOMDebugger.getEventListeners). */
export async function windowDocumentListeners(cdp) {
  const out = {};
  for (const name of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: name });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
    out[name] = listeners.length;
    out[`${name}Types`] = listeners.map((l) => l.type).sort();
  }
  return out;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
