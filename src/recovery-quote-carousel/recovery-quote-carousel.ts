import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { quotes as builtinQuotes } from '../content/builtin-topic.js';
import { contentLang } from '../content/lang.js';
import type { Quote } from '../content/types.js';
import { attribution } from '../shared/attribution.js';
import { emit } from '../shared/events.js';
import { FLAG, RecoveryElement, touches } from '../shared/recovery-element.js';
import { DEFAULT_LANG } from '../shared/strings.js';
import { readQuotes } from './quotes.js';
import { styles } from './recovery-quote-carousel.styles.js';
import { strings } from './recovery-quote-carousel.strings.js';

export interface RecoverySlideChangeDetail {
  index: number;
  reason: 'user' | 'rotation';
}

// The built-in quotes are English: marked so, under a partner's Welsh or Arabic strings.
contentLang.set(builtinQuotes, DEFAULT_LANG);

/** Rotation never runs faster than this (WCAG 2.2.2 and reading time). */
export const MIN_INTERVAL = 5000;
/** The longest delay a timer keeps: browsers run a longer one at once, and the slides would race. */
export const MAX_INTERVAL = 2 ** 31 - 1;
const DEFAULT_INTERVAL = 8000;
/** The slide picker is a button per quote; past this many it costs keyboard users too many tab stops. */
const MAX_PICKER = 8;
const SWIPE = 40;

/**
 * An accessible carousel of quotes about recovery, following the WAI-ARIA
 * Authoring Practices carousel pattern (grouped slide picker). Rotation is off
 * unless `autoplay` is set, stops for good when focus enters, pauses on hover,
 * off-screen and in a hidden tab, and never starts under reduced motion.
 * Its quotes speak of how hard recovery can be, and it carries no help route
 * of its own: place it on a page with the info card or the support finder,
 * not alone.
 *
 * @tagname recovery-quote-carousel
 * @summary An accessible carousel of quotes.
 *
 * @attr {boolean} autoplay - Rotate automatically. Default off.
 * @attr {number} interval - Milliseconds between slides, at least 5000. Default 8000.
 * @attr {string} label - Accessible name of the carousel, without the word "carousel", which screen readers say after it (taken out, with a warning). Default "Quotes about recovery" (localised).
 * @attr {number} index - The quote shown (0-based). Setting it fires no event.
 * @attr {'light'|'dark'|'auto'} theme - Colour theme. Default `light`.
 * @attr {string} lang - Language; the built-in strings are English only (others come from a content document's `strings`). Default: the nearest `lang`, else `en-GB`.
 * @attr {string} topic - Topic whose quotes are shown. Default `self-harm`.
 * @attr {string} content-src - URL of a content document whose topic quotes replace the built-in ones.
 *
 * @fires {CustomEvent<{index: number, reason: 'user'|'rotation'}>} recovery-slide-change - The shown quote changed because of the visitor or of rotation.
 * @fires {CustomEvent<{source: string, url?: string, reason: string, errors: string[]}>} recovery-error - A content document could not be used (the built-in quotes stay), or records in it were left out.
 *
 * @slot - `<blockquote>` (or `<figure>`) children: the partner's own quotes, shown as plain quotes until the script runs.
 * @slot content - An inline `<script type="application/json">` content document.
 *
 * @csspart carousel - The carousel container.
 * @csspart slide - Each slide.
 * @csspart quote - Each quote's `figure`.
 * @csspart controls - The row of previous, picker and next buttons.
 * @csspart button - Every control button.
 * @csspart previous - The previous quote button.
 * @csspart next - The next quote button.
 * @csspart dot - Each slide picker button.
 * @csspart rotation - The start/stop rotation button.
 * @csspart picker - The group of slide picker buttons.
 *
 * @cssprop [--recovery-font-family=system-ui] - Font.
 * @cssprop [--recovery-font-size=medium] - Body text size: the visitor's default (16 px unless they changed it), not the host's root font size.
 * @cssprop [--recovery-color-text=#1d2125] - Text.
 * @cssprop [--recovery-color-text-muted=#4b535c] - Attribution.
 * @cssprop [--recovery-color-surface=#ffffff] - Background.
 * @cssprop [--recovery-color-panel=#f2f5f7] - Button hover background.
 * @cssprop [--recovery-color-accent=#00607a] - Quote rule and buttons.
 * @cssprop [--recovery-color-border=#c9d1d8] - Border.
 * @cssprop [--recovery-color-control=#5c6670] - Button and picker borders.
 * @cssprop [--recovery-color-focus=#0b57d0] - Focus ring.
 * @cssprop [--recovery-radius=8px] - Corner radius.
 * @cssprop [--recovery-space=16px] - Base spacing unit.
 */
export class RecoveryQuoteCarousel extends RecoveryElement<typeof strings> {
  static override styles = styles;
  static override strings = strings;

  static override properties: PropertyDeclarations = {
    autoplay: { type: Boolean, converter: FLAG },
    interval: {},
    label: {},
    index: { type: Number },
    rotating: { state: true },
    _partnerQuotes: { state: true },
  };

  autoplay = false;
  interval: number | string = DEFAULT_INTERVAL;
  label?: string;
  /** The name as given, without the role's word. */
  private _label = '';
  /** Laid out right to left: the arrows are mirrored. */
  private _mirrored = false;
  /** The quote shown (0-based). */
  index = 0;

  /** Rotation is on (the rotation button offers "Stop"). */
  private rotating = false;
  /** The quote on screen: `index` when there is such a quote, else the first. */
  private _current = 0;
  /** `index` was out of range while quotes were still on their way: judged once they are here. */
  private _indexPending = false;
  private _partnerQuotes: Quote[] = [];
  /** The language the page asked for when the partner's quotes were last read. */
  private _quotesAsked?: string;

  private _hovered = false;
  private _onScreen = true;
  private _timer?: ReturnType<typeof setTimeout>;
  private _observer?: IntersectionObserver;
  private _motion!: MediaQueryList;
  /** The visitor (or focus) stopped rotation: only the rotation button starts it again. */
  private _stopped = false;
  /** Focus landing on the rotation button stopped rotation: a pointer's click that follows has been answered. */
  private _focusStopped = false;
  private _swipe?: PointerEvent;
  private _delay = DEFAULT_INTERVAL;
  /** The quotes last shown, and whether the visitor moved since. */
  private _shownQuotes?: Quote[];
  private _moved = false;
  /**
   * The quote changed without the visitor (a document arrived, a framework
   * rewrote the quotes, the partner set `index`): the live region is off
   * for that update, so a screen reader reading elsewhere is not
   * interrupted by a quote out of context; polite again after it.
   */
  private _quiet = false;
  private _hush = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    // Not on a server that calls connectedCallback: no page there.
    if (!globalThis.document) return;
    this._partnerQuotes = readQuotes(this);
    this._motion ??= matchMedia('(prefers-reduced-motion: reduce)');
    this._motion.addEventListener('change', this._autoRotate);
    document.addEventListener('visibilitychange', this._schedule);
    if (this.hasUpdated) this._watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._motion.removeEventListener('change', this._autoRotate);
    document.removeEventListener('visibilitychange', this._schedule);
    // The pointer's leave may never come for an element moved from under it.
    this._hovered = false;
    this._watch();
  }

  protected override childrenChanged(records: MutationRecord[]): void {
    super.childrenChanged(records);
    // The quotes, or a `lang` they take theirs from (the carousel's own too).
    if (touches(records, 'blockquote, figure') || records.some((r) => r.attributeName)) this._partnerQuotes = readQuotes(this);
  }

  private get _quotes(): Quote[] {
    return this._partnerQuotes.length ? this._partnerQuotes : (this.topicContent?.quotes ?? builtinQuotes);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The page's language changed (a route in another language): each of
    // the partner's quotes takes its language from its place again.
    if (this._quotesAsked && this._quotesAsked != this.asked) this._partnerQuotes = readQuotes(this);
    this._quotesAsked = this.asked;
    const ms = Number(this.interval);
    this._delay = ms >= MIN_INTERVAL ? Math.min(ms, MAX_INTERVAL) : ms > 0 ? MIN_INTERVAL : DEFAULT_INTERVAL;
    // A removed attribute (null) quietly returns to the default.
    if (changed.has('interval') && this.interval != null && this._delay != ms) this.warn('interval', String(this.interval), `${MIN_INTERVAL} to ${MAX_INTERVAL} milliseconds`, this._delay);
    if (changed.has('autoplay')) this._autoRotate();
    // The arrows point the way the buttons go, right to left too (and again for a key or a swipe, below).
    this._mirrored = this.textDir ? this.textDir == 'rtl' : !!globalThis.getComputedStyle && getComputedStyle(this).direction == 'rtl';
    // A screen reader says the role after the name: "Recovery quotes
    // carousel, carousel". The word comes out of the name, with a warning.
    // Not a string (`label={custom && 'Stories'}` in React passes false): no name of the partner's.
    // The word only, not part of another ("Carousels of hope" stays), and
    // the punctuation it leaves at either end ("Carousel: voices" is "voices").
    // (Each time it is written: "Carousel, carousel" is no name.)
    const label = typeof this.label == 'string' ? this.label.trim() : '';
    const role = this.t('carouselRole');
    const edge = (c = ' ') => /[\s\p{P}]/u.test(c);
    // (Compared where it stands, not in a lower-cased copy, whose "İ" is two
    // characters long; each cut takes letters away, so it ends.)
    let name = label;
    for (let at = 0; at <= name.length - role.length; at++)
      if (name.slice(at, at + role.length).toLowerCase() == role.toLowerCase() && edge(name[at - 1]) && edge(name[at + role.length])) {
        name = `${name.slice(0, at)} ${name.slice(at + role.length)}`.replace(/\s+/g, ' ').replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
        at = -1;
      }
    this._label = name || this.t('carouselLabel');
    if (name != label && changed.has('label')) this.warn('label', label, `a name without "${role}", which screen readers say after it`, `"${this._label}"`);
    const count = this._quotes.length;
    const before = this._shownQuotes;
    this._quiet = this.hasUpdated && !this._moved && (changed.has('index') || this._quotes != before);
    // Quotes added or taken away around the one shown (a framework's
    // rewrite): the visitor stays on it, or on the nearest left, and
    // `index` says which, with no event (the visitor did not move).
    if (before && this._quotes != before && !changed.has('index') && !this._indexPending) {
      const was = before[this._current]?.text;
      const at = this._quotes.findIndex((q) => q.text == was);
      this.index = at < 0 ? Math.max(Math.min(this._current, count - 1), 0) : at;
    }
    this._shownQuotes = this._quotes;
    this._moved = false;
    const index = Number(this.index);
    const valid = Number.isInteger(index) && index >= 0 && index < Math.max(count, 1);
    this._current = valid ? index : 0;
    // index="3" may wait for quotes: <blockquote> children the parser has
    // not reached yet, or a content document in flight. Out of range because
    // quotes went away later is not the partner's mistake.
    if (valid || !(changed.has('index') || this._indexPending)) {
      this._indexPending = false;
      return;
    }
    const doc = globalThis.document;
    const parsing = doc?.readyState == 'loading';
    if (parsing && !this._indexPending) doc.addEventListener('DOMContentLoaded', () => this.requestUpdate(), { once: true });
    this._indexPending = parsing || this.loading;
    if (!this._indexPending) this.warn('index', this.getAttribute('index') ?? String(this.index), `a whole number from 0 to ${count - 1}`, 0);
  }

  protected override updated(changed: PropertyValues): void {
    // Polite again once the browser has taken in the quiet change: two
    // frames on, after the last one if another came meanwhile.
    if (this._quiet) {
      const hush = ++this._hush;
      requestAnimationFrame(() => requestAnimationFrame(() => hush == this._hush && this.requestUpdate()));
    }
    if (changed.has('autoplay')) this._watch();
    // Also when rotation is on and no timer runs: a list that had one quote,
    // or a hover, an off-screen pause or a hidden tab that has ended, finds
    // its timer again.
    if (changed.has('rotating') || changed.has('autoplay') || changed.has('interval') || (this.rotating && !this._timer)) this._schedule();
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const quotes = this._quotes;
    const total = quotes.length;
    const slots = html`<slot hidden></slot>${this.contentSlot()}`;
    // A partner topic with no quotes: no empty region for a screen reader to land in.
    if (!total) return slots;
    // One quote is a quote, not a carousel of one: no "1 of 1" for a screen reader.
    const many = total > 1;
    const name = (i: number) => t('slide', { n: i + 1, total });
    // A partner's quotes each in their own language; a document's in its topic's.
    // (The built-in quotes are English, whatever strings a partner gave.)
    const lang = (q: Quote) => this.langOf(this._partnerQuotes.length ? q : (this.topicContent ?? builtinQuotes));
    const arrow = (which: 'previous' | 'next', step: number) =>
      html`<button class=${which} part="button ${which}" aria-label=${t(which)} aria-controls="slides" @click=${() => this._go(step)}>
        <span class="chevron"></span>
      </button>`;
    return html`
      <section
        class="${this.rootClass} ${this._mirrored ? 'rtl' : ''}"
        part="carousel"
        aria-roledescription=${ifDefined(many ? t('carouselRole') : undefined)}
        aria-label=${this._label}
        lang=${this.locale}
        dir=${ifDefined(this.textDir)}
        @focusin=${this._onFocusIn}
        @pointerenter=${this._onHover}
        @pointerleave=${this._onHover}
        @keydown=${this._onKeyDown}
      >
        ${many && this.autoplay
          ? html`<div class="top">
              <button class="rotation" part="button rotation" @pointerdown=${() => (this._focusStopped = false)} @click=${this._toggle}>
                <span class="icon ${this.rotating ? '' : 'play'}"></span>${t(this.rotating ? 'stopRotation' : 'startRotation')}
              </button>
            </div>`
          : nothing}
        <div
          class="slides"
          id="slides"
          aria-live=${this.rotating || this._quiet ? 'off' : 'polite'}
          aria-atomic="false"
          @pointerdown=${this._onPointer}
          @pointerup=${this._onPointer}
          @pointercancel=${this._onPointer}
        >
          ${quotes.map(
            (q, i) =>
              html`<div
                class="slide ${i == this._current ? 'current' : ''}"
                part="slide"
                role=${ifDefined(many ? 'group' : undefined)}
                aria-roledescription=${ifDefined(many ? t('slideRole') : undefined)}
                aria-label=${ifDefined(many ? name(i) : undefined)}
                .inert=${i != this._current}
                aria-hidden=${i != this._current}
              >
                <figure part="quote" lang=${ifDefined(lang(q))}>
                  <blockquote><p>${q.text}</p></blockquote>
                  ${q.attribution
                    ? html`<figcaption class="muted">
                        ${attribution(q, (url, text) => html`<a href=${url} rel="noopener noreferrer">${text}</a>`)}
                      </figcaption>`
                    : nothing}
                </figure>
              </div>`,
          )}
        </div>
        ${many
          ? html`<div class="controls" part="controls">
              ${arrow('previous', -1)}
              ${total <= MAX_PICKER
                ? html`<div class="controls" part="picker" role="group" aria-label=${t('picker')}>
                    ${quotes.map(
                      (_, i) =>
                        html`<button
                          class="dot"
                          part="button dot"
                          aria-label=${name(i)}
                          aria-controls="slides"
                          aria-disabled=${i == this._current}
                          @click=${() => this._go(i - this._current)}
                        ></button>`,
                    )}
                  </div>`
                : // Too many for a picker: the position, for the eye (each slide's name says it to a screen reader).
                  html`<p class="muted position" aria-hidden="true">${name(this._current)}</p>`}
              ${arrow('next', 1)}
            </div>`
          : nothing}
        ${slots}
      </section>
    `;
  }

  /** Moves `step` quotes on (wrapping round); events only for the visitor's moves and rotation. */
  private _go(step: number, reason: RecoverySlideChangeDetail['reason'] = 'user'): void {
    const count = this._quotes.length;
    const index = (((this._current + step) % count) + count) % count;
    if (!count || index == this._current) return;
    this._moved = true;
    this.index = this._current = index;
    emit(this, 'recovery-slide-change', { index, reason });
    this._schedule();
  }

  /**
   * The rotation button. Pressing "Stop rotating quotes" with a mouse or a
   * finger focuses the button before its click, and that focus has already
   * stopped rotation: the click (`detail` counts pointer clicks; keys give 0)
   * must not start it again.
   */
  private _toggle = (e?: MouseEvent) => {
    const answered = this._focusStopped && !!e?.detail;
    this._focusStopped = false;
    if (answered) return;
    this.rotating = !this.rotating;
    this._stopped = !this.rotating;
  };

  /** Focus inside stops rotation for good: the visitor is reading or operating it. */
  private _onFocusIn = (e: FocusEvent) => {
    // Not rotating yet (reduced motion): it will not start later either.
    if (this.autoplay) this._stopped = true;
    if (!this.rotating) return;
    this.rotating = false;
    this._focusStopped = (e.target as Element).classList.contains('rotation');
  };

  private _onHover = (e: PointerEvent) => {
    // A mouse or a pen hovering; a finger's tap is no hover.
    if (e.pointerType == 'touch') return;
    this._hovered = e.type == 'pointerenter';
    this._schedule();
  };

  /**
   * Rotation as `autoplay` asks, unless the visitor stopped it or motion is
   * reduced. Focus inside when it would start stops it, as focus coming in
   * would have: a keyboard or screen reader user is there.
   */
  private _autoRotate = () => {
    if (this.autoplay && this.matches?.(':focus-within')) this._stopped = true;
    this.rotating = this.autoplay && !this._stopped && !this._motion?.matches;
  };

  /** Arrow keys on the controls move like the arrows on screen: mirrored right to left. */
  private _onKeyDown = (e: KeyboardEvent) => {
    const key = ['ArrowLeft', 'ArrowRight'].indexOf(e.key);
    const target = e.target as Element;
    // Alt + Arrow is the browser's Back and Forward; other modifiers are someone else's too.
    if (key < 0 || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || !target.closest('.controls')) return;
    e.preventDefault();
    // On the picker, from the dot focused (the visitor may have Tabbed past
    // the current one), and focus follows to the quote now shown.
    const dots = [...this.renderRoot.querySelectorAll<HTMLElement>('.dot')];
    const at = dots.indexOf(target as HTMLElement);
    this._go((at < 0 ? 0 : at - this._current) + (key == +!this._rtl() ? 1 : -1));
    if (at >= 0) this.updateComplete.then(() => dots[this._current].focus());
  };

  /** A horizontal swipe changes slide; the page still scrolls vertically (touch-action: pan-y). */
  private _onPointer = (e: PointerEvent) => {
    const start = this._swipe;
    this._swipe = e.type == 'pointerdown' && e.pointerType != 'mouse' ? e : undefined;
    if (!start || e.type != 'pointerup') return;
    const dx = e.clientX - start.clientX;
    if (Math.abs(dx) >= SWIPE && Math.abs(dx) > Math.abs(e.clientY - start.clientY)) this._go(dx < 0 != this._rtl() ? 1 : -1);
  };

  /**
   * The markup's direction: the page's (a dir attribute, or CSS direction
   * alone), unless the carousel shows another language (English on an
   * Arabic page). Read now, for a key or a swipe; a page that changed its
   * direction since the last render has its arrows mirrored again.
   */
  private _rtl(): boolean {
    const rtl = getComputedStyle(this.renderRoot.querySelector('.root') ?? this).direction == 'rtl';
    if (rtl != this._mirrored) this.requestUpdate();
    return rtl;
  }

  /** Watches whether the carousel is on screen, only while it is connected and may rotate. */
  private _watch(): void {
    this._observer?.disconnect();
    this._observer = undefined;
    this._onScreen = true;
    if (this.autoplay && this.isConnected) {
      this._observer = new IntersectionObserver((entries) => {
        const visible = entries[entries.length - 1].isIntersecting;
        if (visible != this._onScreen) {
          this._onScreen = visible;
          this._schedule();
        }
      });
      this._observer.observe(this);
    }
    this._schedule();
  }

  /**
   * (Re)starts the rotation timer when, and only when, rotation is on and
   * nothing pauses it. Otherwise no timer runs at all.
   */
  private _schedule = () => {
    clearTimeout(this._timer);
    this._timer =
      this.rotating && this.isConnected && !this._hovered && this._onScreen && !document.hidden && this._quotes.length > 1
        ? setTimeout(() => ((this._timer = undefined), this._go(1, 'rotation')), this._delay)
        : undefined;
  };
}

declare global {
  interface GlobalEventHandlersEventMap {
    'recovery-slide-change': CustomEvent<RecoverySlideChangeDetail>;
  }
}
