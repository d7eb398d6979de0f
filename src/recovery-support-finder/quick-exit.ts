/**
 * Quick exit, after the GOV.UK Design System's "Exit this page", which was
 * researched with people at risk: pressing Shift three times within five
 * seconds, anywhere on the page, exits. Shift held
 * as a modifier (Shift + A) does not count, and any other key resets the
 * count. A timer exists only while a count is running.
 */
export const PRESSES = 3;
export const WINDOW_MS = 5000;

/** Leaves the page without a history entry to come Back to. Replaced in tests. */
export const navigation = {
  exit(url: string): void {
    location.replace(url);
  },
};

let cause: Event | undefined;
/** Each finder whose cover is up, and how to take it off. */
const covers = new Map<Element, () => void>();
/** Where focus was when the visitor asked to leave: a text box on the host page, the exit button. */
let returnTo: Element | null | undefined;

/**
 * While the page is being left, Escape goes nowhere: not to the host page
 * (whose drawer or dialog around the finder would close, taking the cover
 * with it and leaving the page inert), nor to the cover itself (a dialog's
 * own Escape). On the window, capturing: only the page's own capturing
 * listeners on the window, added before it, hear it first.
 */
const holdEscape = (e: KeyboardEvent) => {
  if (e.key == 'Escape' && leaving()) {
    e.preventDefault();
    e.stopImmediatePropagation();
  }
};

/** The page is being left: a finder on the page has its cover up. */
export const leaving = (): boolean => [...covers.keys()].some((finder) => finder.isConnected);

/** Puts up `finder`'s cover (`uncover` takes it off): every finder on the page covers it. */
export function cover(finder: Element, uncover: () => void): void {
  covers.set(finder, uncover);
}

/** `finder` has no cover up: it is not drawn, or has left the page for good. */
export function uncover(finder: Element): void {
  covers.delete(finder);
}

/** A cover is on screen: Escape is held until the visitor stays (the same listener is added once). */
export function covered(): void {
  addEventListener('keydown', holdEscape, true);
}

/**
 * Leaves once for one key press or click: two finders on a page hear the
 * same three Shifts, both cover the page (`uncover` takes a cover off), and
 * the first one's URL is where the page goes. The next press may leave again.
 */
export function exitOnce(url: string, event: Event, finder: Element, uncover: () => void): void {
  // Where focus is now, unless a cover already holds it (the first exit's place is the way back).
  const fresh = !leaving();
  cover(finder, uncover);
  if (event == cause) return;
  cause = event;
  if (fresh) for (returnTo = document.activeElement; returnTo?.shadowRoot?.activeElement; ) returnTo = returnTo.shadowRoot.activeElement;
  hideReferrer(true);
  navigation.exit(url);
}

/**
 * Back to the page (the visitor answered the host page's "Leave site?" with
 * Stay, or the next page never came), or the page came back from the
 * back/forward cache, or the covered finders have all left the page: every
 * cover comes off, and the page's own referrer policy applies again.
 * Returns where focus was when the visitor asked to leave, if that is still
 * on the page.
 */
export function stay(): HTMLElement | undefined {
  covers.forEach((uncover) => uncover());
  covers.clear();
  removeEventListener('keydown', holdEscape, true);
  hideReferrer(false);
  const to = returnTo;
  returnTo = undefined;
  return to?.isConnected && to != document.body ? (to as HTMLElement) : undefined;
}

let noReferrer: HTMLMetaElement | undefined;

/**
 * `location.replace` sends the page's referrer: the exit link's
 * `rel="noreferrer"` holds only when the link itself is followed. Just
 * before leaving, a `no-referrer` policy keeps the partner's page out of the
 * exit site's logs. With `on` false (the page came back from the
 * back/forward cache) our element goes, and the page's own referrer meta, if
 * it has one, is applied again (removing ours does not undo its policy). A
 * policy sent as an HTTP header cannot be read back: such a page keeps
 * no-referrer, the stricter, for the rest of this visit.
 */
export function hideReferrer(on: boolean): void {
  noReferrer?.remove();
  noReferrer = undefined;
  if (on) {
    noReferrer = document.createElement('meta');
    noReferrer.name = 'referrer';
    noReferrer.content = 'no-referrer';
    document.head.append(noReferrer);
  } else {
    const own = Array.from(document.querySelectorAll<HTMLMetaElement>('meta[name=referrer]')).pop();
    if (own) {
      // A changed value applies it again (Firefox ignores setting the same
      // one; Chromium logs an error for an empty one).
      const policy = own.content;
      own.content = policy == 'no-referrer' ? 'same-origin' : 'no-referrer';
      own.content = policy;
    }
  }
}

export type ShiftStatus =
  /** `count` presses so far (1 or 2). */
  | { kind: 'press'; count: number }
  /** The window passed with fewer presses: back to 0. */
  | { kind: 'expired' }
  /** Another key was pressed: back to 0, nothing to say. */
  | { kind: 'reset' }
  /** The third press (`event`, its key up): exit now. */
  | { kind: 'exit'; event: Event };

/** The counters listening, in the order they started: the first says the count. */
const counters = new Set<ShiftCounter>();

export class ShiftCounter {
  private _count = 0;
  private _timer?: ReturnType<typeof setTimeout>;
  /** Takes "expired" back a while after it was said, as GOV.UK's does: the hint read later does not end with it. */
  private _quiet?: ReturnType<typeof setTimeout>;
  /** Another key went down since Shift did: this Shift is a modifier (Shift + A, Shift + Tab). */
  private _modifier = false;

  constructor(
    private readonly _onChange: (status: ShiftStatus) => void,
    private readonly _host?: Element,
  ) {}

  attach(): void {
    this._listen(addEventListener);
    counters.add(this);
  }

  detach(): void {
    this._listen(removeEventListener);
    counters.delete(this);
    this._stop();
  }

  /**
   * Whether this finder says "press 2 more times": with two on a page, a
   * screen reader would hear it twice. The first that is drawn says it (not
   * one hidden in a closed `<details>` or a mobile-only copy).
   */
  get speaks(): boolean {
    // (visibility: hidden too, as a closed off-canvas menu is; else the first of all.)
    const all = [...counters];
    return (all.find((c) => c._host?.checkVisibility?.({ visibilityProperty: true }) ?? true) ?? all[0]) == this;
  }

  // A click counts as another key: Shift + click (selecting a range on the
  // host page) is Shift as a modifier, three of them no exit.
  // On the window, capturing: before the page's own listeners on the
  // document, which may stop a key on its way.
  private _listen(how: typeof addEventListener): void {
    how('keydown', this._onKeyDown, true);
    how('pointerdown', this._onKeyDown, true);
    how('keyup', this._onKeyUp as EventListener, true);
    how('wheel', this._onWheel as EventListener, { capture: true, passive: true });
  }

  // Shift + wheel scrolls sideways (a wide table on the host page): Shift
  // as a modifier. A wheel without Shift changes nothing: a trackpad's
  // scroll still gliding must not undo presses meant to leave.
  private _onWheel = (e: WheelEvent) => {
    if (e.shiftKey) this._modifier = true;
  };

  // Key downs, not ups, tell a modifier: typing a capital can release Shift
  // before the letter, and that Shift was no press of its own.
  private _onKeyDown = (e: Event) => {
    const k = e as KeyboardEvent;
    if (k.key == 'Shift') {
      // Shift with Alt, Ctrl or the command key held (Windows switches the
      // keyboard's language with Alt + Shift) is part of a shortcut.
      if (!k.repeat) this._modifier = k.altKey || k.ctrlKey || k.metaKey;
      return;
    }
    this._modifier = true;
    if (this._count) {
      this._stop();
      this._onChange({ kind: 'reset' });
    }
  };

  private _onKeyUp = (e: KeyboardEvent) => {
    if (e.key != 'Shift' || this._modifier) return;
    clearTimeout(this._quiet);
    // The window opens at the first press: three presses within it exit.
    if (++this._count >= PRESSES) {
      this._stop();
      this._onChange({ kind: 'exit', event: e });
    } else {
      this._timer ??= setTimeout(() => {
        this._stop();
        this._onChange({ kind: 'expired' });
        this._quiet = setTimeout(() => this._onChange({ kind: 'reset' }), WINDOW_MS);
      }, WINDOW_MS);
      this._onChange({ kind: 'press', count: this._count });
    }
  };

  private _stop(): void {
    clearTimeout(this._quiet);
    clearTimeout(this._timer);
    this._timer = undefined;
    this._count = 0;
  }
}

/**
 * The exit button stays on screen while any of the finder is. Its bar is
 * sticky, but an ancestor's overflow (`html, body { overflow-x: hidden }`, a
 * wrapper's `overflow: hidden`) stops sticky, and the bar scrolls away with
 * the page. Then the button floats in the top layer, at the top of the
 * window, until the bar is back or the finder has gone. One
 * IntersectionObserver: no timer, no scroll listener.
 */
export class ExitFloat {
  private _bar?: HTMLElement | null;
  /** The page's modal dialog the button waits for, not to float above it. */
  private _modal?: Element;
  private _observer?: IntersectionObserver;

  /** Watches `bar` (and the finder around it); `null` stops. */
  watch(bar: HTMLElement | null): void {
    if (bar == this._bar) return;
    this._observer?.disconnect();
    this._float(false);
    this._bar = bar;
    this._modal = undefined;
    if (!bar?.showPopover) return;
    const finder = bar.parentElement!;
    // Where the button belongs: below the host's own sticky header (--recovery-exit-top).
    const at = () => parseFloat(getComputedStyle(bar).top) || 0;
    const top = at();
    // Looked at when the bar starts or stops being whole on screen, and when the finder comes or goes.
    this._observer = new IntersectionObserver(
      () => {
        // The header's height changed since: watch again from the new line.
        if (at() != top) return this.watch(null), this.watch(bar);
        const b = bar.getBoundingClientRect();
        const end = finder.getBoundingClientRect().bottom;
        // The bar has gone up past its place, the finder is still on screen,
        // and the bar is more than its own height from the finder's end:
        // sticky did not hold it. (Where it does, the finder's end pushes
        // it out with only the padding left below it.) Bar and finder move
        // together then, however the visitor scrolls, up or down.
        this._float(b.top < top && end > top && end - b.bottom > b.height);
      },
      { rootMargin: `${-top}px 0px 0px`, threshold: [0, 1] },
    );
    this._observer.observe(bar);
    this._observer.observe(finder);
  }

  private _float(on: boolean): void {
    const bar = this._bar;
    // Not over the page's own modal dialog: everything outside it is inert,
    // and the button, drawn above its backdrop, would take no click. Looked
    // at again when it closes (one listener, whatever the scrolling), or
    // when the page takes it out without closing it, as a framework does
    // when it stops rendering it: no close event then, but the observer
    // sees it go.
    let modal = on ? document.querySelector('dialog:modal') : this._modal;
    // The partner's own "Get help" dialog around the finder is not in the way: the button floats in it.
    for (let n: Node | null | undefined = bar; modal && n; n = n.parentNode ?? (n as ShadowRoot).host) if (n == modal) modal = null;
    if (modal != this._modal) {
      // (The one it waited for, if any, is let go of.)
      this._modal && this._observer!.unobserve(this._modal);
      this._modal = modal || undefined;
      if (modal) {
        modal.addEventListener('close', () => bar == this._bar && (this.watch(null), this.watch(bar!)), { once: true });
        this._observer!.observe(modal);
      }
    }
    if (modal) on = false;
    const button = bar?.firstElementChild as HTMLElement | undefined;
    if (!button || on == button.hasAttribute('popover')) return;
    // The bar keeps its height: nothing below it moves.
    bar!.style.minHeight = on ? `${bar!.offsetHeight}px` : '';
    if (on) {
      button.popover = 'manual';
      button.showPopover();
    } else {
      button.hidePopover();
      button.removeAttribute('popover');
    }
  }
}
