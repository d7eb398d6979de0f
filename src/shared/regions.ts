import { contentLang } from '../content/lang.js';
import type { ContentDocument, Emergency, Helpline, Service } from '../content/types.js';
import { intl } from './intl.js';

/** Regions the built-in data covers. Partner data may add more. */
export const REGIONS = ['GB', 'GB-ENG', 'GB-SCT', 'GB-WLS', 'GB-NIR', 'IE', 'US', 'CA', 'AU', 'NZ'];

/**
 * The visitor's choice of region in a support finder, with the finder's
 * emergency entry for it: what a finder answers when an info card asks
 * (`REGION_QUERY`, dispatched on the document with an empty `Chosen` as its
 * detail, which a finder with a choice fills in).
 */
export interface Chosen {
  region?: string;
  emergency?: Emergency;
}
export const REGION_QUERY = 'recovery-region-query';
/** Dispatched on the document by a finder whose partner set its region over the visitor's choice: cards that followed the choice ask again. */
export const REGION_RESET = 'recovery-region-reset';

/** What a region looks like in a `recovery-region-change` event (`GB`, `GB-SCT`, `ZZ`). */
export const REGION_CODE = /^[A-Z]{2}(-[A-Z\d]{1,3})?$/;

/** `GB-SCT` → `GB`; a country is its own country. */
export const countryOf = (region: string): string => region.split('-')[0];

/** Every region the document knows: the built-in list plus its services' and emergency entries'. */
export function knownRegions(doc: ContentDocument): string[] {
  const more = new Set([...(doc.emergency ?? []).map((e) => e.region), ...(doc.services ?? []).flatMap((s) => s.regions)]);
  return [...REGIONS, ...[...more].filter((r) => !REGIONS.includes(r)).sort()];
}

/**
 * Does a service serve a region? A UK-wide service serves Scotland; when the
 * visitor chose the whole UK, a service for England alone is shown too (with
 * "England only").
 */
export function serves(service: Pick<Service, 'regions'>, region: string): boolean {
  return service.regions.some((r) => r == region || r == countryOf(region) || countryOf(r) == region);
}

/** The emergency entry for a region, else its country's. */
export function emergencyFor(doc: ContentDocument, region: string): Emergency | undefined {
  const list = doc.emergency ?? [];
  return list.find((e) => e.region == region) ?? list.find((e) => e.region == countryOf(region));
}

/**
 * A country the data does not cover (`DE`, `FR`), or a part of any country
 * (`DE-BY`): kept as the region, with the advice to call the local
 * emergency number, rather than replaced by another country whose number
 * would not work there.
 */
export const isCountry = (code: string): boolean => /^[A-Z]{2}$/.test(code) && code != 'ZZ' && !!regionNames().of(code);

/** The English names of regions, none for a code that has no region. */
const regionNames = () => intl(Intl.DisplayNames, 'en', { type: 'region', fallback: 'none' });
/** The same for languages. */
const languageNames = () => intl(Intl.DisplayNames, 'en', { type: 'language', fallback: 'none' });

/** The region of a `region` value that names none: no number, the advice to call the local one. */
export const ELSEWHERE = 'ZZ';

/**
 * The region an element shows for a (normalised) `region` value: a region
 * the content knows, or a part of a country it knows (`US-CA` is served as
 * the `US`); else a country or a part of one, kept; else `ELSEWHERE`. A
 * value that names no region we can read (`Québec`, `Deutschland`, a typo)
 * could be anywhere: the UK's 999 would not work in Canada or Germany,
 * while the advice to call the local number is right everywhere. `warn` is
 * called with the allowed values and the fallback for the last two; while
 * partner data is `waiting`, any code is kept as it is.
 */
export function regionOr(region: string, known: string[], waiting: boolean, warn: (allowed: string, fallback: string) => void): string {
  const part = CODE.test(region) && region.length > 2;
  // No verdict while partner data that may hold the region is on its way;
  // only a code can be one.
  if ((waiting && CODE.test(region)) || known.includes(region) || (part && known.includes(countryOf(region)))) return region;
  const country = isCountry(countryOf(region)) && (part || region.length == 2);
  warn(known.join(', ') + (country ? `, or add ${region} in partner data` : ''), 'the advice to call the local emergency number');
  return country ? region : ELSEWHERE;
}

/**
 * An element's region for its `region` attribute: none or blank is `GB`;
 * anything else is read (`normaliseRegion`) and judged (`regionOr`), and a
 * warning quotes it as the partner wrote it.
 */
export function regionFor(value: unknown, known: string[], waiting: boolean, warn: (value: string, allowed: string, fallback: string) => void): string {
  const written = String(value ?? '').trim();
  return written ? regionOr(normaliseRegion(written), known, waiting, (allowed, fallback) => warn(written, allowed, fallback)) : 'GB';
}

/**
 * Whether a partner's `region` value names `region` (the visitor's choice):
 * a page that keeps the choice in its own state sets it back, and that is
 * no new region of the partner's.
 */
export const names = (value: unknown, known: string[], region: string | undefined): boolean => regionFor(value, known, true, () => {}) == region;

const CODE = /^[A-Z]{2}(-[A-Z\d]{1,3})?$/;
// The covered countries' other names, and their languages' tags whose
// language is also a country's code (CY-GB is Welsh in the UK, not Cyprus).
const NAMES: Record<string, string> = {
  GBR: 'GB', 'GREAT BRITAIN': 'GB', BRITAIN: 'GB', 'CY-GB': 'GB', 'GD-GB': 'GB',
  ENGLAND: 'GB-ENG', SCOTLAND: 'GB-SCT', WALES: 'GB-WLS', 'NORTHERN IRELAND': 'GB-NIR',
  ENG: 'GB-ENG', SCT: 'GB-SCT', SCO: 'GB-SCT', WLS: 'GB-WLS', WAL: 'GB-WLS', CYM: 'GB-WLS', NIR: 'GB-NIR',
  IRL: 'IE', 'GA-IE': 'IE', USA: 'US', 'UNITED STATES OF AMERICA': 'US', AMERICA: 'US', 'ES-US': 'US',
  CAN: 'CA', 'FR-CA': 'CA', AUS: 'AU', NZL: 'NZ',
};
const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
/** English country names to codes, made the first time a value is not a code. */
let countries: Map<string | undefined, string> | undefined;

/**
 * Parse a region attribute forgivingly: trimmed, any case, `_` for `-`, and
 * `UK` (the name people write) for `GB`. A value that is not a code is read
 * as the country it names, so that `USA`, `Australia`, `en-AU` or
 * `US-New York` show that country's number rather than the default's: the
 * covered countries' three-letter codes, other names and language tags, the
 * UK's nations, English country names, and the country of a language tag or
 * a long subdivision.
 */
export function normaliseRegion(value: string): string {
  const trimmed = value.trim();
  const code = trimmed.toUpperCase().replace('_', '-').replace(/^UK\b/, 'GB');
  if (NAMES[code]) return NAMES[code];
  // pl-GB, written as a language tag is (a language, in lower case): Polish
  // in the UK, not a part of Poland. ES-CA, as a region is written: Cádiz.
  const tag = /^[a-z]{2}[-_][A-Z]{2}$/.test(trimmed) && !!languageNames().of(trimmed.slice(0, 2));
  // A code, but not a language tag (EN-AU).
  if (CODE.test(code) && !tag && (!code[2] || isCountry(countryOf(code)))) return code;
  const names = regionNames();
  // The first code with a name wins (GB, not its alias UK), made current below (DE, not the old DD).
  countries ??= new Map(LETTERS.flatMap((a) => LETTERS.map((b) => [names.of(a + b)?.toUpperCase(), a + b] as const)).reverse());
  const named = countries.get(code);
  if (named) return Intl.getCanonicalLocales(`und-${named}`)[0].slice(4);
  // EN-AU, FIL-PH, SR-LATN-RS: a language tag's region; US-NEW YORK: a country's long subdivision.
  let region: string | undefined;
  try {
    region = new Intl.Locale(code).region;
  } catch {
    // Not a language tag.
  }
  return [region, code[2] == '-' && countryOf(code)].find((c) => c && isCountry(c)) || code;
}

/** A crisis line open 24/7: the finder's results always hold one, the card's help strip offers one. */
export const isLifeline = (s: Service): boolean => s.crisis && !!s.hours && 'alwaysOpen' in s.hours;

/**
 * Free 24/7 crisis phone lines for anyone, in list order: what the info
 * card's help strip and the finder's line offer any reader ("free, 24
 * hours, every day"), so never Childline to an adult, nor a line for young
 * people, or for carers, to everyone. scripts/build-data.mjs makes the same choice for
 * the built-in data.
 */
export function toHelplines(services: Service[]): Helpline[] {
  return services.flatMap((s) => {
    const phone = s.contacts.find((c) => c.method == 'phone');
    const anyone = !s.ageRange && (!s.audiences?.length || s.audiences.includes('all'));
    if (!(s.free && anyone && isLifeline(s) && phone)) return [];
    const line = { id: s.id, name: s.name, regions: s.regions, phone, source: s.source, verifiedAt: s.verifiedAt };
    // In the language its service is written in, as the service is.
    const lang = contentLang.get(s);
    if (lang) contentLang.set(line, lang);
    return [line];
  });
}

/** Does a service serve all of a region: a UK-wide line Scotland, not an England-only line the UK? */
export const servesAll = (service: Pick<Service, 'regions'>, region: string): boolean =>
  service.regions.some((r) => r == region || r == countryOf(region));

/** A help strip's line for a region: one that serves all of it. */
export const lineFor = (lines: Helpline[], region: string): Helpline | undefined => lines.find((h) => servesAll(h, region));
