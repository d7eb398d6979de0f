import type { Hours } from '../content/types.js';
import type { Translate } from '../shared/strings.js';
import { dayRuns, formatTime, minutes, weekdayName, type OpenState } from './opening-hours.js';

const time = (minute: number, t: Translate, locale: string) => (minute == 1440 ? t('midnight') : formatTime(minute, locale));

/**
 * "Open now, until 18:00", "Open now, until Monday at 08:00", "Closed now.
 * Opens tomorrow at 09:00", … or '' when the service has no hours. Times and
 * days are the service's own. `sameDay`: it is the same weekday for the
 * visitor; when it is not (a visitor in New York on Monday evening, a London
 * service already in Tuesday), "today" and "tomorrow" would mislead, so the
 * day is named.
 */
export function statusText(state: OpenState, t: Translate, locale: string, sameDay = true): string {
  switch (state.kind) {
    case 'always':
      return t('openAlways');
    case 'open': {
      const until = time(state.until, t, locale);
      return state.days ? t('openUntilDay', { day: weekdayName(state.day, locale), time: until }) : t('openUntil', { time: until });
    }
    case 'closed': {
      const at = time(state.at, t, locale);
      const day = weekdayName(state.day, locale);
      // A week away: the same weekday as today, so "next".
      if (state.days >= 7) return t('opensNext', { day, time: at });
      if (sameDay && state.days < 2) return t(state.days ? 'opensTomorrow' : 'opensToday', { time: at });
      return t('opensOn', { day, time: at });
    }
    default:
      return '';
  }
}

/**
 * One line per range: "Every day, 17:00 to midnight" (a close written 24:00
 * or 00:00), "Monday to Friday, 09:00 to 18:00".
 */
export function hoursText(hours: Hours | null, t: Translate, locale: string): string[] {
  if (!hours || 'alwaysOpen' in hours) return [];
  return hours.weekly.map((range) => {
    const runs = dayRuns(range.days);
    const days =
      runs.length == 1 && runs[0][0] == 0 && runs[0][1] == 6
        ? t('everyDay')
        : runs
            .map(([from, to]) =>
              from == to ? weekdayName(from, locale) : t('dayRange', { from: weekdayName(from, locale), to: weekdayName(to, locale) }),
            )
            .join(', ');
    return `${days}, ${t('timeRange', { from: time(minutes(range.open), t, locale), to: time(minutes(range.close) || 1440, t, locale) })}`;
  });
}
