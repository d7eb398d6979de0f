import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { emergency, services } from '../content/builtin-services.js';
import type { Audience, ContactMethod, ContentDocument, Service } from '../content/types.js';
import { emit } from '../shared/events.js';
import { formatDate } from '../shared/format.js';
import { heading, HEADING_LEVELS } from '../shared/headings.js';
import { RecoveryElement } from '../shared/recovery-element.js';
import { countryOf, emergencyFor, guessRegion, knownRegions, normaliseRegion, REGIONS } from '../shared/regions.js';
import { safeUrl } from '../shared/safe-url.js';
import { hoursText, statusText } from './describe.js';
import { zoneName } from './opening-hours.js';
import { AUDIENCES, METHODS, select, type Filters, type Listing } from './filter.js';
import { navigation, ShiftCounter, type ShiftStatus } from './quick-exit.js';
import { styles } from './recovery-support-finder.styles.js';
import { strings } from './recovery-support-finder.strings.js';

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
const DEFAULT_EXIT = 'https://www.bbc.co.uk/weather';
/** Services rendered at first and per "Show more": a partner list of 5,000 renders as fast as one of 50. */
export const PAGE = 10;

/**
 * Helps a visitor find help now: an emergency banner that never hides,
 * services for their region (crisis lines first) with real `tel:` and `sms:`
 * links, opening hours and an open-now state computed in each service's time
 * zone, filters, and an optional quick exit.
 *
 * @tagname recovery-support-finder
 * @summary Find a helpline or support service, now.
 *
 * @attr {string} region - `GB`, `GB-ENG`, `GB-SCT`, `GB-WLS`, `GB-NIR`, `IE`, `US`, `CA`, `AU`, `NZ`, or a region in partner data. Default: a guess from the browser's language, else `GB`. The visitor can change it.
 * @attr {'all'|'young-people'|'adults'|'worried-about-someone'} audience - Who the services are for; the visitor can change it. Default `all`.
 * @attr {string} services-src - URL of a services document (JSON) from the partner.
 * @attr {'merge'|'replace'} services-mode - `merge` lists the partner's services first, then the built-in ones; `replace` lists only the partner's. Emergency numbers are never removed. Default `merge`.
 * @attr {boolean} quick-exit - Shows an "Exit this page" button; pressing Shift 3 times also exits.
 * @attr {string} quick-exit-url - Where quick exit goes. Default `https://www.bbc.co.uk/weather`.
 * @attr {2|3|4|5|6} heading-level - Level of the finder's heading. Default 2.
 * @attr {'light'|'dark'|'auto'} theme - Colour theme. Default `light`.
 * @attr {string} lang - Language; strings, dates and times follow it. Default: the nearest `lang`, else `en-GB`.
 * @attr {string} topic - Topic. Default `self-harm`.
 * @attr {string} content-src - URL of a content document (strings, services, emergency numbers).
 *
 * @fires {CustomEvent<{serviceId: string, method: 'phone'|'sms'|'chat'|'email'|'web'}>} recovery-contact - The visitor used a contact link.
 * @fires {CustomEvent<{filters: {methods: string[], audience: string, openNow: boolean}}>} recovery-filter-change - The visitor changed a filter.
 * @fires {CustomEvent<{region: string}>} recovery-region-change - The visitor chose another region.
 * @fires {CustomEvent<{source: string, url?: string, reason: string, errors: string[]}>} recovery-error - Partner data could not be used; the built-in services stay.
 *
 * @slot content - An inline `<script type="application/json">` content document.
 *
 * @csspart finder - The whole finder.
 * @csspart heading - The finder's heading.
 * @csspart exit - The "Exit this page" button.
 * @csspart emergency - The emergency banner.
 * @csspart filters - The filter form.
 * @csspart count - The result count.
 * @csspart results - The list of services.
 * @csspart service - Each service.
 * @csspart status - Each service's open-now line.
 * @csspart contact - Each contact link.
 *
 * @cssprop [--recovery-font-family=system-ui] - Font.
 * @cssprop [--recovery-font-size=16px] - Body text size.
 * @cssprop [--recovery-color-text=#1d2125] - Text.
 * @cssprop [--recovery-color-text-muted=#4b535c] - Secondary text.
 * @cssprop [--recovery-color-surface=#ffffff] - Background.
 * @cssprop [--recovery-color-panel=#f2f5f7] - Filter and service background.
 * @cssprop [--recovery-color-accent=#00607a] - Links and buttons.
 * @cssprop [--recovery-color-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--recovery-color-border=#c9d1d8] - Borders.
 * @cssprop [--recovery-color-control=#5c6670] - Form control borders.
 * @cssprop [--recovery-color-focus=#0b57d0] - Focus ring.
 * @cssprop [--recovery-color-emergency=#a4262c] - Emergency banner rule and call button.
 * @cssprop [--recovery-color-emergency-panel=#fdf3f2] - Emergency banner background.
 * @cssprop [--recovery-radius=8px] - Corner radius.
 * @cssprop [--recovery-space=16px] - Base spacing unit.
 */
export class RecoverySupportFinder extends RecoveryElement<typeof strings> {
  static override styles = styles;
  static override strings = strings;
  static override builtin: ContentDocument = { version: 1, lang: 'en-GB', services, emergency };

  @property() region?: string;
  @property() audience: Audience = 'all';
  @property({ attribute: 'services-src' }) servicesSrc?: string;
  @property({ attribute: 'services-mode' }) servicesMode: 'merge' | 'replace' = 'merge';
  @property({ type: Boolean, attribute: 'quick-exit' }) quickExit = false;
  @property({ attribute: 'quick-exit-url' }) quickExitUrl = DEFAULT_EXIT;
  @property({ attribute: 'heading-level' }) headingLevel: number | string = 2;

  /** The visitor's choices: they live only in the page. */
  @state() private chosenRegion?: string;
  @state() private filters: Filters = { methods: [], audience: 'all', openNow: false };
  @state() private limit = PAGE;
  @state() private now = Date.now();
  @state() private exiting = false;
  @state() private exitMessage = '';

  private readonly shift = new ShiftCounter((s) => this.onShift(s));
  private clock?: ReturnType<typeof setTimeout>;
  private level = 2;
  private regionValue = 'GB';
  private services: Service[] = [];
  /** The visitor's time zone. */
  private zone?: string;
  /** Focus goes to the first newly shown service after "Show more". */
  private focusIndex = -1;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.tick);
    addEventListener('pageshow', this.onPageShow);
    if (this.quickExit) this.shift.attach();
    this.tick();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.tick);
    removeEventListener('pageshow', this.onPageShow);
    clearTimeout(this.clock);
    this.clock = undefined;
    this.shift.detach();
  }

  protected override partnerDocuments(): (ContentDocument | undefined)[] {
    return [...super.partnerDocuments(), this.partner('services-src', this.servicesSrc)];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.services = this.mergeServices(...this.partnerDocuments());
    this.level = Number(this.option('heading-level', this.headingLevel, HEADING_LEVELS, '2'));
    if (changed.has('audience')) {
      this.filters = { ...this.filters, audience: this.option('audience', this.audience, AUDIENCES, 'all') };
    }
    if (changed.has('region')) this.chosenRegion = undefined;
    const regions = knownRegions({ ...this.doc, services: this.services });
    const attr = this.region == null ? undefined : normaliseRegion(this.region);
    // A region only partner data knows is not a mistake while that data is on its way.
    const wanted = attr && (regions.includes(attr) || this.loading ? attr : this.option('region', attr, regions, 'GB'));
    this.regionValue =
      (this.chosenRegion && regions.includes(this.chosenRegion) && this.chosenRegion) ||
      (wanted && regions.includes(wanted) && wanted) ||
      (!attr && guessRegion(navigator.languages ?? [navigator.language], regions)) ||
      'GB';
    if (changed.has('quickExit')) this.quickExit ? this.shift.attach() : this.shift.detach();
  }

  /** `merge`: the partner's services first (theirs win on the same id), then the built-in ones; `replace`: only theirs. */
  private mergeServices(...docs: (ContentDocument | undefined)[]): Service[] {
    const partner = docs.flatMap((d) => d?.services ?? []);
    if (!partner.length) return services;
    if (this.option('services-mode', this.servicesMode, MODES, 'merge') == 'replace') return partner;
    const ids = new Set(partner.map((s) => s.id));
    return [...partner, ...services.filter((s) => !ids.has(s.id))];
  }

  protected override updated(): void {
    if (this.focusIndex >= 0) {
      this.renderRoot.querySelectorAll<HTMLElement>('.results > li [tabindex="-1"]')[this.focusIndex]?.focus();
      this.focusIndex = -1;
    }
  }

  protected override render(): TemplateResult {
    const t = this.t;
    this.zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const region = this.regionValue;
    const { matches, alwaysOpen } = select(this.services, region, this.filters, this.now, services);
    const shown = matches.slice(0, this.limit);
    const more = matches.length - shown.length;
    return html`
      <section class="${this.rootClass} finder" part="finder" lang=${this.locale} aria-labelledby="title">
        ${this.quickExit ? this.exitButton() : nothing}
        ${heading(this.level, t('finderTitle'), 'title', 'heading')} ${this.emergency(region)}
        <form class="filters" part="filters" @submit=${(e: Event) => e.preventDefault()} @change=${this.onChange}>
          <div class="field">
            <label for="region">${t('region')}</label>
            <select id="region" name="region">
              ${this.regionOptions().map(
                (r) => html`<option value=${r} ?selected=${r == region}>${this.regionName(r)}</option>`,
              )}
            </select>
          </div>
          <fieldset>
            <legend>${t('methods')}</legend>
            <div class="choices">
              ${METHODS.map(
                (m) =>
                  html`<label class="choice"
                    ><input type="checkbox" name="method" value=${m} .checked=${this.filters.methods.includes(m)} />
                    ${t(`method.${m}`)}</label
                  >`,
              )}
            </div>
          </fieldset>
          <fieldset>
            <legend>${t('audience')}</legend>
            <div class="choices">
              ${AUDIENCES.map(
                (a) =>
                  html`<label class="choice"
                    ><input type="radio" name="audience" value=${a} .checked=${this.filters.audience == a} />
                    ${t(`audience.${a}`)}</label
                  >`,
              )}
            </div>
          </fieldset>
          <label class="choice open-now"
            ><input type="checkbox" name="openNow" .checked=${this.filters.openNow} /> ${t('openNowOnly')}</label
          >
        </form>
        <p class="count" part="count" role="status">${t('results', { n: matches.length })}</p>
        ${matches.length ? nothing : html`<p class="empty">${t('noResults')}</p>`}
        <ul class="results" part="results" aria-label=${t('services')}>
          ${shown.map((l) => this.service(l))}
        </ul>
        ${more
          ? html`<button class="button more" @click=${this.showMore}>${t('showMore', { n: Math.min(more, PAGE) })}</button>`
          : nothing}
        ${alwaysOpen.length
          ? html`<div class="always">
              <p>${t('alwaysAvailableIntro')}</p>
              <ul class="results">
                ${alwaysOpen.map((l) => this.service(l))}
              </ul>
            </div>`
          : nothing}
        ${this.exiting ? html`<div class="overlay" role="alert">${t('exiting')}</div>` : nothing} ${this.contentSlot()}
      </section>
    `;
  }

  private exitButton(): TemplateResult {
    const url = this.exitUrl();
    return html`<div class="exit-bar">
      <a class="exit" part="exit" href=${url} rel="nofollow noreferrer" @click=${this.onExitClick}>${this.t('exit')}</a>
      <span class="exit-hint">${this.t('exitHint')}</span>
      <span class="visually-hidden" role="status">${this.exitMessage}</span>
    </div>`;
  }

  /** The emergency banner: the first thing after the heading, whatever else fails. */
  private emergency(region: string): TemplateResult {
    const t = this.t;
    const e = emergencyFor(this.doc, region);
    return html`<div class="emergency" part="emergency">
      <p><strong>${t('emergencyHeading')}.</strong> ${e ? e.text : t('emergencyUnknown')}</p>
      ${e
        ? html`<p class="calls">
            <a class="button call" href="tel:${e.number}">${t('call', { number: e.number })}</a>
            ${e.alt ? html`<a class="alt" href="tel:${e.alt}">${t('call', { number: e.alt })}</a>` : nothing}
          </p>`
        : nothing}
    </div>`;
  }

  private service({ service: s, state }: Listing): TemplateResult {
    const t = this.t;
    const id = `s-${s.id}`;
    // Times are the service's own: say so to a visitor in another time zone.
    const zone = s.hours && s.hours.timeZone != this.zone ? ` (${zoneName(s.hours.timeZone, this.locale, this.now)})` : '';
    const status = statusText(state, t, this.locale) + (state.kind == 'open' || state.kind == 'closed' ? zone : '');
    const hours = hoursText(s.hours, t, this.locale).map((line) => line + zone);
    const regionNote = s.regions.every((r) => r != countryOf(this.regionValue) && r != this.regionValue)
      ? t('onlyIn', { region: new Intl.ListFormat(this.locale).format(s.regions.map((r) => this.regionName(r))) })
      : '';
    const facts = [
      s.free ? t('free') : t('notFree'),
      s.crisis ? '' : t('notCrisis'),
      this.ages(s.ageRange),
      regionNote,
      s.note ?? '',
    ].filter(Boolean);
    const website = safeUrl(s.website);
    const source = safeUrl(s.source);
    return html`<li class="service ${s.crisis ? 'crisis' : ''}" part="service">
      <article aria-labelledby=${id}>
        <div tabindex="-1" class="service-heading">${heading(this.level + 1, s.name, id)}</div>
        ${status ? html`<p class="status ${state.kind}" part="status">${status}</p>` : nothing}
        <p>${s.description}</p>
        <ul class="contacts">
          ${s.contacts.map((c) => {
            const href = safeUrl(c.href);
            return href
              ? html`<li>
                  <a
                    class="button contact"
                    part="contact"
                    href=${href}
                    rel=${ifDefined(/^https?:/.test(href) ? 'noopener noreferrer' : undefined)}
                    @click=${() => emit(this, 'recovery-contact', { serviceId: s.id, method: c.method })}
                    >${t(`action.${c.method}`, { display: c.display })}</a
                  >
                </li>`
              : nothing;
          })}
        </ul>
        ${hours.length ? html`<p class="hours">${hours.join('; ')}</p>` : nothing}
        <p class="facts">${facts.join(' · ')}</p>
        <p class="meta">
          ${t('checked', { date: formatDate(s.verifiedAt, this.locale) })}
          ${source ? html`· <a href=${source} rel="noopener noreferrer">${t('source')}</a>` : nothing}
          ${website && !s.contacts.some((c) => c.href == website)
            ? html`· <a href=${website} rel="noopener noreferrer">${t('website')}</a>`
            : nothing}
        </p>
      </article>
    </li>`;
  }

  private ages(range?: [number, number]): string {
    if (!range) return '';
    const [from, to] = range;
    if (from == 0) return this.t('ageUnder', { n: to + 1 });
    if (to >= 120) return this.t('ageOver', { n: from });
    return this.t('ageRange', { from, to });
  }

  private regionOptions(): string[] {
    const known = knownRegions(this.doc);
    return [...REGIONS.filter((r) => known.includes(r)), ...known.filter((r) => !REGIONS.includes(r)).sort()];
  }

  private regionName(region: string): string {
    const key = `regionName.${region}` as const;
    const name = this.t(key);
    if (name != key) return name;
    try {
      return new Intl.DisplayNames([this.locale], { type: 'region' }).of(region) ?? region;
    } catch {
      return region;
    }
  }

  private onChange = (e: Event) => {
    const input = e.target as HTMLInputElement | HTMLSelectElement;
    if (input.name == 'region') {
      this.chosenRegion = input.value;
      this.limit = PAGE;
      emit(this, 'recovery-region-change', { region: input.value });
      return;
    }
    const form = input.form!;
    const data = new FormData(form);
    this.filters = {
      methods: data.getAll('method') as ContactMethod[],
      audience: (data.get('audience') as Audience) ?? 'all',
      openNow: data.has('openNow'),
    };
    this.limit = PAGE;
    emit(this, 'recovery-filter-change', { filters: this.filters });
  };

  private showMore = () => {
    this.focusIndex = this.limit;
    this.limit += PAGE;
  };

  /** Re-reads the clock on the minute, only while the page is visible. */
  private tick = () => {
    clearTimeout(this.clock);
    this.clock = undefined;
    if (!this.isConnected || document.hidden) return;
    this.now = Date.now();
    this.clock = setTimeout(this.tick, 60_000 - (this.now % 60_000) + 50);
  };

  private exitUrl(): string {
    const url = safeUrl(this.quickExitUrl, document.baseURI);
    if (url && /^https?:/.test(url)) return url;
    if (this.quickExitUrl != DEFAULT_EXIT) this.warn('quick-exit-url', String(this.quickExitUrl), 'an http: or https: URL', DEFAULT_EXIT);
    return DEFAULT_EXIT;
  }

  private onExitClick = (e: MouseEvent) => {
    e.preventDefault();
    this.exit();
  };

  private onShift(status: ShiftStatus): void {
    if (status.kind == 'exit') this.exit();
    else this.exitMessage = status.kind == 'press' ? this.t('exitPresses', { n: 3 - status.count }) : this.t('exitExpired');
  }

  /** Covers the content at once, then replaces the page so Back does not return to it. */
  private exit(): void {
    this.exiting = true;
    this.exitMessage = '';
    navigation.exit(this.exitUrl());
  }

  /** Restored from the back/forward cache: take the cover off again. */
  private onPageShow = (e: PageTransitionEvent) => {
    if (e.persisted) this.exiting = false;
  };
}

declare global {
  interface GlobalEventHandlersEventMap {
    'recovery-contact': CustomEvent<RecoveryContactDetail>;
    'recovery-filter-change': CustomEvent<RecoveryFilterChangeDetail>;
    'recovery-region-change': CustomEvent<RecoveryRegionChangeDetail>;
  }
}
