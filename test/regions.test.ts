import { expect } from '@open-wc/testing';
import { emergency, services } from '../src/content/builtin-services.js';
import { countryOf, emergencyFor, isCountry, knownRegions, normaliseRegion, regionFor, regionOr, REGIONS, serves } from '../src/shared/regions.js';

const doc = { version: 1 as const, services, emergency };

describe('regions', () => {
  it('reads a region attribute forgivingly', () => {
    expect(normaliseRegion(' gb-sct ')).to.equal('GB-SCT');
    expect(normaliseRegion('gb_wls')).to.equal('GB-WLS');
    expect(normaliseRegion('UK')).to.equal('GB');
    expect(normaliseRegion('uk')).to.equal('GB');
    expect(normaliseRegion('UKRAINE')).to.equal('UA');
  });

  it('reads a name, a three-letter code or a language tag as the country it names, not as the default', () => {
    const read = ['USA', 'aus', 'NZL', 'CAN', 'Australia', 'United States', 'united kingdom', 'Ireland', 'en-US', 'en_AU', 'US-California', 'England', 'northern ireland', 'Germany'];
    expect(read.map(normaliseRegion)).to.deep.equal(['US', 'AU', 'NZ', 'CA', 'AU', 'US', 'GB', 'IE', 'US', 'AU', 'US', 'GB-ENG', 'GB-NIR', 'DE']);
    // Nothing a country: left for the fallback, which warns.
    expect(['NARNIA', 'Europe', 'X-Y', 'XX-CALIFORNIA'].map(normaliseRegion)).to.deep.equal(['NARNIA', 'EUROPE', 'X-Y', 'XX-CALIFORNIA']);
    expect(normaliseRegion('fil-PH')).to.equal('PH');
    // A script subtag: the tag's region, not its language read as a country (SR is Suriname).
    expect(['sr-Latn-RS', 'bs-Latn-BA'].map(normaliseRegion)).to.deep.equal(['RS', 'BA']);
    // A covered country's language tag whose language is also a country's code; place names with spaces; other names.
    expect(['cy-GB', 'gd-GB', 'ga-IE', 'fr-CA', 'es-US', 'US-New York', 'AU-New South Wales', 'United States of America', 'Great Britain'].map(normaliseRegion)).to.deep.equal(['GB', 'GB', 'IE', 'CA', 'US', 'US', 'AU', 'US', 'GB']);
    // A real subdivision that looks like a language tag stays in its country: Cádiz is in Spain, not Canada.
    expect(['ES-CA', 'IT-CA', 'US-CA'].map(normaliseRegion)).to.deep.equal(['ES-CA', 'IT-CA', 'US-CA']);
    // Written as a language tag (a language in lower case): Polish, Somali, Vietnamese, Punjabi speakers' pages keep 999, 911.
    expect(['pl-GB', 'so-GB', 'vi-US', 'tl-US', 'pa-CA', 'to-NZ', 'es-CA'].map(normaliseRegion)).to.deep.equal(['GB', 'GB', 'US', 'US', 'CA', 'NZ', 'CA']);
    // Not a language (us), or not written as a tag: still a region.
    expect(['us-CA', 'PL-GB', 'de-by'].map(normaliseRegion)).to.deep.equal(['US-CA', 'PL-GB', 'DE-BY']);
    // The nations' own codes, and those sport and Welsh use.
    expect(['ENG', 'sct', 'WLS', 'NIR', 'SCO', 'WAL', 'CYM'].map(normaliseRegion)).to.deep.equal(['GB-ENG', 'GB-SCT', 'GB-WLS', 'GB-NIR', 'GB-SCT', 'GB-WLS', 'GB-WLS']);
  });

  it('serves a nation with UK-wide services, and the UK with every nation’s', () => {
    const nhs111 = services.find((s) => s.id == 'nhs-111-mental-health')!;
    const samaritans = services.find((s) => s.id == 'samaritans')!;
    expect(countryOf('GB-SCT')).to.equal('GB');
    expect(serves(samaritans, 'GB-SCT')).to.equal(true);
    expect(serves(samaritans, 'IE')).to.equal(true);
    expect(serves(nhs111, 'GB-ENG')).to.equal(true);
    expect(serves(nhs111, 'GB')).to.equal(true);
    expect(serves(nhs111, 'GB-SCT')).to.equal(false);
    expect(serves(samaritans, 'US')).to.equal(false);
  });

  it('finds a nation’s emergency number through its country', () => {
    expect(emergencyFor(doc, 'GB-NIR')!.number).to.equal('999');
    expect(emergencyFor(doc, 'IE')!.number).to.equal('112');
    expect(emergencyFor(doc, 'FR')).to.equal(undefined);
  });

  it('lists the built-in regions first, then any only partner data has', () => {
    const partner = { version: 1 as const, services: [{ ...services[0], regions: ['FR', 'DE'] }], emergency: [{ ...emergency[0], region: 'BE' }] };
    expect(knownRegions(partner)).to.deep.equal([...REGIONS, 'BE', 'DE', 'FR']);
  });

  it('keeps a country no data covers, and only a country, rather than another country’s number', () => {
    expect(['DE', 'FR', 'JP'].map(isCountry)).to.deep.equal([true, true, true]);
    expect(['XX', 'ZZ', 'NARNIA', 'GB-XYZ', 'de', ''].map(isCountry)).to.deep.equal([false, false, false, false, false, false]);
    const warnings: string[][] = [];
    const warn = (allowed: string, fallback: string) => warnings.push([allowed, fallback]);
    expect(regionOr('IE', REGIONS, false, warn)).to.equal('IE');
    expect(warnings).to.deep.equal([]);
    expect(regionOr('DE', REGIONS, false, warn)).to.equal('DE');
    expect(regionOr('NARNIA', REGIONS, false, warn)).to.equal('ZZ');
    expect(warnings).to.deep.equal([
      [`${REGIONS.join(', ')}, or add DE in partner data`, 'the advice to call the local emergency number'],
      [REGIONS.join(', '), 'the advice to call the local emergency number'],
    ]);
    // A part of a known country is served as that country, quietly; a part of another is kept too.
    warnings.length = 0;
    expect(['US-CA', 'AU-NSW', 'GB-LND'].map((r) => regionOr(r, REGIONS, false, warn))).to.deep.equal(['US-CA', 'AU-NSW', 'GB-LND']);
    expect(warnings).to.deep.equal([]);
    expect(regionOr('DE-BY', REGIONS, false, warn)).to.equal('DE-BY');
    expect(regionOr('XX-YY', REGIONS, false, warn)).to.equal('ZZ');
    expect(regionOr('NOT-A-CODE', REGIONS, false, warn)).to.equal('ZZ');
    expect(warnings).to.have.length(3);
    // Three letters that name no covered country (a placeholder, another country's code) could be anywhere too.
    expect(['TBD', 'ALL', 'DEU'].map((r) => regionOr(normaliseRegion(r), REGIONS, false, warn))).to.deep.equal(['ZZ', 'ZZ', 'ZZ']);
    expect(new Set(warnings.map(([, fallback]) => fallback))).to.deep.equal(new Set(['the advice to call the local emergency number']));
    // Written as the partner wrote it, blank as absent.
    const written: string[] = [];
    expect(['', ' ', undefined, ' uk '].map((r) => regionFor(r, REGIONS, false, (value) => written.push(value)))).to.deep.equal(['GB', 'GB', 'GB', 'GB']);
    expect(regionFor('Deutschland', REGIONS, false, (value) => written.push(value))).to.equal('ZZ');
    expect(written).to.deep.equal(['Deutschland']);
    // While partner data is on its way, only a code waits for it.
    warnings.length = 0;
    expect(regionOr('GB-LDN', REGIONS, true, warn)).to.equal('GB-LDN');
    expect(regionOr('XX', REGIONS, true, warn)).to.equal('XX');
    expect(regionOr('NARNIA', REGIONS, true, warn)).to.equal('ZZ');
    expect(warnings).to.have.length(1);
    expect(emergencyFor(doc, 'US-CA')!.number).to.equal('911');
  });
});
