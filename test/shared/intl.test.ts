import { expect } from '@open-wc/testing';
import { formatDate } from '../../src/shared/format.js';
import { intl } from '../../src/shared/intl.js';

describe('intl', () => {
  it('writes a language the browser has no data for in British English, never the browser’s American default', () => {
    // Chromium has no Welsh dates, Firefox has: either Welsh or British, never "November 25, 2026".
    const supported = Intl.DateTimeFormat.supportedLocalesOf('cy').length > 0;
    expect(formatDate('2026-11-25', 'cy')).to.equal(supported ? new Intl.DateTimeFormat('cy', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 25)) : '25 November 2026');
    // A language no browser has.
    expect(formatDate('2026-11-25', 'tlh')).to.equal('25 November 2026');
    expect(intl(Intl.DateTimeFormat, 'tlh', { timeStyle: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1, 9))).to.equal('09:00');
  });
});
