// In-page measurement harness, inlined at the top of every benchmark page
// (identical in every variant, so it costs them all the same). It records
// layout shifts, long tasks and event timings from the start, and when the
// page says what "rendered" means (window.__ready), the time it rendered and
// the next paint after that.
(() => {
  const B = (window.__bench = { shifts: [], longtasks: [], events: [] });

  // "host>>tag#id.class" for a shifted node, so a shift can be traced to an element.
  const describe = (node) => {
    if (!node) return null;
    const el = node.nodeType === 1 ? node : node.parentElement;
    if (!el) return '#text';
    const host = el.getRootNode().host;
    const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return `${host ? `${host.localName}>>` : ''}${el.localName}${el.id ? `#${el.id}` : ''}${cls}`;
  };
  const observe = (type, fn, extra = {}) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true, ...extra });
    } catch {}
  };
  observe('layout-shift', (e) =>
    B.shifts.push({ value: e.value, hadRecentInput: e.hadRecentInput, startTime: e.startTime, sources: (e.sources || []).map((s) => describe(s.node)) }),
  );
  observe('longtask', (e) => B.longtasks.push({ startTime: e.startTime, duration: e.duration }));
  observe(
    'event',
    (e) =>
      B.events.push({
        name: e.name,
        startTime: e.startTime,
        processingStart: e.processingStart,
        processingEnd: e.processingEnd,
        duration: e.duration,
        interactionId: e.interactionId,
      }),
    { durationThreshold: 16 },
  );

  /** Resolves with the time of the next paint: a frame, then a task after it. */
  B.nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));

  /**
   * Waits until every element matching `selector` is rendered: defined (when
   * `define`), its Lit update settled, and `check(el)` true (by default, a
   * populated shadow root). Polls with tasks, not frames.
   */
  B.rendered = async (selector, { define = true, check = (el) => el.shadowRoot && el.shadowRoot.childElementCount > 0, timeout = 30000 } = {}) => {
    const els = [...document.querySelectorAll(selector)];
    if (!els.length) throw new Error(`nothing matches ${selector}`);
    const start = performance.now();
    if (define) await Promise.all([...new Set(els.map((e) => e.localName))].filter((n) => n.includes('-')).map((n) => customElements.whenDefined(n)));
    for (;;) {
      await Promise.all(els.map((e) => e.updateComplete));
      if (els.every(check)) return els.length;
      if (performance.now() - start > timeout) throw new Error(`not rendered: ${selector}`);
      await new Promise((r) => setTimeout(r, 0));
    }
  };

  B.run = async () => {
    try {
      B.count = await window.__ready();
      B.renderedAt = performance.now();
      B.paintedAt = await B.nextPaint();
    } catch (e) {
      B.error = String(e && e.stack ? e.stack : e);
    }
    B.done = true;
  };
  document.addEventListener('DOMContentLoaded', () => B.run());
})();
