// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Formatter<T> = new (locale?: string | string[], options?: any) => T;

const cache = new Map<string, unknown>();

/**
 * One `Intl` formatter per constructor, locale and options, for the life of
 * the page: building one costs far more than using it (the first
 * NumberFormat in a renderer takes milliseconds), and every element and every
 * update asks for the same few.
 */
export function intl<T>(ctor: Formatter<T>, locale?: string, options?: object): T {
  const key = `${ctor.name} ${locale} ${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  // A language the browser has no data for (Chromium has none for Welsh
  // dates) is written in the built-in strings' British English, not the
  // browser's default (American: "November 25, 2026", "9:00 AM").
  if (!formatter) cache.set(key, (formatter = new ctor(locale && [locale, 'en-GB'], options)));
  return formatter;
}
