import { expect } from '@open-wc/testing';
import type { Hours } from '../src/content/types.js';
import { hoursText, statusText } from '../src/recovery-support-finder/describe.js';
import { dayRuns, formatTime, minuteOfWeek, openState, weekdayName } from '../src/recovery-support-finder/opening-hours.js';
import { strings } from '../src/recovery-support-finder/recovery-support-finder.strings.js';
import { translator } from '../src/shared/strings.js';

const london = (weekly: [string[], string, string][]): Hours => ({
  timeZone: 'Europe/London',
  weekly: weekly.map(([days, open, close]) => ({ days: days as never, open, close })),
});
const calm = london([[['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], '17:00', '24:00']]);
const mind = london([[['mon', 'tue', 'wed', 'thu', 'fri'], '09:00', '18:00']]);
const at = (iso: string) => new Date(iso).getTime();

describe('opening hours', () => {
  it('reads the wall clock in the service’s time zone, whatever the visitor’s', () => {
    // Thursday 26 November 2026, 16:30 UTC is 16:30 in London (GMT) and 11:30 in New York.
    expect(minuteOfWeek(at('2026-11-26T16:30:00Z'), 'Europe/London')).to.equal(3 * 1440 + 16 * 60 + 30);
    expect(minuteOfWeek(at('2026-11-26T16:30:00Z'), 'America/New_York')).to.equal(3 * 1440 + 11 * 60 + 30);
    // Midnight is 00:00 (never 24:00), and Sunday is the last day of the week.
    expect(minuteOfWeek(at('2026-11-29T00:00:00Z'), 'Europe/London')).to.equal(6 * 1440);
    expect(minuteOfWeek(at('2026-11-30T00:00:00Z'), 'Europe/London')).to.equal(0);
  });

  it('says 24/7 services are always open, and has nothing to say without hours', () => {
    expect(openState({ timeZone: 'Europe/London', alwaysOpen: true }, Date.now())).to.deep.equal({ kind: 'always' });
    expect(openState(null, Date.now())).to.deep.equal({ kind: 'none' });
  });

  it('opens at 17:00 and closes at midnight ("24:00")', () => {
    expect(openState(calm, at('2026-11-26T16:59:00Z'))).to.deep.equal({ kind: 'closed', at: 17 * 60, days: 0, day: 3 });
    expect(openState(calm, at('2026-11-26T17:00:00Z'))).to.deep.equal({ kind: 'open', until: 1440, days: 0, day: 3 });
    expect(openState(calm, at('2026-11-26T23:59:00Z'))).to.deep.equal({ kind: 'open', until: 1440, days: 0, day: 3 });
    expect(openState(calm, at('2026-11-27T00:00:00Z'))).to.deep.equal({ kind: 'closed', at: 17 * 60, days: 0, day: 4 });
  });

  it('follows British Summer Time: 16:30 UTC is 17:30 in July', () => {
    expect(openState(calm, at('2026-07-01T16:30:00Z')).kind).to.equal('open');
    expect(openState(calm, at('2026-07-01T15:59:00Z')).kind).to.equal('closed');
    expect(openState(calm, at('2026-01-07T16:30:00Z')).kind).to.equal('closed');
    // The clocks go forward at 01:00 UTC on Sunday 29 March 2026.
    expect(openState(calm, at('2026-03-29T16:00:00Z')).kind).to.equal('open');
    expect(openState(calm, at('2026-03-28T16:00:00Z')).kind).to.equal('closed');
    // And back at 01:00 UTC on Sunday 25 October 2026.
    expect(openState(calm, at('2026-10-25T16:30:00Z')).kind).to.equal('closed');
    expect(openState(calm, at('2026-10-24T16:30:00Z')).kind).to.equal('open');
  });

  it('follows daylight saving time in New York', () => {
    const office: Hours = { timeZone: 'America/New_York', weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:00' }] };
    // US clocks go forward on Sunday 8 March 2026: 13:00 UTC is 08:00 before, 09:00 after.
    expect(openState(office, at('2026-03-06T13:00:00Z'))).to.deep.equal({ kind: 'closed', at: 9 * 60, days: 0, day: 4 });
    expect(openState(office, at('2026-03-09T13:00:00Z'))).to.deep.equal({ kind: 'open', until: 17 * 60, days: 0, day: 0 });
    // ... and back on Sunday 1 November 2026.
    expect(openState(office, at('2026-11-02T13:30:00Z')).kind).to.equal('closed');
    expect(openState(office, at('2026-11-02T14:00:00Z')).kind).to.equal('open');
  });

  it('knows when a service closed today opens next: later today, tomorrow, or on a named day', () => {
    // Friday 27 November 2026, 18:00 in London: Mind has closed; it opens on Monday.
    expect(openState(mind, at('2026-11-27T18:00:00Z'))).to.deep.equal({ kind: 'closed', at: 9 * 60, days: 3, day: 0 });
    // Saturday: Monday is two days away.
    expect(openState(mind, at('2026-11-28T12:00:00Z'))).to.deep.equal({ kind: 'closed', at: 9 * 60, days: 2, day: 0 });
    // Sunday evening: tomorrow.
    expect(openState(mind, at('2026-11-29T20:00:00Z'))).to.deep.equal({ kind: 'closed', at: 9 * 60, days: 1, day: 0 });
    // Thursday 17:59: open until 18:00.
    expect(openState(mind, at('2026-11-26T17:59:00Z'))).to.deep.equal({ kind: 'open', until: 18 * 60, days: 0, day: 3 });
  });

  it('runs ranges past midnight, including past Sunday night into Monday', () => {
    const nights = london([
      [['fri', 'sat'], '22:00', '02:00'],
      [['sun'], '23:00', '01:00'],
    ]);
    // Friday 23:00: open until 02:00 tomorrow.
    expect(openState(nights, at('2026-11-27T23:00:00Z'))).to.deep.equal({ kind: 'open', until: 120, days: 1, day: 5 });
    // Saturday 01:00: still Friday night's range.
    expect(openState(nights, at('2026-11-28T01:00:00Z'))).to.deep.equal({ kind: 'open', until: 120, days: 0, day: 5 });
    // Monday 00:30: Sunday night's range, across the end of the week.
    expect(openState(nights, at('2026-11-30T00:30:00Z'))).to.deep.equal({ kind: 'open', until: 60, days: 0, day: 0 });
    // Monday 01:00: closed until Friday 22:00.
    expect(openState(nights, at('2026-11-30T01:00:00Z'))).to.deep.equal({ kind: 'closed', at: 22 * 60, days: 4, day: 4 });
  });

  it('joins touching ranges to find the real closing time, and calls a full week always open', () => {
    const evenings = london([
      [['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], '17:00', '24:00'],
      [['tue', 'wed', 'thu', 'fri', 'sat', 'sun'], '00:00', '02:00'],
    ]);
    expect(openState(evenings, at('2026-11-26T23:00:00Z'))).to.deep.equal({ kind: 'open', until: 120, days: 1, day: 4 });
    const allWeek = london([[['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], '00:00', '24:00']]);
    expect(openState(allWeek, at('2026-11-26T23:00:00Z'))).to.deep.equal({ kind: 'always' });
  });

  it('formats times and days in the visitor’s locale', () => {
    expect(formatTime(17 * 60, 'en-GB')).to.equal('17:00');
    expect(formatTime(9 * 60, 'en-GB')).to.equal('09:00');
    expect(formatTime(9 * 60 + 30, 'en-US').replace(/\s/g, ' ')).to.equal('9:30 AM');
    expect(weekdayName(0, 'en-GB')).to.equal('Monday');
    expect(weekdayName(6, 'de')).to.equal('Sonntag');
    expect(dayRuns(['mon', 'tue', 'wed', 'fri', 'sat', 'wed'])).to.deep.equal([[0, 2], [4, 5]]);
    // Round the end of the week: Friday to Monday, not "Monday, Friday to Sunday".
    expect(dayRuns(['fri', 'sat', 'sun', 'mon', 'wed'])).to.deep.equal([[4, 0], [2, 2]]);
    expect(dayRuns(['sun', 'mon'])).to.deep.equal([[6, 0]]);
    const t = translator('en-GB', strings)!;
    expect(hoursText(london([[['fri', 'sat', 'sun', 'mon', 'wed'], '22:00', '02:00']]), t, 'en-GB')).to.deep.equal(['Friday to Monday, Wednesday, 22:00 to 02:00']);
    expect(hoursText(calm, t, 'en-GB')).to.deep.equal(['Every day, 17:00 to midnight']);
    // A close written 00:00 is the same midnight, as the status says ("until midnight"); an opening at 00:00 is a time.
    expect(hoursText(london([[['mon'], '17:00', '00:00'], [['tue'], '00:00', '08:00']]), t, 'en-US')).to.deep.equal(['Monday, 5:00 PM to midnight', 'Tuesday, 12:00 AM to 8:00 AM']);
  });

  describe('in words', () => {
    const t = translator('en-GB', strings)!;
    const say = (hours: Hours, iso: string, sameDay = true) => statusText(openState(hours, at(iso)), t, 'en-GB', sameDay);

    it('names the closing day when a service stays open past midnight', () => {
      const weekend = london([
        [['fri'], '18:00', '24:00'],
        [['sat', 'sun'], '00:00', '24:00'],
        [['mon'], '00:00', '08:00'],
      ]);
      // Saturday noon: open until Monday morning.
      expect(say(weekend, '2026-11-28T12:00:00Z')).to.equal('Open now, until Monday at 08:00');
      expect(say(mind, '2026-11-26T12:00:00Z')).to.equal('Open now, until 18:00');
      expect(say(calm, '2026-11-26T20:00:00Z')).to.equal('Open now, until midnight');
    });

    it('says today, tomorrow, a weekday, or next weekday a week away', () => {
      expect(say(calm, '2026-11-26T12:00:00Z')).to.equal('Closed now. Opens today at 17:00');
      expect(say(mind, '2026-11-29T20:00:00Z')).to.equal('Closed now. Opens tomorrow at 09:00');
      expect(say(mind, '2026-11-27T18:00:00Z')).to.equal('Closed now. Opens Monday at 09:00');
      const mondays = london([[['mon'], '09:00', '10:00']]);
      expect(say(mondays, '2026-11-30T10:30:00Z')).to.equal('Closed now. Opens next Monday at 09:00');
    });

    it('names the day when it is another day for the visitor than for the service', () => {
      // Monday 20:00 in New York is Tuesday 01:00 in London: "today" would mean Monday to the visitor.
      expect(say(calm, '2026-11-24T01:00:00Z', false)).to.equal('Closed now. Opens Tuesday at 17:00');
      expect(say(mind, '2026-11-29T20:00:00Z', false)).to.equal('Closed now. Opens Monday at 09:00');
    });
  });
});
