import { html } from 'lit';
import type { Quote } from '../content/types.js';

/**
 * A quote's attribution, linked to where the quote was published: the
 * attribution itself when it already names the publication (as the built-in
 * quotes do), else the publication's title after it, in a `<cite>`.
 */
export function attribution(q: Quote, link: (url: string, text: string) => unknown): unknown {
  const source = q.source;
  // The validator let only http(s) URLs through; checked again where it is used.
  if (!source || !/^https?:\/\/\S+$/i.test(source.url)) return q.attribution;
  return q.attribution.includes(source.title) ? link(source.url, q.attribution) : html`${q.attribution}, <cite>${link(source.url, source.title)}</cite>`;
}
