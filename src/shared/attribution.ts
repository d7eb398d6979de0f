import { html } from 'lit';
import type { Quote } from '../content/types.js';
import { safeUrl } from './safe-url.js';

/**
 * A quote's attribution, linked to where the quote was published: the
 * attribution itself when it already names the publication (as the built-in
 * quotes do), else the publication's title after it, in a `<cite>`.
 */
export function attribution(q: Quote, link: (url: string, text: string) => unknown): unknown {
  const source = q.source;
  const url = source && safeUrl(source.url, false);
  if (!url) return q.attribution;
  return q.attribution.includes(source.title) ? link(url, q.attribution) : html`${q.attribution}, <cite>${link(url, source.title)}</cite>`;
}
