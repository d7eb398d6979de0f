/** Collects console.error and console.warn calls (and silences them) until `restore()`. */
export function captureConsole() {
  const errors: string[] = [];
  const warnings: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  return {
    errors,
    warnings,
    restore() {
      console.error = error;
      console.warn = warn;
    },
  };
}

/** Resolves with the next `type` event on `target`, or rejects after `ms`. */
export function nextEvent<T = unknown>(target: EventTarget, type: string, ms = 15000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event within ${ms} ms`)), ms);
    target.addEventListener(
      type,
      (e) => {
        clearTimeout(timer);
        resolve(e as CustomEvent<T>);
      },
      { once: true },
    );
  });
}

// Captured before any test fakes the clock, so waiting works under sinon's fake timers.
const wait = globalThis.setTimeout.bind(globalThis);
const now = performance.now.bind(performance);

/** Waits until `check` returns something truthy (polling every 16 ms of real time), or fails after `ms`. */
export async function until<T>(check: () => T | Promise<T>, ms = 5000, what = 'condition'): Promise<NonNullable<T>> {
  const end = now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => wait(r, 16));
  }
}

/** The visible text of an element's shadow root, whitespace collapsed. */
export function text(node: Element | ShadowRoot | null | undefined): string {
  const root = node instanceof Element && node.shadowRoot ? node.shadowRoot : node;
  return (root?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export const $ = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);
export const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  Array.from(el.shadowRoot!.querySelectorAll<E>(selector));

/** Waits for the element's CSS transitions and animations to finish (axe judges contrast mid-fade otherwise). */
export async function settled(el: Element): Promise<void> {
  const root = el.shadowRoot ?? el;
  const animations = (root as ShadowRoot).getAnimations?.() ?? [];
  await Promise.all(animations.map((a) => a.finished.catch(() => undefined)));
}

/** Waits `n` animation frames: for observers (IntersectionObserver) and the browser's own reactions. */
export async function frames(n = 3): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
}

/**
 * Presses a key and waits two frames: Firefox activates a checkbox or button
 * on the key's release, a moment after the command returns.
 */
export async function press(key: string): Promise<void> {
  const { sendKeys } = await import('@web/test-runner-commands');
  await sendKeys({ press: key });
  await frames(2);
}
