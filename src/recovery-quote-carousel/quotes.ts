import { bare } from '../content/bare.js';
import { contentLang } from '../content/lang.js';
import type { Quote } from '../content/types.js';

const ATTRIBUTION = 'cite, footer, figcaption';

/**
 * Reads the quotes a partner wrote as children: `<blockquote>` (with a
 * `<cite>` or `<footer>` inside for the attribution) or
 * `<figure><blockquote>…</blockquote><figcaption>…</figcaption></figure>`.
 * Text only: nothing the partner wrote is rendered as HTML. Each quote
 * keeps its language (the nearest `lang`), as a document's content does.
 */
export function readQuotes(host: Element): Quote[] {
  const quotes: Quote[] = [];
  for (const child of Array.from(host.children)) {
    const block = child.localName == 'blockquote' ? child : child.localName == 'figure' ? child.querySelector('blockquote') : null;
    if (!block) continue;
    const copy = block.cloneNode(true) as Element;
    copy.querySelectorAll(ATTRIBUTION).forEach((n) => n.remove());
    const text = clean(copy.textContent);
    if (!text) continue;
    const quote = { text, attribution: clean(child.querySelector(ATTRIBUTION)?.textContent).replace(/^[\u2014\u2013-]\s*/, '') };
    const lang = block.closest('[lang]')?.getAttribute('lang');
    if (lang) contentLang.set(quote, lang);
    quotes.push(quote);
  }
  return bare(quotes);
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
