import { bare } from '../content/bare.js';
import { contentLang } from '../content/lang.js';
import type { Quote } from '../content/types.js';
import { requestedLang } from '../shared/strings.js';

/** Where one line of text ends and another begins: a space between them when read as text. */
const BREAKS = 'br,p,div,li,dt,dd,td,th';

/**
 * Reads the quotes a partner wrote as children: `<blockquote>` (its
 * attribution in a `<footer>` of its own, or a `<cite>` that ends it, as
 * WordPress writes it) or
 * `<figure><blockquote>…</blockquote><figcaption>…</figcaption></figure>`.
 * A `<cite>` inside the words names a work, and stays in them. Text only:
 * nothing the partner wrote is rendered as HTML, and paragraphs and line
 * breaks become spaces (a framework writes none between them). Each quote
 * keeps its language (the nearest `lang`), as a document's content does.
 */
export function readQuotes(host: Element): Quote[] {
  const quotes: Quote[] = [];
  for (const child of Array.from(host.children)) {
    const block = child.localName == 'blockquote' ? child : child.localName == 'figure' ? child.querySelector('blockquote') : null;
    if (!block) continue;
    const copy = block.cloneNode(true) as Element;
    let own = copy.querySelector(':scope > footer, :scope > cite:last-child');
    // A <cite> with words after it is in the words ("Reading <cite>…</cite>
    // helped me"); a framework's comments after it are no words.
    for (let n = own?.localName == 'cite' ? own.nextSibling : null; n; n = n.nextSibling) if (n.nodeType == 3 && n.textContent!.trim()) own = null;
    own?.remove();
    copy.querySelectorAll(BREAKS).forEach((n) => (n.before(' '), n.after(' ')));
    const text = clean(copy.textContent);
    if (!text) continue;
    const by = (block != child && child.querySelector(':scope > figcaption')) || own;
    const quote = { text, attribution: clean(by?.textContent).replace(/^[\u2014\u2013-]\s*/, '') };
    // Its nearest lang, up through a host component's shadow root too.
    contentLang.set(quote, requestedLang(block));
    quotes.push(quote);
  }
  return bare(quotes);
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
