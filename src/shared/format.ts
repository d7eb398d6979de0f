import { intl } from './intl.js';

/** Between the facts of a line ("Checked 25 November 2026 · Source"), never starting a new one. */
export const SEP = '\u00a0· ';

/** Formats an ISO date (`2026-11-25`) as a long date in `locale`, e.g. "25 November 2026". */
export function formatDate(iso: string, locale: string): string {
  return intl(Intl.DateTimeFormat, locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}
