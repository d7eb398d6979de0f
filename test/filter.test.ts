import { expect } from '@open-wc/testing';
import { services } from '../src/content/builtin-services.js';
import type { Service } from '../src/content/types.js';
import { select, type Filters } from '../src/recovery-support-finder/filter.js';

const any: Filters = { methods: [], audience: 'all', openNow: false };
// Thursday 26 November 2026: 10:00 and 20:00 in London.
const morning = Date.UTC(2026, 10, 26, 10);
const evening = Date.UTC(2026, 10, 26, 20);
const ids = (list: Service[]) => list.map((s) => s.id);

describe('filtering and ordering services', () => {
  it('lists a region’s services, crisis lines first, in data order', () => {
    const { matches } = select(services, 'GB', any, morning);
    expect(ids(matches)).to.deep.equal([
      'samaritans', 'shout', 'nhs-111-mental-health', 'childline', 'papyrus-hopelineuk',
      'calm', 'mind-infoline', 'nhs-talking-therapies', 'selfharmuk', 'harmless',
    ]);
  });

  it('keeps a nation to its own services and the UK-wide ones', () => {
    const scotland = ids(select(services, 'GB-SCT', any, morning).matches);
    expect(scotland).not.to.include('nhs-111-mental-health');
    expect(scotland).not.to.include('mind-infoline');
    expect(scotland).to.include('samaritans');
    expect(ids(select(services, 'GB-WLS', any, morning).matches)).to.include('mind-infoline');
    expect(ids(select(services, 'IE', any, morning).matches)).to.deep.equal(['samaritans', 'pieta']);
    expect(ids(select(services, 'US', any, morning).matches)).to.deep.equal(['988-lifeline', 'crisis-text-line-us']);
  });

  it('puts young people’s crisis lines first without hiding the other 24/7 lines, and no website above them', () => {
    const { matches } = select(services, 'GB', { ...any, audience: 'young-people' }, morning);
    expect(ids(matches).slice(0, 3)).to.deep.equal(['childline', 'papyrus-hopelineuk', 'samaritans']);
    const firstNotCrisis = matches.findIndex((s) => !s.crisis);
    expect(matches.slice(firstNotCrisis).some((s) => s.crisis)).to.equal(false);
    expect(ids(matches)[firstNotCrisis]).to.equal('selfharmuk');
    expect(ids(matches)).to.include.members(['samaritans', 'shout']);
    expect(ids(matches)).not.to.include('nhs-talking-therapies');
  });

  it('puts services for someone worried about another person first, crisis lines before the rest', () => {
    const { matches } = select(services, 'GB', { ...any, audience: 'worried-about-someone' }, morning);
    expect(ids(matches)[0]).to.equal('papyrus-hopelineuk');
    expect(ids(matches).indexOf('mind-infoline')).to.be.above(ids(matches).indexOf('shout'));
    expect(ids(matches)).not.to.include('childline');
  });

  it('gives adults the young people’s lines whose ages go past 18', () => {
    const adults = ids(select(services, 'GB', { ...any, audience: 'adults' }, morning).matches);
    expect(adults).to.include('papyrus-hopelineuk').and.not.include('childline');
  });

  it('filters by contact method: any of the chosen ones', () => {
    expect(ids(select(services, 'GB', { ...any, methods: ['sms'] }, morning).matches)).to.deep.equal(['shout']);
    expect(ids(select(services, 'GB', { ...any, methods: ['chat', 'email'] }, morning).matches)).to.deep.equal([
      'samaritans', 'childline', 'papyrus-hopelineuk', 'calm',
    ]);
  });

  it('shows only open services with "open now", computed at the given time', () => {
    expect(ids(select(services, 'GB', { ...any, openNow: true }, morning).matches)).to.include('mind-infoline').and.not.include('calm');
    expect(ids(select(services, 'GB', { ...any, openNow: true }, evening).matches)).to.include('calm').and.not.include('mind-infoline');
  });

  it('always offers a 24/7 service: when nothing matches, and when matches are not 24/7', () => {
    const none = select(services, 'GB', { methods: ['web'], audience: 'all', openNow: true }, evening);
    expect(none.matches).to.deep.equal([]);
    expect(ids(none.alwaysOpen)).to.deep.equal(['samaritans', 'shout', 'nhs-111-mental-health', 'childline', 'papyrus-hopelineuk']);
    const web = select(services, 'GB', { ...any, methods: ['web'] }, morning);
    expect(ids(web.matches)).to.deep.equal(['nhs-talking-therapies', 'selfharmuk', 'harmless']);
    expect(web.alwaysOpen.length).to.be.above(0);
    expect(select(services, 'GB', any, morning).alwaysOpen).to.deep.equal([]);
  });

  it('shows a 24/7 line on the first page however many weekday crisis lines come before it', () => {
    const weekday: Service[] = Array.from({ length: 12 }, (_, i) => ({
      ...services[0],
      id: `local${i}`,
      hours: { timeZone: 'Europe/London', weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:00' }] },
    }));
    const list = [...weekday, ...services];
    const { matches, alwaysOpen } = select(list, 'GB', any, morning, services, 10);
    expect(ids(matches.slice(0, 10))).to.deep.equal([...ids(weekday.slice(0, 9)), 'samaritans']);
    expect(ids(matches.slice(10, 13))).to.deep.equal(['local9', 'local10', 'local11']);
    expect(ids(matches).filter((id) => id == 'samaritans')).to.have.length(1);
    expect(alwaysOpen).to.deep.equal([]);
    // Within the first page, the order is the partner's.
    expect(ids(select(list.slice(3), 'GB', any, morning, services, 10).matches.slice(0, 10))).to.deep.equal([...ids(weekday.slice(3)), 'samaritans']);
  });

  it('counts only crisis lines as the 24/7 option: a 24/7 website leaves the fallback on', () => {
    const website: Service = { ...services[0], id: 'info', crisis: false, contacts: [{ method: 'web', display: 'Read online', href: 'https://partner.example/' }] };
    const { matches, alwaysOpen } = select([website], 'GB', any, morning, services, 10);
    expect(ids(matches)).to.deep.equal(['info']);
    expect(ids(alwaysOpen)).to.deep.equal(['samaritans', 'shout', 'nhs-111-mental-health', 'childline', 'papyrus-hopelineuk']);
  });

  it('counts a 24/7 line with an age limit only for the audience it is for, and offers each audience its own lines', () => {
    // 02:00 in London: chat finds Childline (under 19) and CALM (closed); an adult needs Samaritans and Shout too.
    const night = Date.UTC(2026, 10, 26, 2);
    const chat = select(services, 'GB', { ...any, methods: ['chat'] }, night);
    expect(ids(chat.matches)).to.deep.equal(['childline', 'calm']);
    expect(ids(chat.alwaysOpen)).to.deep.equal(['samaritans', 'shout', 'nhs-111-mental-health', 'papyrus-hopelineuk']);
    // A young person has their 24/7 line in the results.
    expect(select(services, 'GB', { ...any, audience: 'young-people', methods: ['chat'] }, night).alwaysOpen).to.deep.equal([]);
    // An adult's fallback leaves out Childline (to 18) but keeps Papyrus (to 34).
    const adult = select(services, 'GB', { methods: ['web'], audience: 'adults', openNow: true }, night);
    expect(ids(adult.alwaysOpen)).to.deep.equal(['samaritans', 'shout', 'nhs-111-mental-health', 'papyrus-hopelineuk']);
    // Whatever the audience, never no 24/7 line: a partner's only one is for young people.
    const young = [{ ...services[3], id: 'local-youth', regions: ['XX'] }];
    expect(ids(select(young, 'XX', { ...any, audience: 'adults' }, night, services).alwaysOpen)).to.deep.equal(['local-youth']);
    // Nor when that line matches: it moves up to the first page rather than leaving it with none.
    const weekday: Service[] = Array.from({ length: 12 }, (_, i) => ({
      ...services[0],
      id: `local${i}`,
      regions: ['XX'],
      hours: { timeZone: 'Europe/London', weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:00' }] },
    }));
    const long = select([...weekday, ...young], 'XX', any, night, services, 10);
    expect(ids(long.matches)[9]).to.equal('local-youth');
    expect(long.alwaysOpen).to.deep.equal([]);
    // A partner's own copy of a line is not offered twice.
    const own = [{ ...services[3] }];
    const replaced = select(own, 'GB', { ...any, methods: ['chat'] }, night, services);
    expect(ids(replaced.matches)).to.deep.equal(['childline']);
    expect(ids(replaced.alwaysOpen)).to.deep.equal(['samaritans', 'shout', 'nhs-111-mental-health', 'papyrus-hopelineuk']);
  });

  it('falls back to the built-in 24/7 lines when a partner’s own list has none', () => {
    const partner = [{ ...services[6], id: 'local' }];
    expect(ids(select(partner, 'GB', any, morning).alwaysOpen)).to.deep.equal([]);
    expect(ids(select(partner, 'GB', any, morning, services).alwaysOpen)).to.deep.equal(['samaritans', 'shout', 'nhs-111-mental-health', 'childline', 'papyrus-hopelineuk']);
  });

  it('counts as the 24/7 option only a line for all of the region, and for the visitor', () => {
    const samaritans = services.find((s) => s.id == 'samaritans')!;
    const youth = { ...samaritans, id: 'youth', audiences: ['young-people' as const] };
    const carers = { ...samaritans, id: 'carers', audiences: ['worried-about-someone' as const] };
    const england = { ...samaritans, id: 'england', regions: ['GB-ENG'] };
    const under26 = { ...samaritans, id: 'under-26', ageRange: [0, 25] as [number, number] };
    const builtin = ['samaritans', 'shout', 'nhs-111-mental-health', 'childline', 'papyrus-hopelineuk'];
    for (const only of [youth, carers, england, under26]) {
      const { matches, alwaysOpen } = select([only], 'GB', any, morning, services);
      expect(ids(matches), only.id).to.deep.equal([only.id]);
      expect(ids(alwaysOpen), only.id).to.deep.equal(builtin);
    }
    // For the visitor who chose that audience, or in that part of the region, it is the one.
    expect(select([youth], 'GB', { ...any, audience: 'young-people' }, morning, services).alwaysOpen).to.deep.equal([]);
    expect(select([carers], 'GB', { ...any, audience: 'worried-about-someone' }, morning, services).alwaysOpen).to.deep.equal([]);
    expect(select([england], 'GB-ENG', any, morning, services).alwaysOpen).to.deep.equal([]);
  });

  it('keeps the cost of one change nearly flat: 5,000 services in three time zones read the clock three times, and only for "open now"', () => {
    const many: Service[] = Array.from({ length: 5000 }, (_, i) => ({
      ...services[5],
      id: `s${i}`,
      hours: { timeZone: ['Europe/London', 'America/New_York', 'Australia/Sydney'][i % 3], weekly: [{ days: ['mon'], open: '09:00', close: '17:00' }] },
    }));
    const format = Intl.DateTimeFormat.prototype.formatToParts;
    let reads = 0;
    Intl.DateTimeFormat.prototype.formatToParts = function (this: Intl.DateTimeFormat, d?: Date | number) {
      reads++;
      return format.call(this, d);
    };
    try {
      select(many, 'GB', any, morning);
      expect(reads).to.equal(0);
      select(many, 'GB', { ...any, openNow: true }, morning);
      expect(reads).to.equal(3);
      // The same minute again: the clocks are already read.
      select(many, 'GB', { ...any, openNow: true }, morning + 10_000);
      expect(reads).to.equal(3);
    } finally {
      Intl.DateTimeFormat.prototype.formatToParts = format;
    }
  });
});
