import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { bare } from '../content/bare.js';
import { selfHarm } from '../content/builtin-topic.js';
import { emergency, helplines } from '../content/builtin-services.js';
import type { ContentDocument, Helpline, Quote, Section } from '../content/types.js';
import { markLang } from '../content/lang.js';
import { emit } from '../shared/events.js';
import { formatDate, SEP } from '../shared/format.js';
import { attribution } from '../shared/attribution.js';
import { heading, HEADING_LEVELS } from '../shared/headings.js';
import { FLAG, RecoveryElement } from '../shared/recovery-element.js';
import { emergencyFor, knownRegions, lineFor, names, REGION_CODE, REGION_QUERY, REGION_RESET, regionFor, toHelplines, type Chosen } from '../shared/regions.js';
import { isExternal, safeUrl } from '../shared/safe-url.js';
import { styles } from './recovery-info-card.styles.js';
import { strings } from './recovery-info-card.strings.js';

export type LinkKind = 'source' | 'help' | 'related';

export interface RecoveryLinkDetail {
  href: string;
  kind: LinkKind;
}
export interface RecoveryToggleDetail {
  expanded: boolean;
}

const VARIANTS = ['full', 'compact'] as const;

/**
 * Living with and recovering from self-harm: what it is, why stopping someone
 * at once rarely helps, what recovery looks like, how to get support, pull
 * quotes, the source and review dates, and a "Need help now?" strip.
 *
 * @tagname recovery-info-card
 * @summary A card about living with and recovering from self-harm.
 *
 * @attr {2|3|4|5|6} heading-level - Level of the card's heading, to fit the host page's outline; inner headings are one level below. Default 2.
 * @attr {'full'|'compact'} variant - `compact` shows the summary with a "Read more" disclosure. Default `full`.
 * @attr {boolean} expanded - Whether the compact card is open. Reflects.
 * @attr {string} region - Region whose emergency number and 24/7 line the help strip shows, until the visitor chooses another in a support finder on the page, which the card then follows; read as on the support finder (`Australia`, `USA` and `en-AU` are `AU`, `US` and `AU`); a country no data covers, or a value that names no region we can read, gets the advice to call the local emergency number. Default `GB`.
 * @attr {boolean} hide-help - Hides the "Need help now?" strip.
 * @attr {string} help-href - Where "More ways to get support" links to, e.g. `#support` for a support finder on the page.
 * @attr {'light'|'dark'|'auto'} theme - Colour theme. Default `light`.
 * @attr {string} lang - Language; the built-in strings are English only (others come from a content document's `strings`, and dates then follow them); without them, dates follow an English `lang` that names a variety (`en-US`), else `en-GB` (a bare `en` too). Default: the nearest `lang`, else `en-GB`.
 * @attr {string} topic - Topic of the content. Default `self-harm`.
 * @attr {string} content-src - URL of a content document that replaces the built-in content.
 *
 * @fires {CustomEvent<{expanded: boolean}>} recovery-toggle - The visitor opened or closed the compact card.
 * @fires {CustomEvent<{href: string, kind: 'source'|'help'|'related'}>} recovery-link - The visitor followed a link.
 * @fires {CustomEvent<{source: string, url?: string, reason: string, errors: string[]}>} recovery-error - A content document could not be used (the built-in content stays), or records in it were left out.
 *
 * @slot cta - The partner's own call to action, shown after the article, before the source.
 * @slot footer - The partner's own footer, shown after the source.
 * @slot content - An inline `<script type="application/json">` content document.
 *
 * @csspart card - The card.
 * @csspart heading - The card's heading.
 * @csspart summary - The summary paragraph.
 * @csspart section - Each section.
 * @csspart quote - Each pull quote (`figure`).
 * @csspart toggle - The compact card's "Read more" button.
 * @csspart help - The "Need help now?" strip.
 * @csspart source - The source and review dates.
 *
 * @cssprop [--recovery-font-family=system-ui] - Font.
 * @cssprop [--recovery-font-size=medium] - Body text size: the visitor's default (16 px unless they changed it), not the host's root font size.
 * @cssprop [--recovery-color-text=#1d2125] - Text.
 * @cssprop [--recovery-color-text-muted=#4b535c] - Secondary text.
 * @cssprop [--recovery-color-surface=#ffffff] - Card background.
 * @cssprop [--recovery-color-panel=#f2f5f7] - Quote and help strip background.
 * @cssprop [--recovery-color-accent=#00607a] - Links, buttons, quote rule.
 * @cssprop [--recovery-color-border=#c9d1d8] - Card border.
 * @cssprop [--recovery-color-focus=#0b57d0] - Focus ring.
 * @cssprop [--recovery-color-on-emergency=#ffffff] - Text on the emergency colour.
 * @cssprop [--recovery-color-emergency=#a4262c] - Emergency call button.
 * @cssprop [--recovery-radius=8px] - Corner radius.
 * @cssprop [--recovery-space=16px] - Base spacing unit.
 */
export class RecoveryInfoCard extends RecoveryElement<typeof strings> {
  static override styles = styles;
  static override strings = strings;
  // Marked as English once: under a partner's strings in another language, it says so.
  // The built-in lines are English too, as the services they come from.
  static override builtin: ContentDocument = markLang(bare({ version: 1, lang: 'en-GB', topics: [selfHarm], emergency }), helplines);

  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level' },
    variant: {},
    expanded: { type: Boolean, reflect: true, converter: FLAG },
    region: {},
    hideHelp: { type: Boolean, attribute: 'hide-help', converter: FLAG },
    helpHref: { attribute: 'help-href' },
  };

  headingLevel: number | string = 2;
  variant: 'full' | 'compact' = 'full';
  expanded = false;
  region = 'GB';
  hideHelp = false;
  helpHref?: string;

  private _level = 2;
  private _regionValue = 'GB';
  /**
   * The region the visitor chose in a support finder on this page, with that
   * finder's emergency entry; `null` once the partner set `region` since.
   */
  private _chosen?: Chosen | null;

  override connectedCallback(): void {
    super.connectedCallback();
    // Not on a server that calls connectedCallback: no page there.
    if (!globalThis.document) return;
    document.addEventListener('recovery-region-change', this._onRegionChange);
    document.addEventListener(REGION_RESET, this._onRegionReset);
    // Added, or put back, after the visitor chose (a route change, a block
    // shown later): the card follows the choice too, unless the partner has
    // set its region since.
    if (this._chosen !== null) this._ask();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('recovery-region-change', this._onRegionChange);
    document.removeEventListener(REGION_RESET, this._onRegionReset);
  }

  /**
   * Asks the support finders on the page (from this script or another copy
   * of it) for the visitor's choice of region: one that has it answers, with
   * its emergency entry, so that a region only its partner data knows has a
   * number on the card too.
   */
  private _ask(): Chosen {
    const answer: Chosen = bare({});
    document.dispatchEvent(new CustomEvent(REGION_QUERY, { detail: answer }));
    if (answer.region) {
      this._chosen = answer;
      this.requestUpdate();
    }
    return answer;
  }

  /**
   * A visitor who tells the finder they are in Canada is in Canada for the
   * card too: its help strip shows the same emergency number, not the UK's.
   * (Someone else's event, without a region, changes nothing.)
   */
  private _onRegionChange = (e: Event) => {
    const region = (e as CustomEvent<{ region?: unknown } | null>).detail?.region;
    if (typeof region != 'string' || !REGION_CODE.test(region)) return;
    // A finder that does not answer (an older copy) gives the region alone.
    if (this._ask().region != region) this._chosen = bare({ region });
    this.requestUpdate();
  };

  /**
   * The partner set a finder's region over the visitor's choice: a card
   * that followed the choice asks again (another finder may have one), else
   * shows its own region, never a choice the finder beside it has dropped.
   */
  private _onRegionReset = () => {
    if (!this._chosen) return;
    this._chosen = undefined;
    this._ask();
    this.requestUpdate();
  };

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // The partner setting `region` afterwards wins, even to the value it had.
    if (name == 'region' && this.hasUpdated) this._unchoose();
  }

  /**
   * The partner's region wins over the visitor's choice, except the region
   * the visitor chose (a page that keeps the choice in its own state, as
   * React apps do): the card keeps the finder's number for it, as the
   * finder does.
   */
  private _unchoose(): void {
    if (this._chosen && names(this.region, knownRegions(this.doc), this._chosen.region)) return;
    this._chosen = null;
    this.requestUpdate();
  }
  private _compact = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this._level = Number(this.option('heading-level', this.headingLevel, HEADING_LEVELS, '2'));
    this._compact = this.option('variant', this.variant, VARIANTS, 'full') == 'compact';
    // The partner setting `region` (the property) afterwards wins too.
    if (changed.has('region') && this.hasUpdated) this._unchoose();
    this._regionValue =
      this._chosen?.region ?? regionFor(this.region, knownRegions(this.doc), this.loading, (value, allowed, fallback) => this.warn('region', value, allowed, fallback));
  }

  /** What held focus went (a partner closed "more", a document took a link away): the disclosure's button, or the card. */
  protected override focusLost(control: Element): void {
    const toggle = this.renderRoot.querySelector<HTMLElement>('[aria-expanded]');
    if (toggle) toggle.focus();
    else super.focusLost(control);
  }

  protected override render(): TemplateResult {
    const topic = this.topicContent;
    if (!topic) return html``;
    const t = this.t;
    const sub = this._level + 1;
    const open = !this._compact || this.expanded;
    // The topic's own language, where it differs from the strings'.
    const lang = this.langOf(topic);
    return html`
      <article class=${this.rootClass} part="card" lang=${this.locale} dir=${ifDefined(this.textDir)} aria-labelledby="title" @click=${this._onClick} @auxclick=${this._onClick}>
        ${heading(this._level, this.inLang(topic, topic.title), 'title', 'heading')}
        <p class="summary" part="summary" lang=${ifDefined(lang)}>${topic.summary}</p>
        ${
          // Right after the summary: the way to help comes first and never
          // waits below the article (SAFE-MESSAGING.md, rule 1).
          this.hideHelp ? nothing : this._help(sub)
        }
        ${this._compact
          ? html`<button class="button toggle" part="toggle" aria-expanded=${open} aria-controls="more" aria-describedby="title" @click=${this._toggle}>
              <span class="chevron" aria-hidden="true"></span>${open ? t('readLess') : t('readMore')}
            </button>`
          : nothing}
        <div id="more" class="more" ?hidden=${!open}>
          ${this._sections(topic.sections, topic.quotes, sub, lang)}
          ${topic.related?.length
            ? // Not a <nav>: two cards on a page would make two landmarks of one name. Its heading leads to it.
              html`<div class="related">
                ${heading(sub, t('related'), 'related')}
                <ul lang=${ifDefined(lang)}>
                  ${topic.related.map((r) => html`<li>${this._link(r.url, r.title, 'related')}${r.description ? ` – ${r.description}` : ''}</li>`)}
                </ul>
              </div>`
            : nothing}
        </div>
        <slot name="cta"></slot>
        <footer class="source muted" part="source">
          <p>${t('source')}: <span lang=${ifDefined(lang)}>${this._link(topic.source.url, topic.source.title, 'source')}, ${topic.source.publisher}</span></p>
          <p>
            ${t('reviewed')}: <time datetime=${topic.reviewed}>${formatDate(topic.reviewed, this.locale)}</time>.
            ${t('nextReview')}: <time datetime=${topic.nextReview}>${formatDate(topic.nextReview, this.locale)}</time>.
          </p>
        </footer>
        <slot name="footer"></slot>
        ${this.contentSlot()}
      </article>
    `;
  }

  /**
   * Sections with the pull quotes set between them: one after every second
   * section, and any left over before the last. Never after the last: a quote read out of context (the
   * article's second ends "this is as good as it gets") is not where the
   * card leaves a visitor; its last section, the way to support, is.
   */
  private _sections(sections: Section[], quotes: Quote[], level: number, lang: string | undefined): unknown[] {
    const out: unknown[] = [];
    const rest = quotes.map((q) => this._quote(q, lang));
    sections.forEach((s, i) => {
      const last = i == sections.length - 1;
      if (last) out.push(...rest.splice(0));
      out.push(html`<section part="section" lang=${ifDefined(lang)}>
        ${heading(level, s.heading)} ${s.paragraphs.map((p) => html`<p>${p}</p>`)}
      </section>`);
      if (i % 2 && !last && rest.length) out.push(rest.shift());
    });
    return [...out, ...rest];
  }

  private _quote(q: Quote, lang: string | undefined): TemplateResult {
    return html`<figure class="panel" part="quote" lang=${ifDefined(lang)}>
      <blockquote><p>${q.text}</p></blockquote>
      <figcaption class="muted">${attribution(q, (url, text) => this._link(url, text, 'source'))}</figcaption>
    </figure>`;
  }

  private _help(level: number): TemplateResult {
    const t = this.t;
    // The entry of the finder the visitor chose in first: the card shows the number the finder shows.
    const emergency = this._chosen?.emergency ?? emergencyFor(this.doc, this._regionValue);
    const line = lineFor(this._helplines(), this._regionValue);
    // When each number on the strip was checked (the older date), and where each comes from.
    // (The emergency's source is named in words: a link called "999" beside "Call 999" would read as a call.)
    const shown = [emergency && ([t('emergencyNumber'), emergency] as const), line && ([line.name, line] as const)].filter((n) => !!n);
    const dates = shown.map(([, n]) => n.verifiedAt).sort();
    const sources = shown.filter(([, n], i) => safeUrl(n.source) && (!i || n.source != shown[0][1].source));
    let more = safeUrl(this.helpHref);
    if (this.helpHref && !more) this.warn('help-href', this.helpHref, 'an http:, https: or relative URL', 'no link');
    // Another page of the site, as a full address: a printout writes it out (see the print styles).
    if (more && more[0] != '#' && globalThis.document) more = new URL(more, document.baseURI).href;
    // A plain group, not a landmark: two cards on a page must not make two
    // landmarks of the same name.
    return html`<div class="panel help" part="help">
      ${heading(level, t('helpHeading'), 'help')}
      ${emergency
        ? html`<p lang=${ifDefined(this.langOf(emergency))}>${emergency.text}</p>
            <p class="calls">
              ${this._link(`tel:${emergency.number}`, t('call', { number: emergency.number }), 'help', 'button urgent')}
            </p>`
        : html`<p>${t('emergencyUnknown')}</p>`}
      ${line
        ? html`<p>
            ${this.named('helpAlwaysOpen', line)}
            ${this._link(line.phone.href, line.phone.display, 'help', 'number', t('callOn', { name: line.name, number: line.phone.display }))}
          </p>`
        : nothing}
      ${more ? html`<p>${this._link(more, t('helpMore'), 'help')}</p>` : nothing}
      ${sources.length || (shown.length && dates.every(Boolean))
        ? html`<p class="muted">
            ${
              // A date only when every number shown has one (a partner's emergency entry may not).
              shown.length && dates.every(Boolean) ? html`${t('checked', { date: formatDate(dates[0]!, this.locale) })}${sources.length ? SEP : ''}` : ''
            }${sources.length == 1
              ? // Whose source, for a list of links: "Source: emergency number, 988 Suicide & Crisis Lifeline".
                this._link(sources[0][1].source, t('source'), 'source', undefined, `${t('source')}: ${shown.map(([name]) => name).join(', ')}`)
              : sources.length
                ? html`${t('sources')}: ${sources.map(([name, n], i) => html`${i ? ', ' : ''}${this._link(n.source, name, 'source', undefined, `${t('source')}: ${name}`)}`)}`
                : nothing}
          </p>`
        : nothing}
    </div>`;
  }

  /**
   * Free 24/7 crisis phone lines: the partner's first, when their content
   * document lists services, then the built-in ones, so a region the
   * partner's list does not cover still gets a line.
   */
  private _helplines(): Helpline[] {
    const theirs = this.partners.flatMap((d) => d?.services ?? []);
    // Not a built-in line the partner's list changed (their copy decides).
    const ids = new Set(theirs.map((s) => s.id));
    return theirs.length ? [...toHelplines(theirs), ...helplines.filter((h) => !ids.has(h.id))] : helplines;
  }

  /**
   * A link from content: only safe schemes; external ones carry no referrer.
   * `label`, which holds `text`, names it where the text alone says too
   * little out of context (a screen reader's list of links).
   */
  private _link(url: string, text: string, kind: LinkKind, className?: string, label?: string): TemplateResult | string {
    const href = safeUrl(url);
    if (!href) return text;
    const external = isExternal(href);
    return html`<a
      href=${href}
      class=${ifDefined(className)}
      aria-label=${ifDefined(label)}
      data-kind=${kind}
      rel=${ifDefined(external ? 'noopener noreferrer' : undefined)}
      referrerpolicy=${ifDefined(external ? 'no-referrer' : undefined)}
      >${text}</a
    >`;
  }

  private _onClick(event: MouseEvent): void {
    const a = (event.target as Element).closest?.('a[data-kind]') as HTMLAnchorElement | null;
    // A middle click (auxclick) opens the link in a new tab: it counts; a right click does not.
    if (!a || (event.type == 'auxclick' && event.button != 1)) return;
    // "#support" means this page, also under a <base href> (every Angular app
    // has one) that would resolve it against another address.
    const fragment = a.getAttribute('href')![0] == '#' && new URL(a.getAttribute('href')!, location.href).href;
    emit(this, 'recovery-link', { href: fragment || a.href, kind: a.dataset.kind as LinkKind });
    // Only where a <base> sends it elsewhere: anywhere else the browser
    // follows it. Decided once the click has passed the host page's own
    // listeners, so that one that cancels it (its router, a consent wall)
    // is obeyed, also after ours; meanwhile the browser's way, to the
    // <base>, is cancelled, even for a click the host stops on its way.
    if (fragment && fragment != a.href && !(event.ctrlKey || event.metaKey || event.shiftKey || event.button)) {
      let cancelled = event.defaultPrevented;
      event.preventDefault();
      event.preventDefault = () => void (cancelled = true);
      setTimeout(() => cancelled || location.assign(fragment));
    }
  }

  private _toggle(): void {
    this.expanded = !this.expanded;
    emit(this, 'recovery-toggle', { expanded: this.expanded });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'recovery-toggle': CustomEvent<RecoveryToggleDetail>;
    'recovery-link': CustomEvent<RecoveryLinkDetail>;
  }
}
