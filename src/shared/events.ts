/**
 * Dispatches a `recovery-*` event that bubbles out of the shadow root, so a
 * partner can listen on the element or on `document`. Only call this for
 * something the visitor did (or for a load error), never for a property a
 * partner set.
 */
export function emit<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** Detail of `recovery-error`. */
export interface RecoveryErrorDetail {
  /** Which input failed: an inline `<script type="application/json">`, `content-src` or `services-src`. */
  source: 'inline' | 'content-src' | 'services-src';
  /** The URL that failed, when there is one. */
  url?: string;
  /** One sentence that says what went wrong. */
  reason: string;
  /** Path-named validation errors, e.g. `services[3].contacts[0].href: must be …`. */
  errors: string[];
}

/**
 * A partner document that cannot be used: one `console.error` naming the
 * element, the input and why (with the first 20 path-named errors), and one
 * `recovery-error`. The caller keeps the built-in content on screen.
 */
export function reportFailure(host: HTMLElement, source: RecoveryErrorDetail['source'], url: string | undefined, reason: string, errors: string[] = []): void {
  console.error(
    `<${host.localName}>: could not use ${url ? `${source} "${url}"` : 'the inline content document'}: ${reason}${errors.length ? `:\n  ${errors.slice(0, 20).join('\n  ')}` : ''}\nShowing the built-in content instead.`,
  );
  emit(host, 'recovery-error', { source, ...(url && { url }), reason, errors });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'recovery-error': CustomEvent<RecoveryErrorDetail>;
  }
}
