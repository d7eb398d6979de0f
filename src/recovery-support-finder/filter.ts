import type { Audience, ContactMethod, Service } from '../content/types.js';
import { isLifeline, serves, servesAll } from '../shared/regions.js';
import { isOpen, minuteOfWeek, openState, type OpenState } from './opening-hours.js';

export const METHODS: ContactMethod[] = ['phone', 'sms', 'chat', 'email', 'web'];
export const AUDIENCES: Audience[] = ['all', 'adults', 'young-people', 'worried-about-someone'];

export interface Filters {
  /** Contact methods the visitor wants; empty means any. */
  methods: ContactMethod[];
  audience: Audience;
  openNow: boolean;
}

export interface Selection {
  /** Services that match, in the order to show them. */
  matches: Service[];
  /**
   * The region's 24/7 crisis services, when `matches` has none the visitor
   * can use: shown whatever the filters say, so a 24/7 option is always on
   * screen.
   */
  alwaysOpen: Service[];
  /** The list has a service for the region at all, whatever the filters. */
  listed: boolean;
}

/**
 * Is the service for this audience? Services for everyone always are, and
 * adults get the young people's services whose ages go past 18 (Papyrus
 * takes calls up to 34; Childline's last year, 18, does not count).
 */
export function forAudience(service: Service, audience: Audience): boolean {
  return (
    audience == 'all' ||
    service.audiences.includes('all') ||
    service.audiences.includes(audience) ||
    (audience == 'adults' && (service.ageRange?.[1] ?? 0) > 18)
  );
}

const clocks = new Map<string | undefined, [minute: number, weekMinute: number]>();

/**
 * The wall-clock minute of the week in `timeZone` (the browser's own when
 * undefined) at `now`. Each zone's clock is read once per minute, however
 * many services share it.
 */
export function clockAt(timeZone: string | undefined, now: number): number {
  const minute = Math.floor(now / 60_000);
  let clock = clocks.get(timeZone);
  if (clock?.[0] != minute) clocks.set(timeZone, (clock = [minute, minuteOfWeek(now, timeZone!)]));
  return clock[1];
}

/** Whether a service is open at `now`, on its zone's clock (see `clockAt`). */
export function stateAt(service: Service, now: number): OpenState {
  const hours = service.hours;
  if (!hours || 'alwaysOpen' in hours) return openState(hours, now);
  return openState(hours, now, clockAt(hours.timeZone, now));
}

const regionIndex = new WeakMap<Service[], Map<string, Service[]>>();

/** A region's services, worked out once per list of services and region. */
function inRegion(services: Service[], region: string): Service[] {
  let index = regionIndex.get(services);
  if (!index) regionIndex.set(services, (index = new Map()));
  let list = index.get(region);
  if (!list) index.set(region, (list = services.filter((s) => serves(s, region))));
  return list;
}

/**
 * The services to show for a region and filters, ordered: crisis services
 * first, and among them those meant for the chosen audience (young people
 * see Childline and Papyrus first), then the rest the same way, each group in
 * the order given (so a partner's merged services come before the defaults).
 * A chosen audience never puts a website or a weekday office line above the
 * crisis lines.
 * The first `page` services shown always hold a 24/7 crisis line when one
 * matches: past a partner's long list of weekday lines, the first moves up
 * to the last place of the first page (the same place however many pages
 * the visitor opens).
 * One pass, no sort and, unless "open now" is on, no clock: a change costs
 * about the same for 50 services as for 5,000.
 */
export function select(
  services: Service[],
  region: string,
  filters: Filters,
  now: number,
  fallback: Service[] = [],
  page = Infinity,
): Selection {
  const wanted = new Set(filters.methods);
  const groups: Service[][] = [[], [], [], []];
  const all = inRegion(services, region);
  for (const s of all) {
    if (
      forAudience(s, filters.audience) &&
      (!wanted.size || s.contacts.some((c) => wanted.has(c.method))) &&
      (!filters.openNow || isOpen(stateAt(s, now)))
    ) {
      groups[(s.crisis ? 0 : 2) + (filters.audience != 'all' && s.audiences.includes(filters.audience) ? 0 : 1)].push(s);
    }
  }
  const matches = groups.flat();
  // A 24/7 crisis line the visitor can use: for all of their region (not
  // England alone for the UK), and for them: for the audience they chose,
  // or for anyone of any age (not a young people's line, nor Childline,
  // for "Anyone").
  const usable = (s: Service) =>
    isLifeline(s) &&
    servesAll(s, region) &&
    ((s.audiences.includes('all') && !s.ageRange) || (filters.audience != 'all' && s.audiences.includes(filters.audience)));
  const always = (list: Service[], anyone: boolean) =>
    inRegion(list, region).filter((s) => isLifeline(s) && (anyone || forAudience(s, filters.audience)) && !matches.some((m) => m.id == s.id));
  // A partner list with no 24/7 line the visitor can use (services-mode="replace") still gets the built-in ones.
  const pick = (anyone: boolean) => {
    const own = always(services, anyone);
    return own.some(usable) ? own : [...own, ...always(fallback, anyone).filter((s) => !own.some((o) => o.id == s.id))];
  };
  // The 24/7 crisis line that keeps the first page safe, best first: one
  // that matches and that the visitor can use; else the region's lines
  // they can use, listed apart (an adult is not offered Childline); else
  // any that matches; else any of the region's. A 24/7 website or
  // information line is not a crisis line.
  let first = matches.findIndex(usable);
  const alwaysOpen = first < 0 ? pick(false) : [];
  if (first < 0 && !alwaysOpen.length && (first = matches.findIndex(isLifeline)) < 0) alwaysOpen.push(...pick(true));
  if (first >= page) matches.splice(page - 1, 0, ...matches.splice(first, 1));
  return { matches, alwaysOpen, listed: all.length > 0 };
}
