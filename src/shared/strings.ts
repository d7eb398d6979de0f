import { bare } from '../content/bare.js';
import { intl } from './intl.js';

/**
 * Interface strings. Each element has its own table of British English
 * strings (`*.strings.ts`), so an element ships only its own. A content
 * document can override any of them (`"strings": {"finderTitle": "…"}`) and
 * say which language they are in (`"lang": "cy"`). Placeholders are
 * `{name}`; a key with `.one`/`.other` (or any other CLDR plural category)
 * is chosen with `Intl.PluralRules` from `{n}`.
 */
export type Table = Record<string, string>;

/** `results` for the keys `results.one` and `results.other`. */
type PluralKey<T> = { [K in keyof T]: K extends `${infer Base}.other` ? Base : never }[keyof T];

export type Translate<T extends Table = Table> = (
  key: Extract<keyof T, string> | PluralKey<T> | `${string}.${string}`,
  vars?: Record<string, string | number>,
) => string;

/** The language of the built-in strings and content. */
export const DEFAULT_LANG = 'en-GB';

/** Languages written right to left, by primary subtag (styles.ts lists them too, for marked content). */
export const RTL_LANGS = ['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi'];

export const primary = (tag: string) => tag.split('-')[0].toLowerCase();

/**
 * The language an element is asked to speak: its own `lang`, else the
 * nearest `lang` up the tree (through shadow roots), else `en-GB`. Invalid
 * tags are skipped.
 */
export function requestedLang(el: Element): string {
  for (let node: Node | null = el; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    const tag = (node as Element).getAttribute?.('lang')?.trim();
    if (tag) {
      try {
        return Intl.getCanonicalLocales(tag)[0];
      } catch {
        /* not a language tag: look further up */
      }
    }
  }
  return DEFAULT_LANG;
}

/**
 * The language the element really shows: the requested one when the strings
 * are in that language and it names a variety (`en-US` keeps its own date
 * format), else the strings' own, so that `lang` on our markup never lies
 * to a screen reader. A bare `en` (how nhs.uk and GOV.UK mark their pages)
 * is the strings' `en-GB`: `Intl` would read it as American, and write
 * "November 25, 2026" and "6:00 PM" for a UK helpline.
 */
export function shownLang(requested: string, stringsLang = DEFAULT_LANG): string {
  return primary(requested) == primary(stringsLang) && requested.includes('-') ? requested : stringsLang;
}

/** A plural form's key: `results.one`, `results.few`. */
const PLURAL = /\.(zero|one|two|few|many|other)$/;

/** A string's placeholders, in order of name: `{n},{number}`. */
const placeholders = (text: string) => text.match(/\{\w+\}/g)?.sort().join() ?? '';

/**
 * `overrides` (a document's `strings`) replace the table's, except where one
 * does not have the placeholders of the string it replaces: "Ffoniwch
 * {rhif}" or "Ffoniwch" for "Call {number}" would put an emergency button on
 * screen with no number. Such a one is left out (`refused` hears of it) and
 * the built-in string stays. `{n}` may be left out (Welsh "un
 * gwasanaeth"); a plural form is held to the table's `.other`. In another
 * language than English, a table with a key left out or refused gives no
 * translator (`lacking` hears which keys): the caller speaks English.
 */
export function translator<T extends Table>(
  lang: string,
  table: T,
  overrides: Table = {},
  refused?: (key: string, value: string, wanted: string) => void,
  lacking?: (keys: string[]) => void,
): Translate<T> | undefined {
  const kept: Table = {};
  // Own keys only: a page's polluted Object.prototype is no partner's translation.
  for (const [key, value] of Object.entries(overrides)) {
    const base = String(table[key] ?? table[key.replace(/(\.\w+)?$/, '.other')] ?? value);
    const has = placeholders(value);
    // Only a plural form may leave out its `{n}`: "Dyfyniad o {total}" for each slide would name them all alike.
    if (has == placeholders(base) || (PLURAL.test(key) && has == placeholders(base.replace('{n}', '')))) kept[key] = value;
    else refused?.(key, value, placeholders(base));
  }
  // Strings in another language than the table's are whole, or not used:
  // an English one left among Welsh ones would be read by a Welsh voice,
  // under lang="cy" (a plural needs its `.other`, at least: the tables'
  // plurals are English, `.one` and `.other`).
  const missing = primary(lang) == 'en' ? undefined : Object.keys(table).filter((key) => !kept[key.replace(/\.one$/, '.other')]);
  if (missing?.length) return void lacking?.(missing);
  // No prototype: `results` is looked up before `results.other`. In another
  // language, the partner's strings alone: Welsh with no `results.one` says
  // "1 gwasanaeth" by its `.other`, not the table's English "1 service".
  const all: Table = bare(missing ? kept : { ...table, ...kept });
  // English needs no Intl for "1 of 2" or "7 services": building the first
  // PluralRules or NumberFormat in a page costs milliseconds.
  const english = primary(lang) == 'en';
  return (key, vars) => {
    let template = all[key];
    const n = vars?.n;
    if (template === undefined && typeof n == 'number') {
      template = all[`${key}.${english ? (n == 1 ? 'one' : 'other') : intl(Intl.PluralRules, lang).select(n)}`] ?? all[`${key}.other`];
    }
    return (template ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = vars?.[name];
      return value === undefined
        ? whole
        : typeof value != 'number'
          ? value
          : english && value < 1000
            ? String(value)
            : intl(Intl.NumberFormat, lang).format(value);
    });
  };
}
