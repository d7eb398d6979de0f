import type { Audience, ContactMethod, Service } from '../content/types.js';
import { serves } from '../shared/regions.js';
import { isOpen, minuteOfWeek, openState, type OpenState } from './opening-hours.js';

export const METHODS: ContactMethod[] = ['phone', 'sms', 'chat', 'email', 'web'];
export const AUDIENCES: Audience[] = ['all', 'adults', 'worried-about-someone', 'young-people'];

export interface Filters {
  /** Contact methods the visitor wants; empty means any. */
  methods: ContactMethod[];
  audience: Audience;
  openNow: boolean;
}

export interface Listing {
  service: Service;
  state: OpenState;
}

export interface Selection {
  /** Services that match, in the order to show them. */
  matches: Listing[];
  /**
   * The region's 24/7 crisis services, when `matches` has none: shown
   * whatever the filters say, so a 24/7 option is always on screen.
   */
  alwaysOpen: Listing[];
}

/** Is the service for this audience? Services for everyone always are. */
export function forAudience(service: Service, audience: Audience): boolean {
  return audience == 'all' || service.audiences.includes('all') || service.audiences.includes(audience);
}

/**
 * Open states for many services at one instant, reading the clock once per
 * time zone (5,000 services in three zones cost three `Intl` calls, not 5,000).
 */
export function statesAt(services: Service[], now: number): Map<Service, OpenState> {
  const byZone = new Map<string, number>();
  const states = new Map<Service, OpenState>();
  for (const s of services) {
    let minute: number | undefined;
    if (s.hours && !('alwaysOpen' in s.hours)) {
      minute = byZone.get(s.hours.timeZone);
      if (minute === undefined) byZone.set(s.hours.timeZone, (minute = minuteOfWeek(now, s.hours.timeZone)));
    }
    states.set(s, openState(s.hours, now, minute));
  }
  return states;
}

/**
 * The services to show for a region and filters, ordered: services meant for
 * the chosen audience first (young people see Childline, Papyrus and
 * selfharmUK first), then crisis services, then the rest, each group in the
 * order given (so a partner's merged services come before the defaults).
 */
export function select(services: Service[], region: string, filters: Filters, now: number, fallback: Service[] = []): Selection {
  const inRegion = services.filter((s) => serves(s, region));
  const states = statesAt(inRegion, now);
  const wanted = new Set(filters.methods);
  const rank = (s: Service) =>
    (filters.audience != 'all' && s.audiences.includes(filters.audience) ? 0 : 2) + (s.crisis ? 0 : 1);
  const matches = inRegion
    .filter(
      (s) =>
        forAudience(s, filters.audience) &&
        (!wanted.size || s.contacts.some((c) => wanted.has(c.method))) &&
        (!filters.openNow || isOpen(states.get(s)!)),
    )
    .map((service, order) => ({ service, state: states.get(service)!, order, rank: rank(service) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ service, state }) => ({ service, state }));
  if (matches.some((m) => m.state.kind == 'always')) return { matches, alwaysOpen: [] };
  const always = (list: Service[]) =>
    list.filter((s) => s.crisis && serves(s, region) && s.hours && 'alwaysOpen' in s.hours).map((service) => ({ service, state: { kind: 'always' } as const }));
  // A partner list with no 24/7 line (services-mode="replace") still gets the built-in ones.
  const own = always(inRegion);
  return { matches, alwaysOpen: own.length ? own : always(fallback) };
}
