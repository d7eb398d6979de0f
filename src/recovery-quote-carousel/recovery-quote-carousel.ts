import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { quotes as builtinQuotes } from '../content/builtin-topic.js';
import type { Quote } from '../content/types.js';
import { emit } from '../shared/events.js';
import { RecoveryElement } from '../shared/recovery-element.js';
import { readQuotes } from './quotes.js';
import { styles } from './recovery-quote-carousel.styles.js';
import { strings } from './recovery-quote-carousel.strings.js';

export interface RecoverySlideChangeDetail {
  index: number;
  reason: 'user' | 'rotation';
}

/** Rotation never runs faster than this (WCAG 2.2.2 and reading time). */
export const MIN_INTERVAL = 5000;
const DEFAULT_INTERVAL = 8000;
/** The slide picker is a button per quote; past this many it costs keyboard users too many tab stops. */
const MAX_PICKER = 8;
const SWIPE = 40;

/**
 * An accessible carousel of quotes about recovery, following the WAI-ARIA
 * Authoring Practices carousel pattern (grouped slide picker). Rotation is off
 * unless `autoplay` is set, stops for good when focus enters, pauses on hover,
 * off-screen and in a hidden tab, and never starts under reduced motion.
 *
 * @tagname recovery-quote-carousel
 * @summary An accessible carousel of quotes.
 *
 * @attr {boolean} autoplay - Rotate automatically. Default off.
 * @attr {number} interval - Milliseconds between slides, at least 5000. Default 8000.
 * @attr {string} label - Accessible name of the carousel. Default "Quotes about recovery" (localised).
 * @attr {number} index - The quote shown (0-based). Setting it fires no event.
 * @attr {'light'|'dark'|'auto'} theme - Colour theme. Default `light`.
 * @attr {string} lang - Language; strings follow it. Default: the nearest `lang`, else `en-GB`.
 * @attr {string} topic - Topic whose quotes are shown. Default `self-harm`.
 * @attr {string} content-src - URL of a content document whose topic quotes replace the built-in ones.
 *
 * @fires {CustomEvent<{index: number, reason: 'user'|'rotation'}>} recovery-slide-change - The shown quote changed because of the visitor or of rotation.
 * @fires {CustomEvent<{source: string, url?: string, reason: string, errors: string[]}>} recovery-error - A content document could not be used; the built-in quotes stay.
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
 * @cssprop [--recovery-font-size=16px] - Body text size.
 * @cssprop [--recovery-color-text=#1d2125] - Text.
 * @cssprop [--recovery-color-text-muted=#4b535c] - Attribution.
 * @cssprop [--recovery-color-surface=#ffffff] - Background.
 * @cssprop [--recovery-color-panel=#f2f5f7] - Button hover background.
 * @cssprop [--recovery-color-accent=#00607a] - Quote rule and buttons.
 * @cssprop [--recovery-color-border=#c9d1d8] - Border.
 * @cssprop [--recovery-color-focus=#0b57d0] - Focus ring.
 * @cssprop [--recovery-radius=8px] - Corner radius.
 * @cssprop [--recovery-space=16px] - Base spacing unit.
 */
export class RecoveryQuoteCarousel extends RecoveryElement<typeof strings> {
  static override styles = styles;
  static override strings = strings;

  @property({ type: Boolean }) autoplay = false;
  @property() interval: number | string = DEFAULT_INTERVAL;
  @property() label?: string;
  /** The quote shown (0-based). */
  @property({ type: Number }) index = 0;

  /** Rotation is on (the rotation button offers "Stop"). */
  @state() private rotating = false;
  @state() private partnerQuotes: Quote[] = [];

  private hovered = false;
  private onScreen = true;
  private timer?: ReturnType<typeof setTimeout>;
  private observer?: IntersectionObserver;
  private reducedMotion?: MediaQueryList;
  /** The visitor (or focus) stopped rotation: only the rotation button starts it again. */
  private stoppedByVisitor = false;
  private swipeStart?: { x: number; y: number };
  private delay = DEFAULT_INTERVAL;

  override connectedCallback(): void {
    super.connectedCallback();
    this.partnerQuotes = readQuotes(this);
    this.reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
    this.reducedMotion.addEventListener('change', this.onMotionChange);
    document.addEventListener('visibilitychange', this.schedule);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.reducedMotion?.removeEventListener('change', this.onMotionChange);
    document.removeEventListener('visibilitychange', this.schedule);
    this.observer?.disconnect();
    this.observer = undefined;
    this.stopTimer();
  }

  /** The parser, or a framework, added or removed the partner's quotes after upgrade. */
  private onSlotChange = () => {
    this.partnerQuotes = readQuotes(this);
  };

  private get quotes(): Quote[] {
    return this.partnerQuotes.length ? this.partnerQuotes : (this.topicContent?.quotes ?? builtinQuotes);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const ms = Number(this.interval);
    this.delay = Number.isFinite(ms) && ms >= MIN_INTERVAL ? ms : DEFAULT_INTERVAL;
    if (changed.has('interval') && !(Number.isFinite(ms) && ms >= MIN_INTERVAL)) {
      if (Number.isFinite(ms) && ms > 0) {
        this.delay = MIN_INTERVAL;
        this.warn('interval', String(this.interval), `${MIN_INTERVAL} or more`, MIN_INTERVAL);
      } else this.warn('interval', String(this.interval), `a number of milliseconds, ${MIN_INTERVAL} or more`, DEFAULT_INTERVAL);
    }
    if (changed.has('autoplay')) {
      this.rotating = this.autoplay && !this.stoppedByVisitor && !this.reducedMotion?.matches;
    }
    const count = this.quotes.length;
    const index = Math.trunc(Number(this.index)) || 0;
    this.index = count ? ((index % count) + count) % count : 0;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('autoplay')) this.watchVisibility();
    if (changed.has('rotating') || changed.has('autoplay') || changed.has('interval')) this.schedule();
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const quotes = this.quotes;
    const count = quotes.length;
    const controls = count > 1;
    return html`
      <section
        class="${this.rootClass} carousel"
        part="carousel"
        aria-roledescription="carousel"
        aria-label=${this.label?.trim() || t('carouselLabel')}
        lang=${this.locale}
        @focusin=${this.onFocusIn}
        @pointerenter=${this.onPointerEnter}
        @pointerleave=${this.onPointerLeave}
        @keydown=${this.onKeyDown}
      >
        ${controls && this.autoplay
          ? html`<div class="top">
              <button class="rotation" part="button rotation" @click=${this.toggleRotation}>
                <span class="icon ${this.rotating ? 'stop' : 'play'}" aria-hidden="true"></span>${this.rotating
                  ? t('stopRotation')
                  : t('startRotation')}
              </button>
            </div>`
          : nothing}
        <div
          class="slides"
          id="slides"
          aria-live=${this.rotating ? 'off' : 'polite'}
          aria-atomic="false"
          @pointerdown=${this.onPointerDown}
          @pointerup=${this.onPointerUp}
          @pointercancel=${this.onPointerCancel}
        >
          ${quotes.map((q, i) => this.slide(q, i, count))}
        </div>
        <slot hidden @slotchange=${this.onSlotChange}></slot>${this.contentSlot()}
        ${controls
          ? html`<div class="controls" part="controls">
              <button class="arrow prev" part="button previous" aria-label=${t('previous')} aria-controls="slides" @click=${this.previous}>
                <span class="chevron" aria-hidden="true"></span>
              </button>
              ${count <= MAX_PICKER
                ? html`<div class="picker" part="picker" role="group" aria-label=${t('picker')}>
                    ${quotes.map(
                      (_, i) =>
                        html`<button
                          class="dot"
                          part="button dot"
                          aria-label=${t('slide', { n: i + 1, total: count })}
                          aria-controls="slides"
                          aria-disabled=${i == this.index ? 'true' : 'false'}
                          @click=${() => this.show(i, 'user')}
                        ></button>`,
                    )}
                  </div>`
                : html`<p class="position" aria-hidden="true">${t('slide', { n: this.index + 1, total: count })}</p>`}
              <button class="arrow next" part="button next" aria-label=${t('next')} aria-controls="slides" @click=${this.next}>
                <span class="chevron" aria-hidden="true"></span>
              </button>
            </div>`
          : nothing}
      </section>
    `;
  }

  private slide(quote: Quote, i: number, count: number): TemplateResult {
    const current = i == this.index;
    return html`<div
      class="slide ${current ? 'current' : ''}"
      part="slide"
      role="group"
      aria-roledescription="slide"
      aria-label=${this.t('slide', { n: i + 1, total: count })}
      .inert=${!current}
      aria-hidden=${current ? 'false' : 'true'}
    >
      <figure part="quote">
        <blockquote><p>${quote.text}</p></blockquote>
        ${quote.attribution ? html`<figcaption>${quote.attribution}</figcaption>` : nothing}
      </figure>
    </div>`;
  }

  /** Shows quote `i`; events only for what the visitor did or rotation. */
  private show(i: number, reason: RecoverySlideChangeDetail['reason']): void {
    const count = this.quotes.length;
    if (!count) return;
    const index = ((i % count) + count) % count;
    if (index == this.index) return;
    this.index = index;
    emit(this, 'recovery-slide-change', { index, reason });
    this.schedule();
  }

  private previous = () => this.show(this.index - 1, 'user');
  private next = () => this.show(this.index + 1, 'user');

  private toggleRotation = () => {
    this.rotating = !this.rotating;
    this.stoppedByVisitor = !this.rotating;
  };

  /** Focus inside stops rotation for good: the visitor is reading or operating it. */
  private onFocusIn = () => {
    if (this.rotating) {
      this.rotating = false;
      this.stoppedByVisitor = true;
    }
  };

  private onPointerEnter = (e: PointerEvent) => {
    if (e.pointerType != 'mouse') return;
    this.hovered = true;
    this.schedule();
  };

  private onPointerLeave = (e: PointerEvent) => {
    if (e.pointerType != 'mouse') return;
    this.hovered = false;
    this.schedule();
  };

  private onMotionChange = () => {
    if (this.reducedMotion?.matches) this.rotating = false;
    else if (this.autoplay && !this.stoppedByVisitor) this.rotating = true;
  };

  private onKeyDown = (e: KeyboardEvent) => {
    if ((e.key != 'ArrowLeft' && e.key != 'ArrowRight') || !(e.target as Element).closest?.('.controls')) return;
    const forward = (e.key == 'ArrowRight') != this.isRtl();
    e.preventDefault();
    this.show(this.index + (forward ? 1 : -1), 'user');
  };

  private onPointerDown = (e: PointerEvent) => {
    if (e.pointerType == 'mouse') return;
    this.swipeStart = { x: e.clientX, y: e.clientY };
  };

  private onPointerUp = (e: PointerEvent) => {
    const start = this.swipeStart;
    this.swipeStart = undefined;
    if (!start) return;
    const dx = e.clientX - start.x;
    if (Math.abs(dx) < SWIPE || Math.abs(dx) < Math.abs(e.clientY - start.y)) return;
    const forward = dx < 0 != this.isRtl();
    this.show(this.index + (forward ? 1 : -1), 'user');
  };

  private onPointerCancel = () => {
    this.swipeStart = undefined;
  };

  private isRtl(): boolean {
    return getComputedStyle(this).direction == 'rtl';
  }

  /** Watches whether the carousel is on screen, only while it may rotate. */
  private watchVisibility(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.onScreen = true;
    if (!this.autoplay || typeof IntersectionObserver == 'undefined') return;
    this.observer = new IntersectionObserver((entries) => {
      const visible = entries[entries.length - 1].isIntersecting;
      if (visible == this.onScreen) return;
      this.onScreen = visible;
      this.schedule();
    });
    this.observer.observe(this);
  }

  private stopTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /**
   * (Re)starts the rotation timer when, and only when, rotation is on and
   * nothing pauses it. Otherwise no timer runs at all.
   */
  private schedule = () => {
    this.stopTimer();
    if (this.rotating && this.isConnected && !this.hovered && this.onScreen && !document.hidden && this.quotes.length > 1) {
      this.timer = setTimeout(() => this.show(this.index + 1, 'rotation'), this.delay);
    }
  };
}

declare global {
  interface GlobalEventHandlersEventMap {
    'recovery-slide-change': CustomEvent<RecoverySlideChangeDetail>;
  }
}
