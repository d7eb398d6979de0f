// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Formatter<T> = new (locale?: string, options?: any) => T;

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
  if (!formatter) cache.set(key, (formatter = new ctor(locale, options)));
  return formatter;
}
