/** The only URL schemes a partner's data may turn into a link. */
export const SAFE_SCHEMES = ['https:', 'http:', 'tel:', 'sms:', 'mailto:'] as const;

// C0 controls, DEL, and the invisible characters that hide a scheme from a reader.
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u2028\u2029\u2060\uFEFF]/;

/**
 * Returns `value` when it is an absolute URL with a safe scheme, or a
 * relative URL (`#support`, `/help`), which has no scheme to abuse;
 * otherwise `undefined`. Any control or invisible character rejects the
 * value outright, so `java\tscript:` and friends never reach the URL
 * parser's forgiving clean-up. `relative: false` refuses relative URLs.
 */
export function safeUrl(value: unknown, relative = true): string | undefined {
  if (typeof value !== 'string' || value.length > 2048 || INVISIBLE.test(value)) return undefined;
  const text = value.trim();
  if (!text) return undefined;
  if (!/^[a-z][a-z\d+.-]*:/i.test(text)) return relative ? text : undefined;
  try {
    return (SAFE_SCHEMES as readonly string[]).includes(new URL(text).protocol) ? text : undefined;
  } catch {
    return undefined;
  }
}

/** True for http(s) links that leave the page's origin (always, on a server). */
export function isExternal(href: string): boolean {
  return /^https?:/i.test(href) && new URL(href).origin != globalThis.location?.origin;
}
