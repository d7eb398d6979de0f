/**
 * The language of each topic, service and emergency entry, as the document
 * it came from says (`"lang"`): a partner's French services under the
 * widgets' English strings are marked `lang="fr"`, and the built-in English
 * content under a partner's Welsh strings `lang="en-GB"`, so a screen reader
 * reads each in its own voice. Set when a document is accepted.
 */
export const contentLang = new WeakMap<object, string>();

/** Marks what `doc` holds (and `more` beside it) as written in its `lang`, and returns it. */
export function markLang<T extends { lang?: string; topics?: object[]; services?: object[]; emergency?: object[] }>(doc: T, more: object[] = []): T {
  const lang = doc.lang;
  if (lang) for (const item of [...(doc.topics ?? []), ...(doc.services ?? []), ...(doc.emergency ?? []), ...more]) contentLang.set(item, lang);
  return doc;
}
