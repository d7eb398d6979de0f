/** The only URL schemes a partner's data may turn into a link. */
export const SAFE_SCHEMES = ['https:', 'http:', 'tel:', 'sms:', 'mailto:'] as const;

// C0 controls, DEL, and the invisible characters that hide a scheme from a reader.
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u2028\u2029\u2060\uFEFF]/;

/**
 * Returns `value` when it is an absolute URL with a safe scheme, or a relative
 * URL resolved against `base`; otherwise `undefined`. Any control or invisible
 * character rejects the value outright, so `java\tscript:` and friends never
 * reach the URL parser's forgiving clean-up.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.length > 2048 || INVISIBLE.test(value)) return undefined;
  const text = value.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return undefined;
  }
  if (!(SAFE_SCHEMES as readonly string[]).includes(url.protocol)) return undefined;
  // Keep absolute values as written (`tel:0800 1111` stays readable in the DOM);
  // resolve relative ones so the link works wherever the element is.
  return /^[a-z][a-z\d+.-]*:/i.test(text) ? text : url.href;
}

/** True for links that leave the partner's site (http and https only). */
export function isWebUrl(href: string): boolean {
  return /^https?:/i.test(href);
}
