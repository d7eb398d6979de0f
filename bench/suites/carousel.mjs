// 3. Carousel vs peers: <recovery-quote-carousel> against Shoelace's
// sl-carousel and Splide, with the same six quotes, bundled locally.
// Bytes (min + gzip of what the page loads for the carousel), first render,
// layout shift during load and during 5 slide changes, axe violations.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sleep } from '../lib/browser.mjs';
import { openTab, shiftTotals, visit } from '../lib/measure.mjs';
import { escapeHtml as e, hostPage, writePage } from '../lib/pages.mjs';
import { ROOT } from '../lib/paths.mjs';
import { ratio, rotation, round, summary } from '../lib/stats.mjs';
import { weigh } from '../lib/server.mjs';

/** The six quotes: the card's two pull quotes and four sentences of its text, all from the built-in content. */
async function sixQuotes() {
  const { selfHarm } = await import(pathToFileURL(join(ROOT, 'dist/esm/content/builtin-topic.js')).href);
  const from = `${selfHarm.source.title}, ${selfHarm.source.publisher}`;
  const sentences = selfHarm.sections.slice(0, 4).map((s) => ({ text: s.paragraphs[s.paragraphs.length - 1], attribution: from }));
  return [...selfHarm.quotes.map((q) => ({ text: q.text, attribution: from })), ...sentences].slice(0, 6);
}

const LABEL = 'Quotes about recovery';
const figure = (q) => `<figure><blockquote><p>${e(q.text)}</p></blockquote><figcaption>${e(q.attribution)}</figcaption></figure>`;

export const PEERS = {
  ours: {
    name: '<recovery-quote-carousel>',
    head: (d) => `<script type="module" src="/dist/elements/recovery-quote-carousel.js?r=__RUN__${d}"></script>`,
    script: '/dist/elements/recovery-quote-carousel.js',
    markup: (qs) => `<recovery-quote-carousel label="${LABEL}">${qs.map(figure).join('')}</recovery-quote-carousel>`,
    root: 'recovery-quote-carousel',
    ready: `() => __bench.rendered('recovery-quote-carousel', { check: (el) => el.shadowRoot.querySelectorAll('.dot').length === 6 })`,
    next: () => document.querySelector('recovery-quote-carousel').shadowRoot.querySelector('button.next').click(),
    index: () => document.querySelector('recovery-quote-carousel').index,
  },
  shoelace: {
    name: 'Shoelace sl-carousel',
    head: (d) =>
      `<link rel="stylesheet" href="/out/shoelace-light.css?r=__RUN__" /><script type="module" src="/out/shoelace-carousel.js?r=__RUN__${d}"></script>`,
    script: '/out/shoelace-carousel.js',
    // Slides sized by their text, like the others (the default is a 16:9 box).
    markup: (qs) =>
      `<sl-carousel navigation pagination loop aria-label="${LABEL}" style="--aspect-ratio: auto">${qs.map((q) => `<sl-carousel-item>${figure(q)}</sl-carousel-item>`).join('')}</sl-carousel>`,
    root: 'sl-carousel',
    ready: `() => __bench.rendered('sl-carousel, sl-carousel-item', { check: (el) => el.localName !== 'sl-carousel' || el.shadowRoot.querySelectorAll('.carousel__pagination-item').length === 6 })`,
    next: () => document.querySelector('sl-carousel').shadowRoot.querySelector('.carousel__navigation-button--next').click(),
    index: () => document.querySelector('sl-carousel').activeSlide,
  },
  splide: {
    name: 'Splide',
    head: (d) => `<link rel="stylesheet" href="/out/splide.css?r=__RUN__" /><script type="module" src="/out/splide-carousel.js?r=__RUN__${d}"></script>`,
    script: '/out/splide-carousel.js',
    markup: (qs) =>
      `<section class="splide" aria-label="${LABEL}"><div class="splide__track"><ul class="splide__list">${qs.map((q) => `<li class="splide__slide">${figure(q)}</li>`).join('')}</ul></div></section>`,
    root: '.splide',
    ready: `() => __bench.rendered('.splide', { define: false, check: (el) => el.classList.contains('is-initialized') && el.querySelectorAll('.splide__pagination__page').length === 6 })`,
    next: () => document.querySelector('.splide__arrow--next').click(),
    index: () => window.__splide[0].index,
  },
};

const SLOW = 250;
const SLIDES = 5;
const SLIDE_WAIT = 500;

export default async function carousel(ctx) {
  const quotes = await sixQuotes();
  const variants = Object.keys(PEERS);
  const pages = {};
  const slow = {};
  for (const v of variants) {
    const p = PEERS[v];
    const page = (delay) => hostPage({ title: `Carousel: ${p.name}`, head: p.head(delay ? `&delay=${SLOW}` : ''), widgets: [p.markup(quotes)], ready: p.ready });
    pages[v] = writePage(`carousel-${v}`, page(0));
    slow[v] = writePage(`carousel-${v}-slow`, page(SLOW));
  }

  const tab = await openTab(ctx);
  tab.origin = ctx.origin;
  const { page } = tab;
  const samples = Object.fromEntries(variants.map((v) => [v, []]));
  const slideRounds = Math.min(ctx.runs, ctx.env('BENCH_SHORT_RUNS', 5));
  const slowRounds = Math.min(ctx.runs, ctx.env('BENCH_SHORT_RUNS', 5));
  const bytes = {};
  const axe = {};
  for (const v of variants) await visit(tab, pages[v], { script: PEERS[v].script }); // warm-up
  for (let r = 0; r < ctx.runs; r++) {
    for (const v of rotation(variants, r)) {
      const p = PEERS[v];
      const res = await visit(tab, pages[v], { script: p.script });
      const sample = {
        painted: res.paintedAt,
        rendered: res.renderedAt - res.scriptStart,
        scriptToPainted: res.paintedAt - res.scriptStart,
      };
      if (!bytes[v]) {
        const files = res.resources.filter((path) => /\.(js|css)$/.test(path));
        const weights = files.map((path) => ({ path, ...weigh(path) }));
        bytes[v] = { files: weights, raw: weights.reduce((a, w) => a + w.raw, 0), gzip: weights.reduce((a, w) => a + w.gzip, 0) };
        await page.addScriptTag({ url: `${ctx.origin}/axe.min.js` });
        axe[v] = await page.evaluate(async (root) => {
          const result = await window.axe.run(document.querySelector(root), { resultTypes: ['violations'] });
          return result.violations.map((x) => ({ id: x.id, impact: x.impact, nodes: x.nodes.length, help: x.help }));
        }, p.root);
      }
      await sleep(300);
      const loaded = await page.evaluate(() => performance.now());
      const loadShift = shiftTotals(await page.evaluate(() => __bench.shifts));
      sample.loadShift = loadShift.counted;
      if (r < slideRounds) {
        for (let i = 0; i < SLIDES; i++) {
          await page.evaluate(p.next);
          await sleep(SLIDE_WAIT);
        }
        const shifts = await page.evaluate(() => __bench.shifts);
        const slides = shiftTotals(shifts, loaded);
        sample.slideShift = slides.counted;
        sample.slideShiftRaw = slides.raw;
        sample.slideSources = slides.sources;
        sample.finalIndex = await page.evaluate(p.index);
      }
      samples[v].push(sample);
    }
    ctx.progress(r + 1, ctx.runs);
  }
  // Layout shift of the upgrade when the script arrives 250 ms after the HTML (a slow CDN).
  for (let r = 0; r < slowRounds; r++) {
    for (const v of rotation(variants, r)) {
      const res = await visit(tab, slow[v], { script: PEERS[v].script });
      await sleep(300);
      const s = shiftTotals(await page.evaluate(() => __bench.shifts));
      samples[v].push({ slowLoadShift: s.counted, slowLoadSources: s.sources, slowPainted: res.paintedAt });
    }
  }
  await tab.close();

  const out = {};
  for (const v of variants) {
    const s = samples[v];
    const pick = (k) => s.map((x) => x[k]).filter((x) => x !== undefined);
    out[v] = {
      name: PEERS[v].name,
      bytes: bytes[v],
      navigationToPainted: summary(pick('painted')),
      scriptStartToRendered: summary(pick('rendered')),
      scriptStartToPainted: summary(pick('scriptToPainted')),
      layoutShiftLoad: summary(pick('loadShift'), 4),
      layoutShiftLoadSlowScript: summary(pick('slowLoadShift'), 4),
      layoutShiftLoadSlowScriptSources: [...new Set(pick('slowLoadSources').flat())],
      layoutShift5Slides: summary(pick('slideShift'), 4),
      layoutShift5SlidesRaw: summary(pick('slideShiftRaw'), 4),
      layoutShift5SlidesSources: [...new Set(pick('slideSources').flat())],
      indexAfter5Next: [...new Set(pick('finalIndex'))],
      axeViolations: axe[v],
    };
  }
  const o = out;
  const ratios = {
    gzipBytes_shoelaceOverOurs: round(o.shoelace.bytes.gzip / o.ours.bytes.gzip, 2),
    gzipBytes_splideOverOurs: round(o.splide.bytes.gzip / o.ours.bytes.gzip, 2),
    scriptStartToRendered_shoelaceOverOurs: ratio(o.shoelace.scriptStartToRendered, o.ours.scriptStartToRendered),
    scriptStartToRendered_splideOverOurs: ratio(o.splide.scriptStartToRendered, o.ours.scriptStartToRendered),
    navigationToPainted_shoelaceOverOurs: ratio(o.shoelace.navigationToPainted, o.ours.navigationToPainted),
    navigationToPainted_splideOverOurs: ratio(o.splide.navigationToPainted, o.ours.navigationToPainted),
  };
  const classic = weigh('/dist/recovery-widgets.js');
  const rows = [];
  for (const v of variants) {
    const x = out[v];
    rows.push([`${x.name}: min+gzip JS+CSS`, round(x.bytes.gzip / 1024, 2), 'KB']);
    rows.push([`${x.name}: script start → rendered`, x.scriptStartToRendered, 'ms']);
    rows.push([`${x.name}: navigation → painted`, x.navigationToPainted, 'ms']);
    rows.push([`${x.name}: layout shift, load (local / slow script)`, `${x.layoutShiftLoad.median} / ${x.layoutShiftLoadSlowScript.median}`]);
    rows.push([`${x.name}: layout shift, 5 slide changes`, x.layoutShift5Slides.median]);
    rows.push([`${x.name}: axe violations`, x.axeViolations.length ? x.axeViolations.map((a) => `${a.id} (${a.impact})`).join(', ') : 'none']);
  }
  return { data: { quotes: quotes.length, slowScriptDelayMs: SLOW, slideWaitMs: SLIDE_WAIT, variants: out, ratios, oursClassicAllThree: classic }, rows };
}
