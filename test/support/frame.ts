import { expect } from '@open-wc/testing';
import { until } from './helpers.js';

// Site pages in an iframe, served with the CSP `npm start` sends plus a
// report-uri (test/support/site-csp.mjs): render, axe, sideways scroll, CSP.

export interface Frame {
  iframe: HTMLIFrameElement;
  win: Window & typeof globalThis & { axe?: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } };
  doc: Document;
  /** A token in the page's URL: its CSP reports carry it. */
  run: string;
  remove(): void;
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Loads `path` into a `width` px wide iframe and waits until every recovery-* element on it has rendered. */
export async function open(path: string, width = 1024, height = 800): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block`;
  const run = Math.random().toString(36).slice(2);
  iframe.src = `${path}${path.includes('?') ? '&' : '?'}run=${run}`;
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Frame['win'];
  const doc = iframe.contentDocument!;
  await until(
    () => [...doc.querySelectorAll('*')].filter((e) => e.localName.startsWith('recovery-')).every((e) => e.shadowRoot?.querySelector('[part]')),
    8000,
    `the widgets on ${path}`,
  );
  return { iframe, win, doc, run, remove: () => iframe.remove() };
}

/** Opens `path`, runs `test` on it, and removes the frame whatever happens. */
export async function withFrame(path: string, test: (frame: Frame) => Promise<void>, width?: number): Promise<void> {
  const frame = await open(path, width);
  try {
    await test(frame);
  } finally {
    frame.remove();
  }
}

/** Resizes the frame and waits for the layout to follow. */
export async function resize(frame: Frame, width: number): Promise<void> {
  frame.iframe.style.width = `${width}px`;
  // innerWidth: the viewport with its scroll bar (Firefox's takes room).
  await until(() => frame.win.innerWidth === width, 2000, `a ${width} px layout`);
  // A timer, not requestAnimationFrame: Firefox runs two test pages as tabs, and a background tab gets no frames.
  await new Promise((r) => setTimeout(r, 50));
}

/** How far the page scrolls sideways (0 when it fits). */
export const sideways = (frame: Frame) => frame.doc.documentElement.scrollWidth - frame.doc.documentElement.clientWidth;

/** Runs axe in the frame (injected as a same-origin script file, which the CSP allows) and expects no violation. */
export async function expectNoAxeViolations(frame: Frame): Promise<void> {
  if (!frame.win.axe) {
    const script = frame.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((r, j) => {
      script.onload = r;
      script.onerror = () => j(new Error('axe-core did not load'));
    });
    frame.doc.head.append(script);
    await loaded;
  }
  const { violations } = await frame.win.axe!.run(frame.doc, { resultTypes: ['violations'] });
  const found = violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  expect(found, found.join('\n')).to.deep.equal([]);
}

/** The CSP violations reported for this frame's page (after waiting for the browser to send them). */
export async function cspReports(frame: Frame, wait = 300): Promise<{ 'violated-directive'?: string; 'blocked-uri'?: string }[]> {
  await new Promise((r) => setTimeout(r, wait));
  const reports = await (await fetch('/test-api/csp-reports', { cache: 'no-store' })).json();
  return reports.filter((r: { 'document-uri'?: string }) => r['document-uri']?.includes(frame.run));
}

/** Sets a form control's value and fires what a person's change would. */
export function set(control: HTMLInputElement | HTMLSelectElement, value: string | boolean): void {
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}
