import { bare } from '../content/bare.js';
import type { Quote } from '../content/types.js';

const ATTRIBUTION = 'cite, footer, figcaption';

/**
 * Reads the quotes a partner wrote as children: `<blockquote>` (with a
 * `<cite>` or `<footer>` inside for the attribution) or
 * `<figure><blockquote>…</blockquote><figcaption>…</figcaption></figure>`.
 * Text only: nothing the partner wrote is rendered as HTML.
 */
export function readQuotes(host: Element): Quote[] {
  const quotes: Quote[] = [];
  for (const child of Array.from(host.children)) {
    const block = child.localName == 'blockquote' ? child : child.localName == 'figure' ? child.querySelector('blockquote') : null;
    if (!block) continue;
    const copy = block.cloneNode(true) as Element;
    copy.querySelectorAll(ATTRIBUTION).forEach((n) => n.remove());
    const text = clean(copy.textContent);
    const by = child.querySelector(ATTRIBUTION);
    if (text) quotes.push({ text, attribution: clean(by?.textContent).replace(/^[\u2014\u2013-]\s*/, '') });
  }
  return bare(quotes);
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
