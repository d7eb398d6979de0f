// 4. Support finder at scale: one filter change (the "Phone" checkbox, clicked
// as a visitor would) with 50, 500 and 5,000 partner services supplied inline
// (<script type="application/json" slot="content">): time from the click to
// the next paint. Should not grow with the list (only 10 are rendered).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sleep } from '../lib/browser.mjs';
import { openTab, visit } from '../lib/measure.mjs';
import { hostPage, writePage } from '../lib/pages.mjs';
import { ROOT } from '../lib/paths.mjs';
import { ratio, rotation, summary } from '../lib/stats.mjs';

const SCRIPT = '/dist/recovery-widgets.js';
const SIZES = [50, 500, 5000];

/** `n` valid partner services (the test suite's shape), with phone, text and web contacts in turn so the filter has work to do. */
async function services(n) {
  const { fictional, makeServices } = await import(pathToFileURL(join(ROOT, 'test/support/fixtures.mjs')).href);
  return makeServices(n).map((s, i) => {
    if (i % 3 === 1) s.contacts = [fictional(i, 'sms')];
    if (i % 3 === 2) s.contacts = [{ method: 'web', display: 'Website', href: `https://partner.example/services/${i}` }];
    return s;
  });
}

const READY = `() => __bench.rendered('recovery-support-finder', { check: (el) => el.shadowRoot.querySelector('[part=results]')?.textContent.includes('Partner service 0') })`;

/** Clicks the "Phone" checkbox as a visitor would and measures, in the page, until the next paint. */
async function clickPhone(page) {
  const box = await page.evaluateHandle(() =>
    document.querySelector('recovery-support-finder').shadowRoot.querySelector('input[name=method][value=phone]'),
  );
  await box.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await sleep(100);
  await page.evaluate(() => {
    window.__click = new Promise((resolve) => {
      document.addEventListener(
        'click',
        (e) => {
          const handlerStart = performance.now();
          requestAnimationFrame(() =>
            setTimeout(() => {
              const end = performance.now();
              resolve({ eventStart: e.timeStamp, fromEvent: end - e.timeStamp, fromHandler: end - handlerStart });
            }, 0),
          );
        },
        { capture: true, once: true },
      );
    });
  });
  await box.click();
  const m = await page.evaluate(() => window.__click);
  await sleep(150); // let Event Timing report the interaction
  const result = await page.evaluate((since) => {
    const el = document.querySelector('recovery-support-finder');
    const interaction = window.__bench.events.filter((e) => e.startTime >= since - 1 && e.interactionId);
    return {
      checked: el.shadowRoot.querySelector('input[name=method][value=phone]').checked,
      count: el.shadowRoot.querySelector('[part=count]').textContent.trim(),
      // Event Timing (INP's source): longest entry of the interaction, or null when under its 16 ms threshold.
      eventTiming: interaction.length ? Math.max(...interaction.map((e) => e.duration)) : null,
    };
  }, m.eventStart);
  await box.dispose();
  return { ...m, ...result };
}

export default async function finderScale(ctx) {
  const pages = {};
  for (const n of SIZES) {
    const doc = JSON.stringify({ version: 1, services: await services(n) }).replace(/</g, '\\u003c');
    pages[n] = writePage(
      `finder-${n}`,
      hostPage({
        title: `Support finder with ${n} partner services`,
        head: `<script src="${SCRIPT}?r=__RUN__" defer></script>`,
        widgets: [`<recovery-support-finder region="GB"><script type="application/json" slot="content">${doc}</script></recovery-support-finder>`],
        ready: READY,
      }),
    );
  }
  const tab = await openTab(ctx);
  tab.origin = ctx.origin;
  const samples = Object.fromEntries(SIZES.map((n) => [n, []]));
  for (const n of SIZES) await visit(tab, pages[n], { script: SCRIPT }); // warm-up
  for (let r = 0; r < ctx.runs; r++) {
    for (const n of rotation(SIZES, r)) {
      const res = await visit(tab, pages[n], { script: SCRIPT });
      await sleep(200);
      const on = await clickPhone(tab.page);
      const off = await clickPhone(tab.page);
      if (!on.checked || off.checked) throw new Error('the Phone checkbox did not toggle');
      samples[n].push({ load: res.paintedAt - res.scriptStart, on, off });
    }
    ctx.progress(r + 1, ctx.runs);
  }
  await tab.close();

  const out = {};
  for (const n of SIZES) {
    const s = samples[n];
    out[n] = {
      scriptStartToPainted: summary(s.map((x) => x.load)),
      clickToNextPaint: summary(s.map((x) => x.on.fromEvent)),
      handlerToNextPaint: summary(s.map((x) => x.on.fromHandler)),
      eventTimingDuration: summary(s.map((x) => x.on.eventTiming)),
      eventTimingUnder16ms: s.filter((x) => x.on.eventTiming == null).length,
      uncheckClickToNextPaint: summary(s.map((x) => x.off.fromEvent)),
      countAfterPhone: s[0].on.count,
      countAfterUncheck: s[0].off.count,
    };
  }
  const ratios = {
    clickToNextPaint_5000over50: ratio(out[5000].clickToNextPaint, out[50].clickToNextPaint),
    clickToNextPaint_500over50: ratio(out[500].clickToNextPaint, out[50].clickToNextPaint),
    uncheckClickToNextPaint_5000over50: ratio(out[5000].uncheckClickToNextPaint, out[50].uncheckClickToNextPaint),
    scriptStartToPainted_5000over50: ratio(out[5000].scriptStartToPainted, out[50].scriptStartToPainted),
  };
  const rows = [];
  for (const n of SIZES) rows.push([`${n} services: click "Phone" → next paint`, out[n].clickToNextPaint, 'ms']);
  rows.push(['ratio 5,000 / 50 (click → next paint)', ratios.clickToNextPaint_5000over50, '×']);
  for (const n of SIZES) rows.push([`${n} services: script start → painted (load)`, out[n].scriptStartToPainted, 'ms']);
  rows.push(['ratio 5,000 / 50 (load)', ratios.scriptStartToPainted_5000over50, '×']);
  return { data: { sizes: SIZES, services: out, ratios }, rows };
}
