import { expect } from '@open-wc/testing';
import { emergency, helplines, services } from '../../src/content/builtin-services.js';
import { quotes, selfHarm } from '../../src/content/builtin-topic.js';
import { toHelplines } from '../../src/shared/regions.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Raw = Record<string, any>;
interface DataFile {
  checked: string;
  emergency: Raw[];
  services: Raw[];
}

describe('built-in data', () => {
  /** The project's copy of the checked reference data, raw. */
  let data: DataFile;
  before(async () => {
    data = await (await fetch('/data/support-services.json')).json();
  });

  it('ships every service of the data file, and no other', () => {
    expect(services.map((s) => s.id)).to.deep.equal(data.services.map((s) => s.id));
  });

  it('copies every contact (method, display text, tel:/sms: href) exactly', () => {
    for (const [i, s] of services.entries()) {
      expect(s.contacts, s.id).to.deep.equal(data.services[i].contacts);
    }
  });

  it('copies every opening time and time zone exactly', () => {
    for (const [i, s] of services.entries()) {
      const raw = data.services[i].hours;
      if (raw === null) expect(s.hours, s.id).to.equal(null);
      else expect(s.hours, s.id).to.deep.equal(reshape(raw));
    }
  });

  it('copies names, regions, audiences, flags, sources and check dates exactly', () => {
    for (const [i, s] of services.entries()) {
      const raw = data.services[i];
      for (const key of ['name', 'regions', 'description', 'website', 'audiences', 'free', 'crisis', 'source', 'verifiedAt', 'ageRange'] as const) {
        expect((s as Raw)[key], `${s.id}.${key}`).to.deep.equal(raw[key]);
      }
      if (s.note) expect(raw.note, s.id).to.contain(s.note);
    }
  });

  it('copies every emergency number and sentence exactly, with the date it was checked', () => {
    expect(emergency).to.deep.equal(data.emergency.map((e) => ({ ...e, verifiedAt: data.checked })));
  });

  it('gives the info card the same 24/7 lines the card would choose from the full list', () => {
    expect(helplines).to.deep.equal(toHelplines(services));
    for (const h of helplines) expect(h.phone.href).to.match(/^tel:\d+$/);
  });
});

describe('built-in topic', () => {
  it('attributes both pull quotes to the article, never to an invented person', () => {
    expect(quotes).to.have.length(2);
    for (const q of quotes) {
      expect(q.attribution).to.equal("Quoted in 'Living with and recovering from self-harm', Mental Health Today");
    }
    expect(selfHarm.quotes).to.equal(quotes);
  });

  it('follows the safe-messaging rules', () => {
    const all = JSON.stringify(selfHarm);
    // People-first language: "self-harmer" only inside the quote that rejects it.
    expect(all.match(/self-harmer/g)).to.have.length(1);
    expect(all).to.contain('They are not a ‘self-harmer’');
    for (const banned of ['commit suicide', 'successful attempt', 'failed attempt', 'epidemic', 'shocking', 'rising tide', '!', 'elastic band', 'anxiety']) {
      expect(all.toLowerCase(), banned).not.to.contain(banned);
    }
    expect(selfHarm.source.url).to.equal('https://www.mentalhealthtoday.co.uk/disorders/self-harm/living-with-and-recovering-from-self-harm');
    expect(selfHarm.source.publisher).to.equal('Mental Health Today');
    expect(selfHarm.reviewed < selfHarm.nextReview).to.equal(true);
  });
});

/** The data file's `hours`, in the content document's shape (`timezone` → `timeZone`). */
function reshape(raw: Raw) {
  const { timezone, ...rest } = raw;
  return rest.alwaysOpen ? { timeZone: timezone, alwaysOpen: true } : { timeZone: timezone, weekly: rest.weekly };
}
