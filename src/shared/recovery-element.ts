import { adoptStyles, html, LitElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { bare } from '../content/bare.js';
import { INLINE } from '../content/inline.js';
import { contentLang } from '../content/lang.js';
import type { DocumentLoader } from '../content/loader.js';
import type { ContentDocument, Topic } from '../content/types.js';
import { VERSION } from './define.js';
import { reportFailure, type RecoveryErrorDetail } from './events.js';
import { DEFAULT_LANG, primary, requestedLang, RTL_LANGS, shownLang, translator, type Table, type Translate } from './strings.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
// A right-to-left language, or any written in Arabic or Hebrew script
// (ku-Arab, pa-Arab; the script subtag, not an extension's en-u-nu-arab).
const RTL = new RegExp(`^(${RTL_LANGS.join('|')})(-|$)|^[a-z]{2,8}(-[a-z]{3}){0,3}-(arab|hebr)(-|$)`, 'i');
export type Theme = (typeof THEMES)[number];
/**
 * Theirs, then those of mine that none of theirs replaces (same `key`): how
 * a later document's topics, services and emergency entries win.
 */
export const over = <T>(mine: T[] = [], theirs: T[] = [], key: (item: T) => string): T[] => {
  const keys = new Set(theirs.map(key));
  return [...theirs, ...mine.filter((m) => !keys.has(key(m)))];
};

type Source = Exclude<RecoveryErrorDetail['source'], 'inline'>;

const FALSE = /^\s*false\s*$/i;
/**
 * The converter of a boolean attribute: on when present, as in HTML, except
 * written `="false"` (`hide-help="false"`), which is read as the partner
 * meant, off, with a warning (see `attributeChangedCallback`). Declared
 * inline beside `type: Boolean`, where the manifest analyzer reads it.
 */
export const FLAG = { fromAttribute: (value: string | null): boolean => value != null && !FALSE.test(value) };

/** Do the changes touch a node that is, or is inside, a `selector` (a removed one too)? */
export const touches = (records: MutationRecord[], selector: string): boolean =>
  records.some((r) => [r.target, ...r.addedNodes, ...r.removedNodes].some((n) => (n.nodeType == 1 ? (n as Element) : n.parentElement)?.closest(selector)));

/**
 * The widgets on the page, and one observer of every `lang` on it: a page
 * that switches language without a reload (`<html lang="ar" dir="rtl">` in a
 * single-page app) gets widgets that follow at once, not English laid out
 * right to left until something else updates them.
 */
const widgets = new Set<RecoveryElement>();
let langs: MutationObserver | undefined;
/** What that observer watches: the page's languages and directions. */
const WATCHED = { attributeFilter: ['lang', 'dir'], subtree: true };

/**
 * What the three elements share: `lang`, `theme`, `topic`, `content-src`, an
 * inline content document, forgiving attribute parsing and the string table.
 * Not registered as a tag.
 *
 * The loader and validator are imported only when a partner supplies a
 * document, so an element with its built-in content never pays for them.
 */
export class RecoveryElement<S extends Table = Table> extends LitElement {
  /** The version of recovery-widgets that defined this element. */
  static readonly version: string = VERSION;
  /** The element's built-in content document. */
  static builtin: ContentDocument = bare({ version: 1, lang: DEFAULT_LANG });
  /** The element's strings, in `en-GB`. */
  static strings: Table = {};

  // Reactive properties are declared here rather than with decorators: the
  // decorator helpers and one call per property cost about 0.6 KB gzip
  // across the three elements, for the same behaviour.
  static override properties: PropertyDeclarations = {
    theme: {},
    topic: {},
    contentSrc: { attribute: 'content-src' },
  };

  /** Colour theme: `light`, `dark` or `auto` (follows `prefers-color-scheme`). */
  theme: Theme = 'light';

  /** The topic of the content. `self-harm` is the only topic for now. */
  topic = 'self-harm';

  /** URL of a content document (JSON) that replaces the built-in content. */
  contentSrc?: string;

  /** The content in use: the partner's documents over the built-in one. */
  protected doc!: ContentDocument;
  /** The language of what is on screen (also set as `lang` on the markup). */
  protected locale = DEFAULT_LANG;
  protected t!: Translate<S>;
  /** The parsed `theme`. */
  protected themeValue: Theme = 'light';
  /**
   * `dir` for the markup when it shows another language than the page asked
   * for: English strings on an Arabic page read left to right.
   */
  protected textDir?: 'ltr' | 'rtl';

  private _warned?: Set<string>;
  private _children?: MutationObserver;
  /** The language the page asked for at the last update. */
  protected asked?: string;
  /** The languages the strings and the page last asked for (`locale` is English when the strings lacked some). */
  private _wanted?: string;
  /** The partner documents the current `doc` was merged from. */
  protected partners: (ContentDocument | undefined)[] = [];
  /** Per source: the loader, its import in flight, or the URL for which its code could not be loaded. */
  private _loaders: Partial<Record<Source, DocumentLoader | Promise<void> | { failed?: string }>> = {};

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name == 'lang') this.requestUpdate();
    // (Our boolean properties are all lower case: `autoplay`'s attribute is its name.)
    if (FALSE.test(value!) && [...(this.constructor as typeof LitElement).elementProperties].some(([key, p]) => p.converter == FLAG && (p.attribute || key) == name)) {
      this.warn(name, value!, `${name} alone for on, no ${name} for off`, 'off');
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The nearest `lang` may differ where the element was moved to.
    this.requestUpdate();
    // Not on a server that calls connectedCallback: no page to watch there.
    if (!globalThis.MutationObserver) return;
    // Its own children: an inline document or quotes that the parser adds
    // after the upgrade, or a framework rewrites in place (a language switch
    // in React or Vue changes their text, not the elements).
    (this._children ??= new MutationObserver((records) => this.childrenChanged(records))).observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['lang'],
    });
    widgets.add(this);
    if (!langs) {
      // Only the widgets whose language it changes (frameworks write the same lang on every route).
      // A dir that changes (a page switching to Arabic) turns the carousel's arrows: all update.
      langs = new MutationObserver((records) =>
        widgets.forEach((w) => (records.some((r) => r.attributeName == 'dir') || requestedLang(w) != w.asked) && w.requestUpdate()),
      );
      langs.observe(document, WATCHED);
    }
    // And each shadow root the widget sits in (a host component's), which
    // the document's subtree does not reach.
    for (let root = this.getRootNode() as ShadowRoot; root.host; root = root.host.getRootNode() as ShadowRoot) langs.observe(root, WATCHED);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._children?.disconnect();
    widgets.delete(this);
    if (!widgets.size) langs = void langs?.disconnect();
  }

  /**
   * A shadow root the server rendered (declarative shadow DOM) is emptied and
   * rendered afresh, rather than hydrated: its text was written at the
   * server's time, in the server's time zone, without the visitor's
   * preferences, and hydration would keep it ("open now" for a line closed
   * by the time the page is read). The first render follows in the same
   * task, before the browser paints, so nothing moves or flashes.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const server = this.shadowRoot;
    // Not Lit's own, which @lit-labs/ssr-client's hydrate support replaces
    // with one that marks the root for hydration (and adopts no styles).
    if (!server) return super.createRenderRoot();
    // A link or control the visitor had focused in the server's markup is
    // focused again after the first render: the same one (by what it is and
    // where it goes, not its place: a partner's quotes can put more controls
    // before it), else the element's root, never the page's body.
    const key = (el: Element) => [el.localName, el.id, el.getAttribute('part'), el.getAttribute('href'), el.getAttribute('aria-label'), el.closest('article')?.getAttribute('aria-labelledby')].join();
    const focused = server.activeElement;
    const was = focused && key(focused);
    server.replaceChildren();
    adoptStyles(server, (this.constructor as typeof LitElement).elementStyles);
    if (focused)
      void this.updateComplete.then(() => {
        const same = [...server.querySelectorAll<HTMLElement>('a[href], button, input, select')].find((el) => key(el) == was);
        if (same) same.focus();
        else this.focusLost(focused);
      });
    return server;
  }

  /**
   * Reads an enumerated attribute forgivingly (trimmed, any case). A bad
   * value logs one warning naming the element, the attribute and what is
   * allowed, then the default is used. Never throws.
   */
  protected option<T extends string>(attribute: string, value: unknown, allowed: readonly T[], fallback: T): T {
    if (value == null) return fallback;
    const text = String(value).trim();
    const match = allowed.find((a) => a.toLowerCase() == text.toLowerCase());
    if (match) return match;
    this.warn(attribute, text, allowed.join(', '), fallback);
    return fallback;
  }

  /** Logs one warning per element, attribute and value: bad values are read again on every update. */
  protected warn(attribute: string, value: string, allowed: string, fallback: string | number): void {
    this.say(`${attribute}="${value}" is not allowed (use ${allowed}); using ${fallback}.`);
  }

  /** Logs `message` once per element. */
  protected say(message: string): void {
    if ((this._warned ??= new Set()).has(message)) return;
    this._warned.add(message);
    console.warn(`<${this.localName}>: ${message}`);
  }

  /**
   * The partner's document from `source` (a URL attribute and, for
   * `content-src`, an inline JSON child), once loaded and valid. The first
   * call that needs it imports the loader.
   */
  protected partner(source: Source, value: unknown, inline = false): ContentDocument | undefined {
    // A framework's `false` (`servicesSrc={ours && url}`) or any other
    // value that is no address is none; a URL object is its address.
    const url = typeof value == 'string' || value instanceof URL ? `${value}`.trim() || undefined : undefined;
    const loader = this._loaders[source];
    if (loader && 'setUrl' in loader) {
      loader.syncInline();
      loader.setUrl(url);
      return loader.document;
    }
    // No querySelector when rendering on a server: inline documents are read in the browser.
    // Its code failed to load: tried again for another URL (the network may be back), not on every update.
    if ((!loader || ('failed' in loader && loader.failed != url)) && (url || (inline && this.querySelector?.(INLINE)))) {
      this._loaders[source] = import('../content/loader.js').then(
        ({ DocumentLoader }) => {
          this._loaders[source] = new DocumentLoader(this, source, inline);
          this.requestUpdate();
        },
        // The loader's own file did not arrive (dist/elements/ hosted without
        // chunks/, a network error): as for any failed document, one error,
        // one event, and the built-in content stays.
        (error: Error) => {
          this._loaders[source] = { failed: url };
          reportFailure(this, url ? source : 'inline', url, `the code that reads partner documents could not be loaded (${error.message})`);
          this.requestUpdate();
        },
      );
    }
    return undefined;
  }

  /** True while a partner document is being imported or fetched. */
  protected get loading(): boolean {
    return Object.values(this._loaders).some((l) => l instanceof Promise || (l as DocumentLoader | undefined)?.loading);
  }

  /** The partner's documents, in the order they apply (later ones win). */
  protected partnerDocuments(): (ContentDocument | undefined)[] {
    return [this.partner('content-src', this.contentSrc, true)];
  }

  /**
   * Partner documents over the built-in content, part by part. The merged
   * `lang` is the strings' language: a document's `lang` names it only when
   * the document brings strings (its topics and services keep theirs, see
   * `langOf`), so French services never relabel English strings as French.
   */
  private _merge(partner: (ContentDocument | undefined)[]): ContentDocument {
    let doc = (this.constructor as typeof RecoveryElement).builtin;
    for (const p of partner) {
      if (!p) continue;
      doc = {
        version: 1,
        lang: (p.strings && Object.keys(p.strings).length && p.lang) || doc.lang,
        strings: { ...doc.strings, ...p.strings },
        topics: over(doc.topics, p.topics, (t) => t.id),
        // Services are each element's own business: the finder merges or
        // replaces by services-mode, the card picks helplines (see `partners`).
        services: doc.services,
        emergency: over(doc.emergency, p.emergency, (e) => e.region),
      };
    }
    return doc;
  }

  /**
   * `lang` for a topic, service or emergency entry written in another
   * language than the strings around it; `undefined` when it is the same.
   */
  protected langOf(item: object | undefined): string | undefined {
    const lang = item && contentLang.get(item);
    return lang && primary(lang) != primary(this.locale) ? lang : undefined;
  }

  /** `text` of `item`, marked with the language `item` is written in where that is not the strings'. */
  protected inLang(item: object, text: string): TemplateResult | string {
    const lang = this.langOf(item);
    return lang ? html`<span lang=${lang}>${text}</span>` : text;
  }

  /** The string `key` with its `{name}`, the name of `item`, marked with the language `item` is written in. */
  protected named(key: string, item: { name: string }): TemplateResult {
    const [before, after] = (this.t as Translate)(key, { name: '\0' }).split('\0');
    return html`${before}${this.inLang(item, item.name)}${after}`;
  }

  /** Called when the partner documents in use change (and on the first update). */
  protected documentsChanged(_partner: (ContentDocument | undefined)[]): void {}

  /** The current topic, falling back to the first one the document has. */
  protected get topicContent(): Topic | undefined {
    const topics = this.doc.topics ?? [];
    const ids = topics.map((t) => t.id);
    const allowed = ids.length ? ids : ['self-harm'];
    // No verdict while a partner document that may hold the topic is on its way.
    const id = this.loading && !allowed.includes(String(this.topic).trim()) ? allowed[0] : this.option('topic', this.topic, allowed, allowed[0]);
    return topics.find((t) => t.id == id);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const partner = this.partnerDocuments();
    // Most updates (a filter, a slide, the clock) change neither the documents
    // nor the language: keep the merged document and the translator.
    if (!this.doc || partner.some((p, i) => p !== this.partners[i])) {
      this.partners = partner;
      this.doc = this._merge(partner);
      this.t = undefined!;
      this.documentsChanged(partner);
    }
    // A `lang` that is no language tag (`en_GB`) is passed over for the page's.
    const own = this.getAttribute?.('lang')?.trim();
    try {
      if (own) Intl.getCanonicalLocales(own);
    } catch {
      this.warn('lang', own!, 'a language tag such as en-GB or cy', 'the page’s language');
    }
    const requested = (this.asked = requestedLang(this));
    const wanted = shownLang(requested, this.doc.lang ?? DEFAULT_LANG);
    // (Asked again when the page's language changes: English shown in place of a translation follows it.)
    if (!this.t || `${wanted} ${requested}` != this._wanted) {
      const table = (this.constructor as typeof RecoveryElement).strings as S;
      this._wanted = `${wanted} ${requested}`;
      // A translation that lacks some of this element's strings is not used:
      // the element speaks English, all of it marked so.
      const t = translator(
        wanted,
        table,
        this.doc.strings,
        (key, value, wanted) => this.warn(`strings.${key}`, value, `${wanted.replaceAll(',', ' and ')} in it`, 'the built-in words'),
        (keys) => this.say(`strings in "${wanted}" lack ${keys.join(', ')}; using English.`),
      );
      this.locale = t ? wanted : shownLang(requested);
      this.t = t ?? translator(this.locale, table)!;
    }
    // The direction around it is its language's: the element's own `lang`
    // (Arabic strings on an English page, English on an Arabic one) sets its own.
    // (Without one, the language around it is the one it was asked for.)
    const around = own && this.parentNode ? requestedLang(this.parentNode as Element) : requested;
    this.textDir = primary(this.locale) == primary(around) ? undefined : RTL.test(this.locale) ? 'rtl' : 'ltr';
    this.themeValue = this.option('theme', this.theme, THEMES, 'light');
  }

  /**
   * A first render that throws (a bug, or a page that took away what the
   * widgets use, such as a polyfill that trims `Intl`) leaves the partner's
   * own content inside the element on screen (the embed snippets put the
   * emergency route there), never an empty box; the element then stays as
   * it is. A later update that throws keeps what is on screen.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      if (!this.hasUpdated) {
        this._failed = true;
        this.renderRoot.replaceChildren(document.createElement('slot'));
      }
      console.error(`<${this.localName}>:`, error);
    }
  }
  private _failed = false;

  protected override shouldUpdate(): boolean {
    return !this._failed;
  }

  protected override update(changed: PropertyValues): void {
    const focused = this.shadowRoot?.activeElement;
    super.update(changed);
    if (focused && (!focused.isConnected || focused.closest('[inert],[hidden]'))) this.focusLost(focused);
  }

  /**
   * The render took away, hid or made inert (a carousel's slide that is no
   * longer shown, a card's "more" a partner closed) the control the visitor
   * had focused: focus goes somewhere near in the element, not to the
   * page's body. Here, the element's root, focusable while it has focus.
   */
  protected focusLost(_control: Element): void {
    const root = this.renderRoot.querySelector<HTMLElement>('.root');
    if (!root) return;
    root.tabIndex = -1;
    root.addEventListener('blur', () => root.removeAttribute('tabindex'), { once: true });
    root.focus();
  }

  /** Classes for the element's `.root` wrapper. */
  protected get rootClass(): string {
    return `root theme-${this.themeValue}`;
  }

  /**
   * The element's children changed (see `connectedCallback`): the inline
   * document is read again if it is what changed (not for a partner's
   * call-to-action slot whose text changes).
   */
  protected childrenChanged(records: MutationRecord[]): void {
    if (touches(records, 'script')) this.requestUpdate();
  }

  /** A hidden slot for the inline content document. */
  protected contentSlot(): TemplateResult {
    return html`<slot name="content" hidden></slot>`;
  }
}
