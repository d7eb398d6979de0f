import type { Hours } from '../content/types.js';
import type { Translate } from '../shared/strings.js';
import { dayRuns, formatTime, minutes, weekdayName, type OpenState } from './opening-hours.js';

const time = (minute: number, t: Translate, locale: string) => (minute == 1440 ? t('midnight') : formatTime(minute, locale));

/** "Open now, until 18:00", "Closed now. Opens tomorrow at 09:00", … or '' when the service has no hours. */
export function statusText(state: OpenState, t: Translate, locale: string): string {
  switch (state.kind) {
    case 'always':
      return t('openAlways');
    case 'open':
      return t('openUntil', { time: time(state.until, t, locale) });
    case 'closed': {
      const at = time(state.at, t, locale);
      if (state.days == 0) return t('opensToday', { time: at });
      if (state.days == 1) return t('opensTomorrow', { time: at });
      return state.days < 7 ? t('opensOn', { day: weekdayName(state.day, locale), time: at }) : t('closed');
    }
    default:
      return '';
  }
}

/** One line per range: "Every day, 17:00 to midnight", "Monday to Friday, 09:00 to 18:00". */
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
    return `${days}, ${t('timeRange', { from: time(minutes(range.open), t, locale), to: time(minutes(range.close), t, locale) })}`;
  });
}
