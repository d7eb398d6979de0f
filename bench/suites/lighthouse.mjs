// 8. Lighthouse 12.2.3 on the partner site's home page, served locally by scripts/serve.mjs
// (with the demo's strict Content-Security-Policy), in its own Chromium.
// Mobile (Lighthouse's default: emulated phone, simulated slow 4G and 4x CPU
// slowdown) and desktop presets; the median of BENCH_LH_RUNS runs each. Only
// a summary is kept: scores, key metrics, failing accessibility audits.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { launch } from '../lib/browser.mjs';
import { median } from '../lib/stats.mjs';
import { serve } from '../../scripts/serve.mjs';

const METRICS = {
  'first-contentful-paint': 'firstContentfulPaintMs',
  'largest-contentful-paint': 'largestContentfulPaintMs',
  'total-blocking-time': 'totalBlockingTimeMs',
  'cumulative-layout-shift': 'cumulativeLayoutShift',
  'speed-index': 'speedIndexMs',
  interactive: 'timeToInteractiveMs',
  'total-byte-weight': 'totalByteWeight',
  'bootup-time': 'scriptBootupMs',
  'mainthread-work-breakdown': 'mainThreadWorkMs',
};

function summarise(lhr) {
  const metrics = Object.fromEntries(Object.entries(METRICS).map(([id, name]) => [name, lhr.audits[id]?.numericValue ?? null]));
  const failing = Object.values(lhr.categories.accessibility.auditRefs)
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
    .map((a) => a.id);
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    metrics,
    failingAccessibilityAudits: failing,
    warnings: lhr.runWarnings,
    runtimeError: lhr.runtimeError?.message,
  };
}

export default async function runLighthouse(ctx) {
  const runs = ctx.env('BENCH_LH_RUNS', 3);
  const server = await serve(0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await launch(['--headless=new']);
  const port = Number(new URL(browser.wsEndpoint()).port);
  const out = { lighthouseVersion: null, url: '/ (demo/index.html, served by scripts/serve.mjs)', runsPerPreset: runs, presets: {} };
  try {
    for (const [preset, config] of [
      ['mobile', undefined],
      ['desktop', desktopConfig],
    ]) {
      const list = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] }, config);
        out.lighthouseVersion = result.lhr.lighthouseVersion;
        out.userAgent = result.lhr.environment?.hostUserAgent;
        list.push(summarise(result.lhr));
      }
      const med = (pick) => median(list.map(pick).filter((x) => x != null));
      out.presets[preset] = {
        performance: med((x) => x.performance),
        accessibility: med((x) => x.accessibility),
        metrics: Object.fromEntries(Object.values(METRICS).map((k) => [k, Number(med((x) => x.metrics[k]).toFixed(k === 'cumulativeLayoutShift' ? 4 : 0))])),
        failingAccessibilityAudits: [...new Set(list.flatMap((x) => x.failingAccessibilityAudits))],
        runs: list,
      };
      ctx.log(`  ${preset}: performance ${out.presets[preset].performance}, accessibility ${out.presets[preset].accessibility}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  const rows = [];
  for (const [preset, p] of Object.entries(out.presets)) {
    rows.push([`${preset}: performance / accessibility`, `${p.performance} / ${p.accessibility}`]);
    rows.push([`${preset}: FCP / LCP / TBT / CLS`, `${p.metrics.firstContentfulPaintMs} ms / ${p.metrics.largestContentfulPaintMs} ms / ${p.metrics.totalBlockingTimeMs} ms / ${p.metrics.cumulativeLayoutShift}`]);
  }
  return { data: out, rows };
}
