import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit, reportFailure, type RecoveryErrorDetail } from '../shared/events.js';
import { INLINE } from './inline.js';
import { markLang } from './lang.js';
import type { ContentDocument } from './types.js';
import { validateDocument } from './validate.js';

/** Warnings for records left out, at most: the rest are counted in one more. */
const MAX_WARNINGS = 20;

/** How long a `*-src` request may take before the built-in content is kept for good. */
export const loaderOptions = { timeout: 10_000, maxBytes: 5_000_000 };

class LoadError extends Error {
  constructor(
    message: string,
    readonly errors: string[] = [],
  ) {
    super(message);
  }
}

/**
 * Fetches a JSON document with no cookies, no referrer and a timeout. The
 * request is aborted when `signal` aborts (the element left the page).
 */
export async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, loaderOptions.timeout);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) throw new LoadError(`the server answered ${response.status} ${response.statusText}`.trim());
    return parseJson(await readText(response));
  } catch (error) {
    if (timedOut) throw new LoadError(`there was no answer within ${loaderOptions.timeout / 1000} s`);
    if (error instanceof LoadError || signal.aborted) throw error;
    throw new LoadError("the request failed (a network error, the server does not allow cross-origin requests, or the page's Content-Security-Policy connect-src does not allow this URL)");
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}

/**
 * The body as text, refused as soon as it passes `maxBytes`: a declared
 * length is checked before reading, and the stream is counted as it comes,
 * so an endless or huge answer never fills the visitor's memory.
 */
async function readText(response: Response): Promise<string> {
  const max = loaderOptions.maxBytes;
  const tooLarge = () => new LoadError(`it is larger than ${max} bytes`);
  if (Number(response.headers.get('content-length')) > max) throw tooLarge();
  // A 204 or 205 has no body at all: empty, and so not valid JSON.
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  for (let bytes = 0; ; ) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > max) {
      void reader.cancel();
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new LoadError('it is not valid JSON');
  }
}

/**
 * Validates a parsed document; throws a `LoadError` naming each bad field.
 * Records with problems are left out, the rest kept: one warning per record
 * left out, with all its problems, for the first MAX_WARNINGS records
 * (10,000 broken records must not bury the console), and one
 * `recovery-error` naming them all: a partner's crisis line that vanished
 * shows in their monitoring, not only in a visitor's console.
 */
function accept(input: unknown, host: HTMLElement, source: Source, url?: string): ContentDocument {
  const { document, errors, leftOut } = validateDocument(input);
  if (!document) throw new LoadError('it is not a valid content document', errors);
  const warn = (message: string) => console.warn(`<${host.localName}>: ${message}`);
  leftOut.slice(0, MAX_WARNINGS).forEach((problems) => warn(`left out ${problems.join('; ')}`));
  if (leftOut.length > MAX_WARNINGS) warn(`left out ${leftOut.length - MAX_WARNINGS} more records with problems (${leftOut.length} in all)`);
  if (leftOut.length) {
    const reason = `left out ${leftOut.length} record${leftOut.length > 1 ? 's' : ''} with problems; the rest are used`;
    emit(host, 'recovery-error', { source, ...(url && { url }), reason, errors: leftOut.flat() });
  }
  markLang(document);
  return document;
}

export type Source = RecoveryErrorDetail['source'];

/**
 * Loads a partner's content document for an element, from an inline
 * `<script type="application/json" slot="content">` child (no request) or a
 * URL attribute. On any failure it logs one `console.error`, fires
 * `recovery-error`, and leaves `document` undefined, so the element goes on
 * showing its built-in content. A document from the URL wins over the inline
 * one once it has loaded.
 */
export class DocumentLoader implements ReactiveController {
  /** The partner's document once it has loaded and validated. */
  document?: ContentDocument;
  private _url?: string;
  private _abort?: AbortController;
  /** The element left the page while a request was in flight: ask again when it is back. */
  private _interrupted = false;
  private _inline?: ContentDocument;
  private _inlineText?: string;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _source: Exclude<Source, 'inline'>,
    private readonly _readsInline = false,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    this.syncInline();
    // Re-attached after leaving mid-request: ask again (not after a request
    // that finished, or failed and was reported).
    if (this._interrupted && this._url) this._load(this._url);
    this._interrupted = false;
  }

  hostDisconnected(): void {
    this._interrupted = !!this._abort;
    this._abort?.abort();
    this._abort = undefined;
  }

  /** A request is in flight. */
  get loading(): boolean {
    return Boolean(this._abort);
  }

  /** Call on every update with the current attribute value: loads when it changes. */
  setUrl(value: string | null | undefined): void {
    const url = value?.trim() || undefined;
    if (url === this._url) return;
    this._url = url;
    this._abort?.abort();
    this._abort = undefined;
    // A new URL: the document on screen stays until the next one is here (a
    // language switch does not flash the built-in English), or fails.
    if (!url) this.document = this._inline;
    // Lit updates an element off the page too: load the new URL when it is back.
    if (url && this._host.isConnected) this._load(url);
    else if (url) this._interrupted = true;
  }

  /** Reads the inline document when it appears or its text changes (the parser may add it after upgrade). */
  syncInline(): void {
    if (!this._readsInline) return;
    const text = this._host.querySelector(INLINE)?.textContent ?? undefined;
    if (text === this._inlineText) return;
    this._inlineText = text;
    const fromUrl = this.document && this.document !== this._inline;
    this._inline = undefined;
    if (text !== undefined) {
      try {
        this._inline = accept(parseJson(text), this._host, 'inline');
      } catch (error) {
        this._fail('inline', undefined, error as LoadError);
      }
    }
    if (!fromUrl) this.document = this._inline;
    this._host.requestUpdate();
  }

  private async _load(url: string): Promise<void> {
    const abort = (this._abort = new AbortController());
    try {
      const json = await fetchJson(new URL(url, document.baseURI).href, abort.signal);
      if (abort.signal.aborted) return;
      this.document = accept(json, this._host, this._source, url);
      this._host.requestUpdate();
    } catch (error) {
      if (abort.signal.aborted) return;
      this.document = this._inline;
      this._fail(this._source, url, error as LoadError);
      // No longer loading: an element that waited for this document decides again (the finder's region).
      this._host.requestUpdate();
    } finally {
      if (this._abort === abort) this._abort = undefined;
    }
  }

  private _fail(source: Source, url: string | undefined, error: Error & { errors?: string[] }): void {
    reportFailure(this._host, source, url, error.message, error.errors);
  }
}
