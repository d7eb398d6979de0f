// 1. First render: our three widgets on a partner page against two floors in
// the same run: (a) the same final content as static HTML (no JS), (b) a bare
// minimal Lit element bundled the same way.
import { diffPixels } from '../lib/pixels.mjs';
import { load, openTab, shiftTotals, visit } from '../lib/measure.mjs';
import { hostPage, readyFor, TAGS, WIDGETS, writePage } from '../lib/pages.mjs';
import { ratio, rotation, summary } from '../lib/stats.mjs';
import { weigh } from '../lib/server.mjs';

const SCRIPT = '/dist/recovery-widgets.js';
const MINIMAL = '/out/minimal-lit.js';

/**
 * Our rendered widgets as plain HTML: each element keeps its tag (an unknown
 * element without JS) with a declarative shadow root holding the rendered
 * markup and, in a <style>, the exact CSS its shadow root adopted. The
 * browser builds the same tree and styles as Lit did, with no script.
 */
function captureStatic() {
  const attr = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return [...document.querySelectorAll('recovery-info-card, recovery-quote-carousel, recovery-support-finder')].map((el) => {
    const root = el.shadowRoot;
    const css = root.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
    // Lit's comment markers stay: they keep text nodes split exactly as Lit left them.
    const markup = root.innerHTML;
    const attrs = [...el.attributes].map((a) => ` ${a.name}="${attr(a.value)}"`).join('');
    const html = `<${el.localName}${attrs}><template shadowrootmode="open"><style>${css}</style>${markup}</template>${el.innerHTML}</${el.localName}>`;
    return el.parentElement.id ? `<div id="${el.parentElement.id}">${html}</div>` : html;
  });
}

/** Init script: times every construction of the Intl formatters the widgets use. */
function timeIntl() {
  window.__intl = [];
  for (const name of ['NumberFormat', 'PluralRules', 'DateTimeFormat', 'ListFormat', 'DisplayNames']) {
    const Original = Intl[name];
    Intl[name] = new Proxy(Original, {
      construct(target, args, newTarget) {
        const start = performance.now();
        const made = Reflect.construct(target, args, newTarget === Intl[name] ? target : newTarget);
        window.__intl.push({ name, at: start, ms: performance.now() - start });
        return made;
      },
    });
  }
}

export default async function firstRender(ctx) {
  const pages = {
    ours: writePage(
      'first-render-ours',
      hostPage({ title: 'First render: recovery-widgets', head: `<script src="${SCRIPT}?r=__RUN__" defer></script>`, widgets: WIDGETS, ready: readyFor(TAGS) }),
    ),
    minimal: writePage(
      'first-render-minimal-lit',
      hostPage({
        title: 'First render: a minimal Lit element',
        head: `<script src="${MINIMAL}?r=__RUN__" defer></script>`,
        widgets: ['<bench-minimal></bench-minimal>', '<bench-minimal></bench-minimal>', '<div id="support"><bench-minimal></bench-minimal></div>'],
        ready: readyFor('bench-minimal'),
      }),
    ),
  };

  // The static floor: our final content, captured from a rendered page.
  const captured = await load(ctx, pages.ours, { keepOpen: true });
  const widgets = await captured.tab.page.evaluate(captureStatic);
  const oursShot = await captured.tab.page.screenshot({ fullPage: true });
  await captured.tab.close();
  pages.static = writePage(
    'first-render-static',
    hostPage({ title: 'First render: static HTML', widgets, ready: readyFor(TAGS, '{ define: false }') }),
  );
  const check = await load(ctx, pages.static, { keepOpen: true });
  const staticShot = await check.tab.page.screenshot({ fullPage: true });
  const sameAsWidgets = await diffPixels(check.tab.page, oursShot, staticShot);
  await check.tab.close();
  ctx.log(`  static floor vs widgets, full-page screenshot: ${JSON.stringify(sameAsWidgets)}`);

  const variants = ['static', 'minimal', 'ours'];
  const samples = Object.fromEntries(variants.map((v) => [v, []]));
  const tab = await openTab(ctx);
  tab.origin = ctx.origin;
  const script = (v) => (v === 'ours' ? SCRIPT : v === 'minimal' ? MINIMAL : undefined);
  for (const v of variants) await visit(tab, pages[v], { script: script(v) }); // warm-up, not counted
  for (let r = 0; r < ctx.runs; r++) {
    for (const v of rotation(variants, r)) samples[v].push(await visit(tab, pages[v], { script: script(v) }));
    ctx.progress(r + 1, ctx.runs);
  }
  await tab.close();

  // Where our script's time goes: every Intl constructor call during the first
  // render, timed by wrapping the constructors (a few extra visits, not counted above).
  const intlTab = await openTab(ctx, { init: timeIntl });
  intlTab.origin = ctx.origin;
  const intl = [];
  for (let r = 0; r < Math.min(ctx.runs, ctx.env('BENCH_SHORT_RUNS', 5)); r++) {
    const res = await visit(intlTab, pages.ours, { script: SCRIPT });
    const calls = await intlTab.page.evaluate((end) => window.__intl.filter((c) => c.at <= end), res.renderedAt);
    const first = calls.find((c) => c.name === 'NumberFormat');
    intl.push({
      scriptStartToRendered: res.renderedAt - res.scriptStart,
      constructorsMs: calls.reduce((a, c) => a + c.ms, 0),
      constructors: calls.length,
      firstNumberFormatMs: first?.ms,
      byName: [...new Set(calls.map((c) => c.name))].map((name) => {
        const list = calls.filter((c) => c.name === name);
        return { name, calls: list.length, ms: Number(list.reduce((a, c) => a + c.ms, 0).toFixed(2)) };
      }),
    });
  }
  await intlTab.close();

  const variantsOut = {};
  for (const v of variants) {
    const s = samples[v];
    variantsOut[v] = {
      page: pages[v],
      navigationToRendered: summary(s.map((x) => x.renderedAt)),
      layoutShift: summary(s.map((x) => shiftTotals(x.shifts).counted), 4),
      navigationToPainted: summary(s.map((x) => x.paintedAt)),
      htmlStartToPainted: summary(s.map((x) => x.paintedAt - x.htmlStart)),
      ...(v !== 'static' && {
        scriptStartToRendered: summary(s.map((x) => x.renderedAt - x.scriptStart)),
        scriptStartToPainted: summary(s.map((x) => x.paintedAt - x.scriptStart)),
      }),
    };
  }
  const o = variantsOut;
  const ratios = {
    navigationToPainted_oursOverStatic: ratio(o.ours.navigationToPainted, o.static.navigationToPainted),
    navigationToPainted_oursOverMinimalLit: ratio(o.ours.navigationToPainted, o.minimal.navigationToPainted),
    navigationToPainted_minimalLitOverStatic: ratio(o.minimal.navigationToPainted, o.static.navigationToPainted),
    scriptStartToRendered_oursOverMinimalLit: ratio(o.ours.scriptStartToRendered, o.minimal.scriptStartToRendered),
    scriptStartToPainted_oursOverMinimalLit: ratio(o.ours.scriptStartToPainted, o.minimal.scriptStartToPainted),
  };
  const rows = [
    ['static HTML (no JS): navigation → painted', o.static.navigationToPainted, 'ms'],
    ['minimal Lit: navigation → painted', o.minimal.navigationToPainted, 'ms'],
    ['ours: navigation → painted', o.ours.navigationToPainted, 'ms'],
    ['minimal Lit: script start → rendered', o.minimal.scriptStartToRendered, 'ms'],
    ['ours: script start → rendered', o.ours.scriptStartToRendered, 'ms'],
    ['ratio ours / static (nav → painted)', ratios.navigationToPainted_oursOverStatic, '×'],
    ['ratio ours / minimal Lit (nav → painted)', ratios.navigationToPainted_oursOverMinimalLit, '×'],
    ['ratio ours / minimal Lit (script → rendered)', ratios.scriptStartToRendered_oursOverMinimalLit, '×'],
  ];
  const bytes = { ours: weigh(SCRIPT), minimal: weigh(MINIMAL), staticPage: weigh(pages.static), oursPage: weigh(pages.ours) };
  const intlSummary = {
    visits: intl.length,
    scriptStartToRendered: summary(intl.map((x) => x.scriptStartToRendered)),
    intlConstructorsMs: summary(intl.map((x) => x.constructorsMs)),
    firstNumberFormatMs: summary(intl.map((x) => x.firstNumberFormatMs)),
    constructorCalls: intl[0]?.constructors,
    byName: intl[0]?.byName,
  };
  rows.push(['ours: of script start → rendered, in Intl constructors', intlSummary.intlConstructorsMs, 'ms']);
  return { data: { variants: variantsOut, ratios, bytes, staticFloorMatchesWidgets: sameAsWidgets, intlDuringFirstRender: intlSummary }, rows };
}
