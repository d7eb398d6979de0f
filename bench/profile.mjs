#!/usr/bin/env node
// A CPU profile of a benchmark page, mapped back to the sources: where the
// time goes when it loads, or when a control in a widget is clicked. For
// finding the cause of a number in BENCHMARKS.md and checking a fix; run
// `npm run bench` (or one suite) first, which writes the pages.
//
//   node bench/profile.mjs first-render-ours
//   node bench/profile.mjs finder-5000 --click 'input[name=method][value=phone]' --times 10
//
// The sampling profiler slows the page down: read the shares, not the ms.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch, sleep } from './lib/browser.mjs';
import { openTab } from './lib/measure.mjs';
import { OUT } from './lib/paths.mjs';
import { startServer } from './lib/server.mjs';
import { mapPosition } from './lib/sourcemap.mjs';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { click: { type: 'string' }, times: { type: 'string', default: '5' }, top: { type: 'string', default: '25' } } });
const name = positionals[0];
if (!name || !existsSync(join(OUT, 'pages', `${name}.html`))) {
  console.error('Usage: node bench/profile.mjs <page in bench/.out/pages, without .html> [--click <selector in a widget>] [--times N]');
  process.exit(2);
}
const times = Number(values.times);
const server = await startServer();
const browser = await launch();
const ctx = { browser, origin: server.origin };
const totals = new Map();
const selfs = new Map();
let all = 0;

function add(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const labels = new Map();
  const label = (id) => {
    if (!labels.has(id)) {
      const f = byId.get(id).callFrame;
      const where = f.url ? mapPosition(f.url, f.lineNumber + 1, f.columnNumber).where : '';
      labels.set(id, `${f.functionName || '(anonymous)'} ${where}`.trim());
    }
    return labels.get(id);
  };
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] / 1000;
    const own = label(id);
    if (/^\((idle|program)\)/.test(own)) return;
    all += dt;
    selfs.set(own, (selfs.get(own) ?? 0) + dt);
    const seen = new Set();
    for (let cur = id; cur; cur = parent.get(cur)) {
      const l = label(cur);
      if (seen.has(l) || l === '(root)') continue;
      seen.add(l);
      totals.set(l, (totals.get(l) ?? 0) + dt);
    }
  });
}

try {
  const tab = await openTab(ctx);
  const { page, cdp } = tab;
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  const url = `${server.origin}/out/pages/${name}.html`;
  for (let i = 0; i < times; i++) {
    await page.goto('about:blank');
    if (!values.click) await cdp.send('Profiler.start');
    await page.goto(`${url}?r=p${i}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench?.done, { polling: 50 });
    if (values.click) {
      await sleep(300);
      const target = await page.evaluateHandle((sel) => {
        for (const el of document.querySelectorAll('*')) {
          const found = el.shadowRoot?.querySelector(sel);
          if (found) return found;
        }
        return document.querySelector(sel);
      }, values.click);
      await cdp.send('Profiler.start');
      await target.click();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    }
    add((await cdp.send('Profiler.stop')).profile);
  }
  const show = (title, map) => {
    console.log(`\n${title} (ms per ${values.click ? 'click' : 'load'}, share of busy time)`);
    for (const [l, t] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) {
      console.log(`${(t / times).toFixed(2).padStart(8)}  ${((100 * t) / all).toFixed(0).padStart(3)}%  ${l}`);
    }
  };
  console.log(`${name}${values.click ? `, click on ${values.click}` : ', page load'}: ${times} samples, ${(all / times).toFixed(1)} ms busy each (profiled)`);
  show('Inclusive', totals);
  show('Self', selfs);
} finally {
  await browser.close();
  server.close();
}
