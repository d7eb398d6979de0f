// 2. Many instances: 100 cards, 100 carousels, 100 finders (each kind on its
// own page, and all 300 on one page): render time, and JS heap after a full
// GC per instance, against the same page with the script and no element.
// Times come from every round; the heap, which hardly varies, from the first
// BENCH_SHORT_RUNS rounds.
import { heapAfterGc } from '../lib/browser.mjs';
import { load, openTab, visit } from '../lib/measure.mjs';
import { hostPage, readyFor, writePage } from '../lib/pages.mjs';
import { rotation, round, summary } from '../lib/stats.mjs';

const SCRIPT = '/dist/recovery-widgets.js';
const N = 100;
const KINDS = {
  card: '<recovery-info-card></recovery-info-card>',
  carousel: '<recovery-quote-carousel></recovery-quote-carousel>',
  finder: '<recovery-support-finder region="GB"></recovery-support-finder>',
};

export default async function manyInstances(ctx) {
  const page = (name, widgets, selector) =>
    writePage(
      `many-${name}`,
      hostPage({
        title: `Many instances: ${name}`,
        head: `<script src="${SCRIPT}?r=__RUN__" defer></script>`,
        widgets: [`<div class="many">${widgets}</div>`],
        ready: selector ? readyFor(selector) : '() => 0',
      }),
    );
  const pages = {
    baseline: page('baseline', '', null),
    card: page('card', KINDS.card.repeat(N), 'recovery-info-card'),
    carousel: page('carousel', KINDS.carousel.repeat(N), 'recovery-quote-carousel'),
    finder: page('finder', KINDS.finder.repeat(N), 'recovery-support-finder'),
    all: page('all', (KINDS.card + KINDS.carousel + KINDS.finder).repeat(N), 'recovery-info-card, recovery-quote-carousel, recovery-support-finder'),
  };
  const variants = Object.keys(pages);
  const samples = Object.fromEntries(variants.map((v) => [v, []]));
  const heaps = Object.fromEntries(variants.map((v) => [v, []]));
  // Times: every round, in one tab (a new renderer for every visit).
  const tab = await openTab(ctx);
  tab.origin = ctx.origin;
  for (const v of variants) await visit(tab, pages[v], { script: SCRIPT }); // warm-up
  for (let r = 0; r < ctx.runs; r++) {
    for (const v of rotation(variants, r)) {
      const res = await visit(tab, pages[v], { script: SCRIPT });
      samples[v].push({
        rendered: res.renderedAt - res.scriptStart,
        painted: res.paintedAt - res.scriptStart,
        longest: Math.max(0, ...res.longtasks.map((t) => t.duration)),
      });
    }
    ctx.progress(r + 1, ctx.runs);
  }
  await tab.close();
  // Heap after GC: a fresh browser context per run, so the heap holds this page only.
  // It hardly varies, so a few rounds do.
  const heapRounds = Math.min(ctx.runs, ctx.env('BENCH_SHORT_RUNS', 5));
  for (let r = 0; r < heapRounds; r++) {
    for (const v of rotation(variants, r)) {
      const res = await load(ctx, pages[v], { script: SCRIPT, keepOpen: true });
      heaps[v].push(await heapAfterGc(res.tab.cdp));
      await res.tab.close();
    }
  }

  const med = (v, key) => summary((key in (samples[v][0] ?? {}) ? samples : heaps)[v].map((s) => s[key]));
  const out = {};
  const base = { rendered: med('baseline', 'rendered').median, used: med('baseline', 'used').median, nodes: med('baseline', 'nodes').median, listeners: med('baseline', 'listeners').median };
  for (const v of variants) {
    const n = v === 'baseline' ? 0 : v === 'all' ? 3 * N : N;
    out[v] = {
      instances: n,
      scriptStartToRendered: med(v, 'rendered'),
      scriptStartToPainted: med(v, 'painted'),
      longestTask: med(v, 'longest'),
      heapUsedAfterGc: summary(heaps[v].map((s) => s.used), 0),
      domNodes: med(v, 'nodes'),
      jsEventListeners: med(v, 'listeners'),
      ...(n && {
        perInstance: {
          renderMs: summary(samples[v].map((s) => (s.rendered - base.rendered) / n), 3),
          heapBytes: summary(heaps[v].map((s) => (s.used - base.used) / n), 0),
          domNodes: round((med(v, 'nodes').median - base.nodes) / n, 1),
          jsEventListeners: round((med(v, 'listeners').median - base.listeners) / n, 2),
        },
      }),
    };
  }
  const kb = (s) => ({ ...s, median: round(s.median / 1024, 1), q1: round(s.q1 / 1024, 1), q3: round(s.q3 / 1024, 1) });
  const rows = [];
  for (const v of ['card', 'carousel', 'finder', 'all']) {
    const label = v === 'all' ? `${N} of each (${3 * N})` : `${N} ${v}s`;
    rows.push([`${label}: script start → painted`, out[v].scriptStartToPainted, 'ms']);
    rows.push([`${label}: per instance render`, out[v].perInstance.renderMs, 'ms']);
    rows.push([`${label}: per instance heap after GC`, kb(out[v].perInstance.heapBytes), 'KB']);
  }
  return { data: { perKind: N, heapRounds, variants: out }, rows };
}
