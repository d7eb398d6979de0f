import type { Day, Hours, WeeklyRange } from '../content/types.js';
import { intl } from '../shared/intl.js';

/**
 * Opening hours, computed in the service's own time zone: the visitor's
 * clock and UTC offsets never enter the sum, so daylight-saving changes in
 * London or New York are handled by `Intl`, not by us.
 */
export const DAYS: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY = 1440;
const WEEK = 7 * DAY;

export type OpenState =
  /** Open 24 hours, every day. */
  | { kind: 'always' }
  /** Open now; closes at `until` (minutes after midnight, 1440 = midnight), `days` days from today, on weekday `day` (0 = Monday). */
  | { kind: 'open'; until: number; days: number; day: number }
  /** Closed now; opens at `at` (minutes after midnight), `days` days from today (0 = later today). */
  | { kind: 'closed'; at: number; days: number; day: number }
  /** No opening hours (a website, a course). */
  | { kind: 'none' };

const WEEKDAY: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

/** The wall-clock minute of the week (0 = Monday 00:00) at `date` in `timeZone`. */
export function minuteOfWeek(date: Date | number, timeZone: string): number {
  const clock = intl(Intl.DateTimeFormat, 'en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  let day = 0;
  let minute = 0;
  for (const part of clock.formatToParts(date)) {
    if (part.type == 'weekday') day = WEEKDAY[part.value];
    else if (part.type == 'hour') minute += 60 * Number(part.value);
    else if (part.type == 'minute') minute += Number(part.value);
  }
  return day * DAY + minute;
}

export const minutes = (hhmm: string) => 60 * Number(hhmm.slice(0, 2)) + Number(hhmm.slice(3, 5));

const cache = new WeakMap<WeeklyRange[], [number, number][]>();

/** Open intervals as [start, end) minutes of the week; a range that closes at or before it opens runs past midnight. */
export function intervals(weekly: WeeklyRange[]): [number, number][] {
  let list = cache.get(weekly);
  if (!list) {
    list = [];
    for (const range of weekly) {
      const open = minutes(range.open);
      let close = minutes(range.close);
      if (close <= open) close += DAY;
      for (const day of range.days) list.push([DAYS.indexOf(day) * DAY + open, DAYS.indexOf(day) * DAY + close]);
    }
    cache.set(weekly, list);
  }
  return list;
}

/** Minutes left in the range that contains minute-of-week `m`, counting ranges that run past Sunday midnight; 0 if none. */
function left(list: [number, number][], m: number): number {
  for (const [start, end] of list) {
    if (start <= m && m < end) return end - m;
    if (start <= m + WEEK && m + WEEK < end) return end - m - WEEK;
  }
  return 0;
}

/**
 * Whether a service is open at `now`, when it closes, or when it next opens.
 * `weekMinute` lets a caller that checks many services share one clock
 * reading per time zone.
 */
export function openState(hours: Hours | null | undefined, now: Date | number, weekMinute?: number): OpenState {
  if (!hours) return { kind: 'none' };
  if ('alwaysOpen' in hours) return { kind: 'always' };
  const list = intervals(hours.weekly);
  const t = weekMinute ?? minuteOfWeek(now, hours.timeZone);
  const today = t - (t % DAY);
  if (left(list, t)) {
    // Follow touching ranges (17:00–24:00, then 00:00–02:00) to the real closing time.
    let end = t;
    for (let step; (step = left(list, end % WEEK)); ) {
      end += step;
      if (end - t >= WEEK) return { kind: 'always' };
    }
    const until = end - today;
    const days = Math.ceil(until / DAY) - 1;
    return { kind: 'open', until: until - days * DAY, days, day: (today / DAY + days) % 7 };
  }
  let wait = WEEK;
  for (const [start] of list) wait = Math.min(wait, (start - t + WEEK) % WEEK);
  const at = t - today + wait;
  const days = Math.floor(at / DAY);
  return { kind: 'closed', at: at - days * DAY, days, day: (today / DAY + days) % 7 };
}

/** True when the service can be reached now (open, or open all the time). */
export const isOpen = (state: OpenState) => state.kind == 'open' || state.kind == 'always';

/** A wall-clock time in the visitor's locale format: `09:00` in en-GB, `9:00 AM` in en-US. */
export function formatTime(minute: number, locale: string): string {
  return intl(Intl.DateTimeFormat, locale, { timeStyle: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1, 0, minute));
}

/** A weekday name in `locale` (0 = Monday). */
export function weekdayName(day: number, locale: string, style: 'long' | 'short' = 'long'): string {
  // 1 January 2024 was a Monday.
  return intl(Intl.DateTimeFormat, locale, { weekday: style, timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + day));
}

/** Groups days into runs: mon–fri, sun → [[0, 4], [6, 6]]; a run past Sunday comes first: fri–mon, wed → [[4, 0], [2, 2]]. */
export function dayRuns(days: Day[]): [number, number][] {
  const sorted = [...new Set(days.map((d) => DAYS.indexOf(d)))].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const d of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] == d - 1) last[1] = d;
    else runs.push([d, d]);
  }
  if (runs.length > 1 && runs[0][0] == 0 && runs[runs.length - 1][1] == 6) runs.unshift([runs.pop()![0], runs.shift()![1]]);
  return runs;
}

/**
 * The name of `timeZone` in `locale` for visitors in another zone, one that
 * holds all year ("United Kingdom Time", "Eastern Time"): "BST" read on a
 * Saturday would be wrong for Sunday's opening after the clocks go back.
 */
export function zoneName(timeZone: string, locale: string, now: Date | number): string {
  return (
    intl(Intl.DateTimeFormat, locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(now).find((p) => p.type == 'timeZoneName')?.value ??
    timeZone
  );
}
