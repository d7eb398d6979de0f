import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { bare } from '../content/bare.js';
import { emergency, services } from '../content/builtin-services.js';
import type { Audience, Contact, ContactMethod, ContentDocument, Emergency, Helpline, Service } from '../content/types.js';
import { markLang } from '../content/lang.js';
import { emit } from '../shared/events.js';
import { formatDate, SEP } from '../shared/format.js';
import { heading, HEADING_LEVELS } from '../shared/headings.js';
import { FLAG, over, RecoveryElement } from '../shared/recovery-element.js';
import { countryOf, ELSEWHERE, emergencyFor, knownRegions, lineFor, names, REGION_QUERY, REGION_RESET, regionFor, toHelplines, type Chosen } from '../shared/regions.js';
import { safeUrl } from '../shared/safe-url.js';
import { hoursText, statusText } from './describe.js';
import { zoneName, type OpenState } from './opening-hours.js';
import { AUDIENCES, clockAt, METHODS, select, stateAt, type Filters, type Selection } from './filter.js';
import { cover, covered, ExitFloat, exitOnce, leaving, ShiftCounter, stay, uncover, type ShiftStatus } from './quick-exit.js';
import { styles } from './recovery-support-finder.styles.js';
import { strings } from './recovery-support-finder.strings.js';
import { intl } from '../shared/intl.js';
import { primary } from '../shared/strings.js';

export interface RecoveryContactDetail {
  serviceId: string;
  method: ContactMethod;
}
export interface RecoveryFilterChangeDetail {
  filters: Filters;
}
export interface RecoveryRegionChangeDetail {
  region: string;
}

const MODES = ['merge', 'replace'] as const;
const id = (s: Service) => s.id;
/**
 * Still on the page this long after quick exit, the cover offers the way
 * back (see the exit, below): longer than a slow phone takes to start
 * loading the next page, so that the way back does not appear, under a
 * finger or a key, while the page is leaving.
 */
const STUCK_MS = 5000;
/** How long the region picker rests before its region is read out. */
const SETTLE_MS = 600;
const DEFAULT_EXIT = 'https://www.bbc.co.uk/weather';
/**
 * A property, not an attribute: once the visitor has changed a control, the
 * browser no longer follows its checked or selected attribute. A server
 * render writes a false property as checked="false", which checks the box:
 * false is left out.
 */
const on = (value: boolean) => (value || nothing) as boolean;
/** Services rendered at first and per "Show more": a partner list of 5,000 renders as fast as one of 50. */
export const PAGE = 10;
/** Focus here holds the list as it is (see `render`). */
const HELD = '.results, .more';

/**
 * Helps a visitor find help now: an emergency banner that never hides,
 * services for their region (crisis lines first) with real `tel:` and `sms:`
 * links, opening hours and an open-now state computed in each service's time
 * zone, filters, and an optional quick exit.
 *
 * @tagname recovery-support-finder
 * @summary Find a helpline or support service, now.
 *
 * @attr {string} region - `GB`, `GB-ENG`, `GB-SCT`, `GB-WLS`, `GB-NIR`, `IE`, `US`, `CA`, `AU`, `NZ`, or a region in partner data; another country code is kept, with the advice to call the local emergency number; a country's English name (`Australia`), a nation (`Scotland`), a covered country's three-letter code (`USA`), or a language tag (`en-AU`, `pl-GB`) is read as its code; anything else, with a warning, is "Another country", with the advice to call the local emergency number. Default `GB`, as on the info card; the visitor can change it.
 * @attr {'all'|'young-people'|'adults'|'worried-about-someone'} audience - Who the services are for; the visitor can change it. Default `all`.
 * @attr {string} services-src - URL of a services document (JSON) from the partner.
 * @attr {'merge'|'replace'} services-mode - `merge` lists crisis lines first (the partner's, then the built-in ones), then the partner's other services, then the built-in ones; `replace` lists only the partner's, with the region's built-in 24/7 lines apart when none of theirs is one. Emergency numbers are never removed. Default `merge`.
 * @attr {boolean} quick-exit - Shows an "Exit this page" button; pressing Shift 3 times also exits.
 * @attr {string} quick-exit-url - Where quick exit goes: an `http:` or `https:` URL, or a path on this site from `/`. Default `https://www.bbc.co.uk/weather`.
 * @attr {2|3|4|5|6} heading-level - Level of the finder's heading. Default 2.
 * @attr {'light'|'dark'|'auto'} theme - Colour theme. Default `light`.
 * @attr {string} lang - Language; the built-in strings are English only (others come from a content document's `strings`, and dates and times then follow them); without them, dates and times follow an English `lang` that names a variety (`en-US`), else `en-GB` (a bare `en` too). Default: the nearest `lang`, else `en-GB`.
 * @attr {string} topic - Topic. Default `self-harm`.
 * @attr {string} content-src - URL of a content document (strings, services, emergency numbers).
 *
 * @fires {CustomEvent<{serviceId: string, method: 'phone'|'sms'|'chat'|'email'|'web'}>} recovery-contact - The visitor used a contact link (`serviceId` is `emergency` for the emergency number).
 * @fires {CustomEvent<{filters: {methods: string[], audience: string, openNow: boolean}}>} recovery-filter-change - The visitor changed a filter.
 * @fires {CustomEvent<{region: string}>} recovery-region-change - The visitor chose another region.
 * @fires {CustomEvent<{source: string, url?: string, reason: string, errors: string[]}>} recovery-error - Partner data could not be used (the built-in services stay), or records in it were left out.
 *
 * @slot content - An inline `<script type="application/json">` content document.
 *
 * @csspart finder - The whole finder.
 * @csspart heading - The finder's heading.
 * @csspart exit - The "Exit this page" button.
 * @csspart emergency - The emergency banner.
 * @csspart line - The region's free 24/7 line for anyone, under the banner.
 * @csspart filters - The filter form.
 * @csspart count - The result count.
 * @csspart results - The list of services that match; not rendered when none do (the region's 24/7 services listed then are each a `service`).
 * @csspart service - Each service.
 * @csspart status - Each service's open-now line.
 * @csspart contact - Each contact link.
 *
 * @cssprop [--recovery-font-family=system-ui] - Font.
 * @cssprop [--recovery-font-size=medium] - Body text size: the visitor's default (16 px unless they changed it), not the host's root font size.
 * @cssprop [--recovery-color-text=#1d2125] - Text.
 * @cssprop [--recovery-color-text-muted=#4b535c] - Secondary text.
 * @cssprop [--recovery-color-surface=#ffffff] - Background.
 * @cssprop [--recovery-color-panel=#f2f5f7] - Filter panel and no-results background.
 * @cssprop [--recovery-color-accent=#00607a] - Links and buttons.
 * @cssprop [--recovery-color-border=#c9d1d8] - Borders.
 * @cssprop [--recovery-color-control=#5c6670] - Form control borders.
 * @cssprop [--recovery-color-focus=#0b57d0] - Focus ring.
 * @cssprop [--recovery-color-on-emergency=#ffffff] - Text on the emergency colour.
 * @cssprop [--recovery-color-emergency=#a4262c] - Emergency banner rule and call button.
 * @cssprop [--recovery-color-emergency-panel=#fdf3f2] - Emergency banner background.
 * @cssprop [--recovery-radius=8px] - Corner radius.
 * @cssprop [--recovery-space=16px] - Base spacing unit.
 * @cssprop [--recovery-exit-top=0px] - How far below the top of the window the quick-exit button stays: the height of your page's own sticky header, if it has one.
 */
export class RecoverySupportFinder extends RecoveryElement<typeof strings> {
  static override styles = styles;
  static override strings = strings;
  // Marked as English once: under a partner's strings in another language, it says so.
  static override builtin: ContentDocument = markLang(bare({ version: 1, lang: 'en-GB', services, emergency }));

  static override properties: PropertyDeclarations = {
    region: {},
    audience: {},
    servicesSrc: { attribute: 'services-src' },
    servicesMode: { attribute: 'services-mode' },
    quickExit: { type: Boolean, attribute: 'quick-exit', converter: FLAG },
    quickExitUrl: { attribute: 'quick-exit-url' },
    headingLevel: { attribute: 'heading-level' },
    _chosenRegion: { state: true },
    _filters: { state: true },
    _limit: { state: true },
    _now: { state: true },
    _exiting: { state: true },
    _stuck: { state: true },
    _exitMessage: { state: true },
  };

  region?: string = 'GB';
  audience: Audience = 'all';
  servicesSrc?: string;
  servicesMode: 'merge' | 'replace' = 'merge';
  quickExit = false;
  quickExitUrl = DEFAULT_EXIT;
  headingLevel: number | string = 2;

  /** The visitor's choices: they live only in the page. */
  private _chosenRegion?: string;

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // The partner setting `region` afterwards wins, even to the value it
    // had, as on the info card: both then show the same emergency number.
    if (name == 'region' && this.hasUpdated) this._unchoose();
  }

  /**
   * The visitor's choice gives way to the partner's region; cards that
   * followed it are told. Not when the partner sets the region the visitor
   * chose (a page that keeps the choice in its own state, as React apps do
   * from recovery-region-change): cards keep following it.
   */
  private _unchoose(): void {
    if (this._chosenRegion === undefined || names(this.region, this._regions, this._chosenRegion)) return;
    this._chosenRegion = undefined;
    // Nor is the visitor's region read out now.
    clearTimeout(this._settle);
    document.dispatchEvent(new Event(REGION_RESET));
  }
  private _filters: Filters = { methods: [], audience: 'all', openNow: false };
  private _limit = PAGE;
  /** The page is being printed: every service on paper, not only those shown so far ("Show more" is no button there). */
  private _printing = false;
  private _now = Date.now();
  private _exiting = false;
  /** The cover has been up a while: the page did not go. */
  private _stuck = false;
  private _stuckTimer?: ReturnType<typeof setTimeout>;
  /** Watches whether the finder is drawn while its cover is up. */
  private _box?: IntersectionObserver;
  private _exitMessage = '';

  private readonly _shift = new ShiftCounter((s) => this._onShift(s), this);
  private readonly _float = new ExitFloat();
  private _clock?: ReturnType<typeof setTimeout>;
  private _settle?: ReturnType<typeof setTimeout>;
  private _level = 2;
  private _regionValue = 'GB';
  /** Regions for the picker: the built-in ones, then any only partner data has. */
  private _regions: string[] = [];
  /** The picker's regions: those, and the partner's `region` when no data covers it. */
  private _picker: string[] = [];
  private _services: Service[] = [];
  /** Free 24/7 phone lines for anyone, for the line under the banner. */
  private _lines: Helpline[] = [];
  /** The visitor's time zone. */
  private _zone?: string;
  /** The visitor just chose a region: the status says its emergency route. */
  private _regionChosen = false;
  /** Counts filter and region changes, so that the status is read out again after each (see `render`). */
  private _said = 0;
  private _saidLast = 0;
  /** Focus goes to the first newly shown service after "Show more". */
  private _focusIndex = -1;
  /** The services on screen, what they were chosen from, and whether the last update kept them (see `render`). */
  private _shown?: Selection;
  private _inputs: unknown[] = [];
  private _held = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Not on a server that calls connectedCallback: no page there.
    if (!globalThis.document) return;
    document.addEventListener('visibilitychange', this._tick);
    document.addEventListener(REGION_QUERY, this._onRegionQuery);
    addEventListener('pageshow', this._onPageShow);
    addEventListener('beforeprint', this._onPrint);
    addEventListener('afterprint', this._onPrint);
    // Put back on the page: Shift counts again. (The first time, once it has
    // rendered: before that, with hydration deferred, there is no cover to
    // draw, and the page would be left uncovered.)
    if (this.quickExit && this.hasUpdated) this._shift.attach();
    this._tick();
    // Added, or put back by a framework, while the page is being left: covered too.
    if (leaving() && !this._stuck) {
      this._exiting = true;
      cover(this, this._uncover);
      this._waitForExit();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this._tick);
    document.removeEventListener(REGION_QUERY, this._onRegionQuery);
    removeEventListener('pageshow', this._onPageShow);
    removeEventListener('beforeprint', this._onPrint);
    removeEventListener('afterprint', this._onPrint);
    // Gone for good (not moved: a framework's move puts it back before this
    // runs) with the last cover, or while waiting to give the page back
    // (a cover that came off, below): the page is the visitor's again.
    if (this._exiting || this._stuckTimer) setTimeout(() => leaving() || stay());
    this._uncoverTimer();
    this._box?.disconnect();
    this._box = undefined;
    this._float.watch(null);
    clearTimeout(this._clock);
    clearTimeout(this._settle);
    this._clock = undefined;
    this._shift.detach();
    // Its count is over: a finder put back does not say a stale "press 2 more times".
    this._exitMessage = '';
  }

  protected override partnerDocuments(): (ContentDocument | undefined)[] {
    return [...super.partnerDocuments(), this.partner('services-src', this.servicesSrc)];
  }

  /**
   * `merge`: the partner's services first (theirs win on the same id, and
   * `services-src` wins over `content-src`), then the built-in ones;
   * `replace`: only theirs. Worked out once per document, not per update: a
   * partner list can hold thousands.
   */
  protected override documentsChanged(partner: (ContentDocument | undefined)[]): void {
    const theirs = partner.reduce<Service[]>((all, d) => over(all, d?.services, id), []);
    const merged = theirs.length ? over(services, theirs, id) : services;
    this._services = theirs.length && this.option('services-mode', this.servicesMode, MODES, 'merge') == 'replace' ? theirs : merged;
    this._regions = knownRegions({ ...this.doc, services: this._services });
    // The 24/7 line under the banner: the partner's, else a built-in one (a
    // list that replaces ours may have none), never one the partner's list
    // changed (their Samaritans open on weekdays only is not free and 24/7):
    // from the merged list, whatever the mode.
    this._lines = toHelplines(merged);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Every service shows whatever the topic (a crisis line serves them
    // all), but a topic no document has is still a partner's mistake to
    // hear of, as the card and carousel say it (one warning).
    this.topicContent;
    if (changed.has('servicesMode')) {
      // Checked here too: documentsChanged reads it only when a partner list is there.
      this.option('services-mode', this.servicesMode, MODES, 'merge');
      if (this.hasUpdated) this.documentsChanged(this.partners);
    }
    this._level = Number(this.option('heading-level', this.headingLevel, HEADING_LEVELS, '2'));
    if (changed.has('audience')) {
      this._filters = { ...this._filters, audience: this.option('audience', this.audience, AUDIENCES, 'all') };
    }
    if (changed.has('region')) this._unchoose();
    const known = this._regions;
    // No guess from the browser's language: a visitor on a UK site with an
    // en-US browser must see 999, as the info card beside the finder does.
    // A region only partner data knows is not a mistake while that data is on
    // its way; a country no data covers, or a value that names none, keeps
    // "call your local emergency number" rather than another country's number.
    const wanted = regionFor(this.region, known, this.loading, (value, allowed, fallback) => this.warn('region', value, allowed, fallback));
    // The partner's region stays in the picker, so the visitor can come back
    // to it; "Another country" ends it, so a visitor from a country the list
    // does not cover can leave another country's number for the advice to
    // call their own.
    // (Partner data with a "ZZ" entry has it last too, once.)
    const regions = (this._picker = [...known.filter((r) => r != ELSEWHERE), ...(known.includes(wanted) || wanted == ELSEWHERE ? [] : [wanted]), ELSEWHERE]);
    this._regionValue = (this._chosenRegion && regions.includes(this._chosenRegion) && this._chosenRegion) || wanted;
  }

  /** The filters went (a region the list has nothing for): focus goes to the region picker. */
  protected override focusLost(control: Element): void {
    // A service that went (a region or audience the partner set): the first
    // one listed now, its name read out; else, as for filters that went, the
    // region picker.
    // (The cover's "Back to this page" that went with it: the visitor goes
    // back to where they were; the last "Show more": focus goes to the
    // first service it showed.)
    if (control.closest('.overlay') || this._focusIndex >= 0) return;
    // A service still listed, in another place: the same link of it (by
    // where it goes), else its name.
    const was = control.closest('article');
    const again = was && this.renderRoot.querySelector(`[aria-labelledby="${was.getAttribute('aria-labelledby')}"]`);
    const to = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('a[href]')].filter((a) => a.getAttribute('href') == control.getAttribute('href'));
    const same = again && (to(again)[to(was!).indexOf(control as HTMLElement)] ?? again.querySelector<HTMLElement>('[tabindex]'));
    const first = control.matches('input') ? null : this.renderRoot.querySelector<HTMLElement>('[part=results] [tabindex]');
    (same ?? first ?? this.renderRoot.querySelector<HTMLElement>('#region'))?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The region's emergency sentence is said once: the next update, whatever
    // brings it (a filter, the clock, the partner), leaves it out.
    this._regionChosen = false;
    // The cover is a modal dialog: in the top layer (a transformed or
    // contained ancestor would otherwise hold a fixed box to its own size,
    // and leave the rest of the page on screen), with focus in it and the
    // page behind it inert, so no key press or screen reader reaches what it
    // hides. Shown again if the browser closed it (Android's Back gesture),
    // or if it lost its place in the top layer (the finder moved while the
    // page was being left). Only a finder that is drawn covers the page: a
    // modal dialog that is not (in a closed <details>, under display: none,
    // when the visitor asked to leave or since) would leave the page inert
    // and uncovered. Whether it is drawn is watched while it covers (an
    // IntersectionObserver: a <details> closing, or content-visibility, keep
    // its size, and a ResizeObserver would not tell).
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('.overlay');
    if (dialog && this.isConnected) {
      (this._box ??= new IntersectionObserver(() => this.requestUpdate())).observe(this);
      if (!(this.checkVisibility?.() ?? !!this.getClientRects().length)) {
        dialog.close();
        this._release();
      } else if (!dialog.matches(':modal')) {
        if (dialog.open) dialog.close();
        dialog.showModal();
        covered();
      }
    } else {
      this._box?.disconnect();
      this._box = undefined;
    }
    // Only a finder on the page listens for Shift: Lit also updates one that is not.
    if (changed.has('quickExit')) this.quickExit && this.isConnected ? this._shift.attach() : this._shift.detach();
    // Not while the cover is up: a button floating over it would look like the page.
    this._float.watch(this.isConnected && !this._exiting ? this.renderRoot.querySelector('.bar') : null);
    if (this._focusIndex >= 0) {
      this.renderRoot.querySelectorAll<HTMLElement>('[part=results] [tabindex]')[this._focusIndex]?.focus();
      this._focusIndex = -1;
    }
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const region = this._regionValue;
    // Only the visitor's own choices of region and filters move a service
    // from under their focus: not the clock ("open now" drops and reorders
    // services on the hour), nor partner data arriving late (the focused
    // "Call 116 123" would become another service's number). The list holds,
    // with each service's state brought up to date, until focus leaves it
    // (or "Show more" after it, which would go, and focus with it, if the
    // list became shorter).
    const inputs = [region, this._filters];
    this._held = !!this._shown && inputs.every((v, i) => v === this._inputs[i]) && !!(this.renderRoot as ShadowRoot).activeElement?.closest(HELD);
    if (!this._held) [this._shown, this._inputs] = [select(this._services, region, this._filters, this._now, services, PAGE), inputs];
    // `listed` false: a region the list has no service for (a country no
    // data covers, "Another country"): no filters to set and no "0
    // services", only the picker and a word on what to do.
    const { matches, alwaysOpen, listed } = this._shown!;
    // The status speaks for the visitor's own changes only, not for the clock
    // or partner data arriving (a count that changes as they read elsewhere).
    const said = this._saidLast;
    this._saidLast = this._said;
    const more = Math.min(matches.length - this._limit, PAGE);

    const choices = (name: string, type: 'checkbox' | 'radio', values: string[], checked: (v: string) => boolean) =>
      values.map((v) => html`<label><input type=${type} name=${name} value=${v} .checked=${on(checked(v))} />${t(`${name}.${v}`)}</label>`);
    return html`
      <section class=${this.rootClass} part="finder" lang=${this.locale} dir=${ifDefined(this.textDir)} aria-labelledby="title" @focusin=${this._onFocusIn} @focusout=${this._onFocusOut}>
        ${this.quickExit ? this._exitBar() : nothing} ${heading(this._level, t('finderTitle'), 'title', 'heading')}
        ${this._emergency(region)} ${this._line(region)}
        <form class="panel" part="filters" @submit=${(e: Event) => e.preventDefault()} @change=${this._onChange}>
          <div>
            <label for="region">${t('region')}</label>
            <select id="region" name="region">
              ${this._picker.map((r) => html`<option value=${r} .selected=${on(r == region)}>${this._regionName(r)}</option>`)}
            </select>
          </div>
          ${listed
            ? html`<fieldset>
                  <legend>${t('methods')}</legend>
                  <div class="choices">${choices('method', 'checkbox', METHODS, (m) => this._filters.methods.includes(m as ContactMethod))}</div>
                </fieldset>
                <fieldset>
                  <legend>${t('audience')}</legend>
                  <div class="choices">${choices('audience', 'radio', AUDIENCES, (a) => this._filters.audience == a)}</div>
                </fieldset>
                <div class="choices">${choices('openNow', 'checkbox', ['only'], () => this._filters.openNow)}</div>`
            : nothing}
        </form>
        <div role="status" aria-live=${this._said == said ? 'off' : 'polite'}>
          ${this._regionChosen ? html`<p class="sr-only">${this._emergencyText(emergencyFor(this.doc, region))}</p>` : nothing}
          ${
            // A changed status is read out: after a filter or region change,
            // new paragraphs are added in place of the old ones, and a screen
            // reader reads them out even when their words are the same (0
            // services again, "Another country" chosen after a pause).
            keyed(
              this._said,
              html`${listed ? html`<p class="count" part="count">${t('results', { n: matches.length })}</p>` : nothing}
              ${matches.length
                ? nothing
                : html`<p class="panel empty">
                    ${listed
                      ? t('noResults')
                      : region == ELSEWHERE
                        ? t('noRegionElsewhere')
                        : // A partner list (replace) without the region: the built-in 24/7 lines below are the only ones.
                          t(alwaysOpen.length ? 'noRegionOthers' : 'noRegion', { region: this._regionName(region) })}
                  </p>`}
              ${
                // Said with the count, then gone: reading on, the visitor meets the list's own intro, not this again.
                alwaysOpen.length && this._said != said ? html`<p class="sr-only">${t('alwaysAvailableBelow')}</p>` : nothing
              }`,
            )
          }
        </div>
        ${matches.length
          ? html`<ul class="results" part="results" role="list" aria-label=${t('services')}>
              ${
                // Each service's own elements, never another's: a link
                // focused stays the service the visitor heard, or goes.
                matches.slice(0, this._printing ? matches.length : this._limit).map((s) => keyed(s.id, this._service(s)))
              }
            </ul>`
          : nothing}
        ${more > 0 ? html`<p><button class="button more" @click=${this._showMore}>${t('showMore', { n: more })}</button></p>` : nothing}
        ${alwaysOpen.length
          ? html`<div class="fallback">
              <p id="always">${t('alwaysAvailableIntro')}</p>
              <ul class="results" role="list" aria-labelledby="always">
                ${alwaysOpen.map((s) => keyed(s.id, this._service(s)))}
              </ul>
            </div>`
          : nothing}
        ${this._exiting
          ? html`<dialog class="overlay" aria-labelledby="exiting" @cancel=${(e: Event) => e.preventDefault()} @close=${() => this.requestUpdate()}>
              <p id="exiting" role="status">${t(this._stuck ? 'exitStuck' : 'exiting')}</p>
              ${this._stuck ? html`<button class="button" aria-describedby="exiting" @click=${this._back}>${t('exitBack')}</button>` : nothing}
            </dialog>`
          : nothing}
        ${this.contentSlot()}
      </section>
    `;
  }

  private _exitBar(): TemplateResult {
    return html`<div class="bar">
        <a class="button urgent" part="exit" role="button" href=${this._exitUrl()} rel="nofollow noreferrer" @click=${this._onExitClick} @keydown=${this._onExitKey}
          ><span class="sr-only">${this.t('exitFor')} </span>${this.t('exit')}</a
        >
      </div>
      <p class="muted hint">${this.t('exitHint')}<span class="sr-only" role="status">${this._exitMessage}</span></p>`;
  }

  /** The emergency banner: right after the heading, whatever else fails. */
  private _emergency(region: string): TemplateResult {
    const t = this.t;
    const e = emergencyFor(this.doc, region);
    const source = safeUrl(e?.source, false);
    return html`<div class="panel emergency" part="emergency">
      <p><strong>${t('emergencyHeading')}.</strong> ${this._emergencyText(e)}</p>
      ${e
        ? html`<p class="row">
              <a class="button urgent" href="tel:${e.number}" @click=${this._onEmergencyCall}>${t('call', { number: e.number })}</a>
              ${e.alt ? html`<a class="alt" href="tel:${e.alt}" @click=${this._onEmergencyCall}>${t('call', { number: e.alt })}</a>` : nothing}
            </p>
            ${e.verifiedAt || source ? this._meta(t('emergencyHeading'), e.verifiedAt, source) : nothing}`
        : nothing}
    </div>`;
  }

  /**
   * The region's free 24/7 line for anyone, under the banner, before the
   * filters: on a phone the list starts a screen further down, and someone
   * who needs to talk to someone now should not have to scroll past filters
   * for a number (SAFE-MESSAGING: a 24/7 option always in view).
   */
  private _line(region: string): TemplateResult | typeof nothing {
    const line = lineFor(this._lines, region);
    const t = this.t;
    return line
      ? html`<p class="line" part="line">
          ${this.named('lineNow', line)}
          <a
            class="number"
            href=${line.phone.href}
            aria-label=${t('callOn', { name: line.name, number: line.phone.display })}
            @click=${() => emit(this, 'recovery-contact', { serviceId: line.id, method: 'phone' })}
            >${line.phone.display}</a
          >
        </p>`
      : nothing;
  }

  private _emergencyText(e: Emergency | undefined): unknown {
    return e ? html`<span lang=${ifDefined(this.langOf(e))}>${e.text}</span>` : this.t('emergencyUnknown');
  }

  /**
   * When a fact was checked, and where it comes from. The links say whose
   * source or website they are to a screen reader listing a page's links,
   * as the contact links do ("Webchat: Shout").
   */
  private _meta(whose: unknown, verifiedAt: string | undefined, source: string | undefined, website?: string): TemplateResult {
    const t = this.t;
    const date = verifiedAt ? t('checked', { date: formatDate(verifiedAt, this.locale) }) : '';
    // One level of templates: a finder renders this for every service.
    const link = (href: string | undefined, text: string, first: boolean) =>
      href ? html`${first ? '' : SEP}<a href=${href} rel="noopener noreferrer">${text}<span class="sr-only">: ${whose}</span></a>` : nothing;
    return html`<p class="muted meta">${date}${link(source, t('source'), !date)}${link(website, t('website'), !date && !source)}</p>`;
  }

  private _service(s: Service): TemplateResult {
    const t = this.t;
    const state = stateAt(s, this._now);
    const locale = this.locale;
    // Ids never meet: a service "line-status" beside "line" (ids have no "_").
    const id = `s-${s.id}`;
    // Times are the service's own: say so to a visitor in another time zone.
    // (On a server, the visitor's zone is not known: none is named, as for a
    // visitor in the service's own, the most likely.)
    const zone = s.hours && this._zone && s.hours.timeZone != this._zone ? this._zoneName(s.hours.timeZone) : '';
    // "Today" only where it is the same day for the visitor as for the service.
    // "Today" and "tomorrow" only where the opening falls on that day for
    // the visitor too: at 23:00 on Sunday in Auckland, a London 17:00 that
    // day is Monday morning, and the day is named.
    const status = statusText(state, t, locale, !zone || state.kind != 'closed' || this._opensSameDay(state, s.hours!.timeZone));
    const hours = hoursText(s.hours, t, locale);
    const [from, to] = s.ageRange ?? [];
    const elsewhere = !s.regions.some((r) => r == this._regionValue || r == countryOf(this._regionValue));
    const facts = [
      t(s.free ? 'free' : 'notFree'),
      !s.crisis && t('notCrisis'),
      // Papyrus is for young people under 35, and for anyone worried about one: a parent of 50 may call.
      // 120 and over is no upper limit: [0, 120] is anyone, not "Under 121".
      to! >= 120
        ? from! > 0 && t('ageOver', { n: from! })
        : from === 0
          ? t(s.audiences.includes('worried-about-someone') && s.audiences.includes('young-people') ? 'ageUnderOrWorried' : 'ageUnder', { n: to! + 1 })
          : from != null && t('ageRange', { from, to: to! }),
      elsewhere && t('onlyIn', { region: intl(Intl.ListFormat, locale).format(s.regions.map((r) => this._regionName(r))) }),
    ].filter(Boolean);
    // The service's own words (name, description, note) in its document's
    // language; the rest of the item is ours, in the strings' language.
    const lang = this.langOf(s);
    const website = safeUrl(s.website, false);
    const source = safeUrl(s.source, false);
    const name = this.inLang(s, s.name);
    return html`<li class="service ${s.crisis ? 'crisis' : ''}" part="service">
      <article aria-labelledby=${id}>
        <div tabindex="-1">${heading(this._level + 1, name, id)}</div>
        ${status ? html`<p class="status ${state.kind}" part="status" id="${id}_status">${status}${state.kind == 'always' ? '' : zone}</p>` : nothing}
        <p lang=${ifDefined(lang)}>${s.description}</p>
        <ul class="row contacts" role="list">
          ${s.contacts.map((c) => {
            const href = safeUrl(c.href, false);
            // A call, text or chat while the service is closed: drawn apart, and the link says so.
            const closed = state.kind == 'closed' && c.method != 'email' && c.method != 'web';
            return href
              ? html`<li>
                  <a
                    class="button ${closed ? 'closed' : ''}"
                    part="contact"
                    href=${href}
                    rel=${ifDefined(/^http/i.test(href) ? 'noopener noreferrer' : undefined)}
                    aria-describedby=${ifDefined(closed ? `${id}_status` : undefined)}
                    @click=${() => emit(this, 'recovery-contact', { serviceId: s.id, method: c.method })}
                    >${this._action(c, lang)}<span class="sr-only">: ${name}</span></a
                  >
                </li>`
              : nothing;
          })}
        </ul>
        ${hours.length ? html`<p class="muted hours">${hours.join('; ')}${zone}</p>` : nothing}
        <p class="muted facts">${facts.join(SEP)}${s.note ? html`${SEP}<span lang=${ifDefined(lang)}>${s.note}</span>` : nothing}</p>
        ${this._meta(
          name,
          s.verifiedAt,
          source,
          website && !s.contacts.some((c) => c.href == website) ? website : undefined,
        )}
      </article>
    </li>`;
  }

  /**
   * A contact button's text: "Call {display}" in our strings, the display
   * (a number, "1-2-1 chat", an address) in the service's own language.
   */
  private _action(c: Contact, lang: string | undefined): unknown {
    // A number (no letters) stays whole when it fits, and reads left to right under right-to-left strings.
    const number = !/\p{L}/u.test(c.display);
    let keyword = '';
    try {
      keyword = c.method == 'sms' && number ? decodeURIComponent((c.href.split('?body=')[1] ?? '').replace(/\+/g, ' ')) : '';
    } catch {
      /* not percent-encoding that decodes: the number alone */
    }
    // (Nor a keyword with control characters in it.)
    if (/\p{Cc}/u.test(keyword)) keyword = '';
    const key = keyword ? 'action.smsKeyword' : c.method == 'sms' && number ? 'action.smsNumber' : (`action.${c.method}` as const);
    let [before, after] = this.t(key, { display: '\0', keyword }).split('\0');
    // A display that starts with the verb itself ("Call us free on 0800…", "Email us") is not given it twice.
    if (before.trim() && `${c.display} `.toLowerCase().startsWith(before.toLowerCase())) before = '';
    return html`${before}<span class=${ifDefined(number ? 'number' : undefined)} lang=${ifDefined(lang)}>${c.display}</span>${after}`;
  }

  /** Whether a closed service's opening is as many days off for the visitor, in their own zone, as in the service's. */
  private _opensSameDay(state: Extract<OpenState, { kind: 'closed' }>, timeZone: string): boolean {
    const visitor = clockAt(this._zone, this._now);
    return Math.floor((visitor + state.days * 1440 + state.at - (clockAt(timeZone, this._now) % 1440)) / 1440) - Math.floor(visitor / 1440) == state.days;
  }

  /** A region's name: the strings' (England, Scotland…), else the browser's own name for the country. */
  private _regionName(region: string): string {
    const key = `regionName.${region}` as const;
    const name = this.t(key);
    if (name != key) return name;
    try {
      return intl(Intl.DisplayNames, this.locale, { type: 'region' }).of(region) ?? region;
    } catch {
      // A part of a country (US-CA): the browser names countries only.
      const country = countryOf(region);
      return country != region ? `${this._regionName(country)} (${region})` : region;
    }
  }


  /** An info card asks for the visitor's choice of region (see `REGION_QUERY`). */
  private _onRegionQuery = (e: Event) => {
    const region = this._chosenRegion;
    if (region) Object.assign((e as CustomEvent<Chosen>).detail, { region, emergency: emergencyFor(this.doc, region) });
  };

  private _onChange = (e: Event) => {
    const input = e.target as HTMLInputElement | HTMLSelectElement;
    if (input.name == 'region') {
      this._chosenRegion = input.value;
      // The banner sits above the picker: a screen reader moving on from it
      // would not hear the new region's number. The status says it once,
      // once the picker has settled: on Windows, each Arrow key in a closed
      // picker is a change, and every region passed would be read out.
      clearTimeout(this._settle);
      this._settle = setTimeout(() => {
        this._regionChosen = true;
        this._said++;
        this.requestUpdate();
      }, SETTLE_MS);
      this._limit = PAGE;
      emit(this, 'recovery-region-change', { region: input.value });
      return;
    }
    const data = new FormData(input.form!);
    const read = (): Filters => ({
      methods: data.getAll('method') as ContactMethod[],
      audience: (data.get('audience') as Audience) ?? 'all',
      openNow: data.has('openNow'),
    });
    this._filters = read();
    this._limit = PAGE;
    this._said++;
    // The partner's listener gets its own copy: changing it changes nothing here.
    emit(this, 'recovery-filter-change', { filters: read() });
  };

  // Rendered at once: a page's own Print button calls print() from a
  // script, and no microtask runs before the page is laid out for paper.
  private _onPrint = (e: Event) => {
    this._printing = e.type == 'beforeprint';
    this.requestUpdate();
    this.performUpdate();
  };

  private _showMore = () => {
    this._focusIndex = this._limit;
    this._limit += PAGE;
  };

  /** Re-reads the clock on the minute, only while the page is visible. */
  private _tick = () => {
    clearTimeout(this._clock);
    this._clock = undefined;
    if (!this.isConnected || document.hidden) return;
    this._now = Date.now();
    // The visitor's time zone, read with the clock: it changes when they travel.
    this._zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    this._clock = setTimeout(this._tick, 60_000 - (this._now % 60_000) + 50);
  };

  /**
   * " (United Kingdom Time)": the service's zone, for a visitor in another.
   * A browser without the zone's name in the visitor's language (Chromium
   * has no Welsh ones) gives the English name: marked as English.
   */
  private _zoneName(timeZone: string): TemplateResult {
    const name = zoneName(timeZone, this.locale, this._now);
    const english = primary(this.locale) != 'en' && name == zoneName(timeZone, 'en', this._now);
    // The space is a value: the minifier trims it from the template's text.
    return html`${' ('}<span lang=${ifDefined(english ? 'en' : undefined)}>${name}</span>)`;
  }

  private _exitUrl(): string {
    // A web page: http(s), or a path on this site from its root (a neutral
    // page of the partner's own). Not "www.bbc.co.uk/weather" or
    // "https//…": read as relative, they would leave the visitor on the
    // partner's site, on its "page not found".
    const url = safeUrl(this.quickExitUrl);
    if (url && /^(https?:|\/)/i.test(url)) return url;
    if (this.quickExitUrl != null && this.quickExitUrl != DEFAULT_EXIT) this.warn('quick-exit-url', String(this.quickExitUrl), 'an http: or https: URL, or a path on this site from /', DEFAULT_EXIT);
    return DEFAULT_EXIT;
  }

  /**
   * Focus that lands under the sticky exit button scrolls clear of it
   * (WCAG 2.4.11). Browsers do so by the controls' scroll-margin-top, but
   * Firefox leaves a control that is already partly on screen where it is.
   */
  private _onFocusIn = (e: FocusEvent) => {
    const bar = this.renderRoot.querySelector('.bar');
    const exit = bar?.firstElementChild;
    // What may hide a control: the sticky bar, or the button floating above the page.
    const over = exit?.hasAttribute('popover') ? exit : bar;
    const target = e.target as Element;
    // Keyboard focus only: a click that focuses a control scrolled by under the mouse would miss it.
    if (over && target != exit && target.matches(':focus-visible') && target.getBoundingClientRect().top < over.getBoundingClientRect().bottom) {
      target.scrollIntoView({ block: 'nearest' });
    }
  };

  /** Out of a held list (to the form, the host page, nowhere): bring it up to date. */
  private _onFocusOut = (e: FocusEvent) => {
    const to = e.relatedTarget as Element | null;
    if (this._held && !(to?.getRootNode() == this.renderRoot && to.closest(HELD))) this.requestUpdate();
  };

  /** A call to the emergency number is a contact too: the partner's count of calls made from the page would miss the most urgent. */
  private _onEmergencyCall = () => emit(this, 'recovery-contact', { serviceId: 'emergency', method: 'phone' });

  private _onExitClick = (e: MouseEvent) => {
    e.preventDefault();
    this._exit(e);
  };

  /**
   * A link that looks and reads as a button (GOV.UK's "Exit this page" is
   * one, so that it works before its script does) works as one: Space exits,
   * rather than scroll the page.
   */
  private _onExitKey = (e: KeyboardEvent) => {
    if (e.key == ' ') {
      e.preventDefault();
      if (!e.repeat) this._exit(e);
    }
  };

  private _onShift(status: ShiftStatus): void {
    if (status.kind == 'exit') this._exit(status.event);
    else this._exitMessage = !this._shift.speaks ? '' : status.kind == 'press' ? this.t('exitPresses', { n: 3 - status.count }) : status.kind == 'expired' ? this.t('exitExpired') : '';
  }

  /** Covers the content at once, then replaces the page so Back does not return to it. */
  private _exit(event: Event): void {
    this._exiting = true;
    this._exitMessage = '';
    // Still here a while later: the host page asked "Leave site?" (a form
    // half filled in) and the visitor stayed, or the next page is not
    // coming. The cover then offers, and focuses, the way back, rather than
    // leave the visitor before a blank page with no 999. (No guess from a
    // key or click: one pressed while the next page loads would uncover the page.)
    this._waitForExit();
    exitOnce(this._exitUrl(), event, this, this._uncover);
  }

  private _waitForExit(): void {
    this._uncoverTimer();
    // The way back is offered, not focused: a key pressed as the next page
    // arrives must not bring this one back. The message says it (a status).
    // A finder whose cover came off meanwhile (not drawn) gives the page back then.
    this._stuckTimer = setTimeout(() => {
      this._stuckTimer = undefined;
      this._exiting ? (this._stuck = true) : leaving() || stay();
    }, STUCK_MS);
  }

  private _uncoverTimer(): void {
    clearTimeout(this._stuckTimer);
    this._stuckTimer = undefined;
  }

  /**
   * The finder is not drawn: its cover comes off now. The page is still
   * leaving (no Escape for the host, no referrer for the exit site) until
   * the way back would have been offered, or at once if it has been; then,
   * unless another finder covers it, it is the visitor's again.
   */
  private _release(): void {
    uncover(this);
    this._exiting = false;
    if (this._stuck) {
      this._stuck = false;
      leaving() || stay();
    }
  }

  /**
   * "Back to this page": every cover off, and focus back where the visitor
   * was (the exit button, a text box where they pressed Shift), else on the
   * exit button.
   */
  private _back = () => {
    const to = stay();
    this.updateComplete.then(() => {
      to?.focus();
      // Where focus could not go back to (a control in a host component's
      // closed shadow root, which the page cannot reach): the exit button.
      if (!to || document.activeElement == document.body) this.renderRoot.querySelector<HTMLElement>('[part=exit]')?.focus();
    });
  };

  private _uncover = () => {
    this._uncoverTimer();
    this._exiting = this._stuck = false;
  };

  private _onPageShow = (e: PageTransitionEvent) => {
    if (e.persisted) stay();
  };
}

declare global {
  interface GlobalEventHandlersEventMap {
    'recovery-contact': CustomEvent<RecoveryContactDetail>;
    'recovery-filter-change': CustomEvent<RecoveryFilterChangeDetail>;
    'recovery-region-change': CustomEvent<RecoveryRegionChangeDetail>;
  }
}
