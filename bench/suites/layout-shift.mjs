// 5. Layout stability: layout shift caused by the widgets during load and
// upgrade, carousel slide changes, and the compact card's disclosure.
// Layout-shift entries come from a PerformanceObserver; "counted" leaves out
// shifts within 500 ms of user input (hadRecentInput), as CLS does, and "raw"
// keeps them.
import { sleep } from '../lib/browser.mjs';
import { openTab, shiftTotals, visit } from '../lib/measure.mjs';
import { hostPage, readyFor, TAGS, WIDGETS, writePage } from '../lib/pages.mjs';
import { rotation, summary } from '../lib/stats.mjs';

const SCRIPT = '/dist/recovery-widgets.js';
const SLOW = 250;
const WAIT = 500;

const uniq = (lists) => [...new Set(lists.flat())].filter(Boolean);

export default async function layoutShift(ctx) {
  const load = {
    'defer, local': `<script src="${SCRIPT}?r=__RUN__" defer></script>`,
    [`defer, script ${SLOW} ms late`]: `<script src="${SCRIPT}?r=__RUN__&delay=${SLOW}" defer></script>`,
    [`async, script ${SLOW} ms late`]: `<script src="${SCRIPT}?r=__RUN__&delay=${SLOW}" async></script>`,
    // The README's embed: Chromium does not paint before the script has run.
    [`defer blocking=render, script ${SLOW} ms late`]: `<script src="${SCRIPT}?r=__RUN__&delay=${SLOW}" defer blocking="render"></script>`,
  };
  const loadPages = Object.fromEntries(
    Object.entries(load).map(([k, head], i) => [k, writePage(`layout-load-${i}`, hostPage({ title: `Layout: ${k}`, head, widgets: WIDGETS, ready: readyFor(TAGS) }))]),
  );
  // Each widget alone (defer, local), to see which one moves the page; and the
  // carousel with partner <blockquote> children, which show as plain quotes
  // until the script runs.
  const defer = load['defer, local'];
  const alone = {
    'card alone': ['<recovery-info-card></recovery-info-card>', 'recovery-info-card'],
    'carousel alone': ['<recovery-quote-carousel></recovery-quote-carousel>', 'recovery-quote-carousel'],
    'carousel alone, 3 partner blockquotes': [
      `<recovery-quote-carousel>${['Recovery can take time, and it is possible.', 'There are treatment and support options both through the NHS and privately.', 'Some people find that talking therapies help them.'].map((q) => `<blockquote><p>${q}</p></blockquote>`).join('')}</recovery-quote-carousel>`,
      'recovery-quote-carousel',
    ],
    'finder alone': ['<recovery-support-finder region="GB"></recovery-support-finder>', 'recovery-support-finder'],
  };
  Object.entries(alone).forEach(([k, [markup, tag]], i) => {
    loadPages[k] = writePage(`layout-load-alone-${i}`, hostPage({ title: `Layout: ${k}`, head: defer, widgets: [markup], ready: readyFor(tag) }));
  });
  const carouselPage = writePage(
    'layout-carousel',
    hostPage({ title: 'Layout: carousel', head: `<script src="${SCRIPT}?r=__RUN__" defer></script>`, widgets: ['<recovery-quote-carousel></recovery-quote-carousel>'], ready: readyFor('recovery-quote-carousel') }),
  );
  const cardPage = writePage(
    'layout-compact-card',
    hostPage({ title: 'Layout: compact card', head: `<script src="${SCRIPT}?r=__RUN__" defer></script>`, widgets: ['<recovery-info-card variant="compact"></recovery-info-card>'], ready: readyFor('recovery-info-card') }),
  );

  const tab = await openTab(ctx);
  tab.origin = ctx.origin;
  const { page } = tab;
  const shifts = () => page.evaluate(() => __bench.shifts);
  const now = () => page.evaluate(() => performance.now());

  // Load and upgrade.
  // The embeds run every round; the single-widget pages (a breakdown) only the first `rounds`.
  const variants = Object.keys(loadPages);
  const rounds = Math.min(ctx.runs, ctx.env('BENCH_SHORT_RUNS', 5));
  const loadSamples = Object.fromEntries(variants.map((v) => [v, []]));
  for (let r = 0; r < ctx.runs; r++) {
    for (const v of rotation(variants, r)) {
      if (r >= rounds && !(v in load)) continue;
      const res = await visit(tab, loadPages[v], { script: SCRIPT });
      await sleep(300);
      loadSamples[v].push(shiftTotals(await shifts(), 0, res.paintedAt + 300));
    }
    ctx.progress(r + 1, ctx.runs);
  }

  const carousel = { '1280 px': [], '360 px': [] };
  const card = [];
  for (let r = 0; r < rounds; r++) {
    // Carousel: 6 slide changes with the Next button clicked by script (as rotation would, no input), then 6 through `index`.
    for (const width of Object.keys(carousel)) {
      await page.setViewport({ width: parseInt(width, 10), height: 900 });
      await visit(tab, carouselPage, { script: SCRIPT });
      await sleep(300);
      const t0 = await now();
      for (let i = 0; i < 6; i++) {
        await page.evaluate(() => document.querySelector('recovery-quote-carousel').shadowRoot.querySelector('button.next').click());
        await sleep(WAIT);
      }
      const t1 = await now();
      // Setting `index` does the same work without the button: once, at the wide width.
      for (let i = 0; i < (width === '1280 px' ? 6 : 0); i++) {
        await page.evaluate((i) => (document.querySelector('recovery-quote-carousel').index = i), i + 1);
        await sleep(WAIT);
      }
      const all = await shifts();
      carousel[width].push({ next: shiftTotals(all, t0, t1), ...(width === '1280 px' && { index: shiftTotals(all, t1) }) });
    }
    await page.setViewport({ width: 1280, height: 900 });

    // Compact card: the visitor opens and closes it (real clicks), then a script sets `expanded`.
    await visit(tab, cardPage, { script: SCRIPT });
    await sleep(300);
    const toggle = await page.evaluateHandle(() => document.querySelector('recovery-info-card').shadowRoot.querySelector('[part=toggle]'));
    const t0 = await now();
    await toggle.click();
    await sleep(WAIT);
    await toggle.click();
    await sleep(WAIT);
    const t1 = await now();
    await page.evaluate(() => (document.querySelector('recovery-info-card').expanded = true));
    await sleep(WAIT);
    await page.evaluate(() => (document.querySelector('recovery-info-card').expanded = false));
    await sleep(WAIT);
    const all = await shifts();
    card.push({ click: shiftTotals(all, t0, t1), script: shiftTotals(all, t1) });
    await toggle.dispose();
  }
  await tab.close();

  const sum = (list, pick) => ({ raw: summary(list.map((x) => pick(x).raw), 4), counted: summary(list.map((x) => pick(x).counted), 4), sources: uniq(list.map((x) => pick(x).sources)) });
  const data = {
    slowScriptDelayMs: SLOW,
    load: Object.fromEntries(variants.map((v) => [v, sum(loadSamples[v], (x) => x)])),
    carousel: Object.fromEntries(
      Object.entries(carousel).map(([w, list]) => [w, { next6ByScript: sum(list, (x) => x.next), ...(list[0]?.index && { index6: sum(list, (x) => x.index) }) }]),
    ),
    compactCard: { openCloseByClick: sum(card, (x) => x.click), openCloseByScript: sum(card, (x) => x.script) },
  };
  const rows = [];
  for (const v of variants) rows.push([`load, ${v}: CLS`, data.load[v].counted.median]);
  for (const w of Object.keys(carousel)) {
    rows.push([`carousel at ${w}: 6 × Next (script)`, data.carousel[w].next6ByScript.counted.median]);
    if (data.carousel[w].index6) rows.push([`carousel at ${w}: 6 × index`, data.carousel[w].index6.counted.median]);
  }
  rows.push(['compact card, open + close by click: raw / counted', `${data.compactCard.openCloseByClick.raw.median} / ${data.compactCard.openCloseByClick.counted.median}`]);
  rows.push(['compact card, open + close by script: raw / counted', `${data.compactCard.openCloseByScript.raw.median} / ${data.compactCard.openCloseByScript.counted.median}`]);
  return { data, rows };
}
