// The JSON Schema (for partners and their tools) and the runtime validator
// (what the widgets enforce) must agree. Runs in Node on the built modules.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { validateDocument } from '../../dist/esm/content/validate.js';
import { emergency, services } from '../../dist/esm/content/builtin-services.js';
import { selfHarm } from '../../dist/esm/content/builtin-topic.js';

const schema = JSON.parse(readFileSync(new URL('../../dist/content.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const schemaAccepts = ajv.compile(schema);
const clone = (v) => JSON.parse(JSON.stringify(v));
const builtin = () => clone({ version: 1, lang: 'en-GB', topics: [selfHarm], services, emergency });
/** The validator accepts a document only if it neither rejects it nor leaves anything out. */
const validatorAccepts = (doc) => {
  const { errors, skipped } = validateDocument(doc);
  return errors.length === 0 && skipped.length === 0;
};

/** Sets `value` at `path` (`services.0.contacts.0.href`) in a copy of the built-in document. */
function mutate(path, value) {
  const doc = builtin();
  const keys = path.split('.');
  let node = doc;
  for (const key of keys.slice(0, -1)) node = node[key];
  if (value === undefined) delete node[keys.at(-1)];
  else node[keys.at(-1)] = value;
  return doc;
}

const cases = [
  ['version', 2],
  ['version', undefined],
  ['lang', 'not a tag'],
  ['strings', { finderTitle: 4 }],
  ['strings', { finderTitle: '' }],
  ['strings', JSON.parse('{"__proto__":"x"}')],
  ['topics.0.title', ''],
  ['topics.0.title', 'x'.repeat(201)],
  ['topics.0.reviewed', '26/11/2026'],
  ['topics.0.source.url', 'javascript:alert(1)'],
  ['topics.0.sections.0.paragraphs', []],
  ['topics.0.quotes.0.text', undefined],
  ['services.0.id', 'Samaritans!'],
  ['services.0.regions', []],
  ['services.0.regions', ['gb']],
  ['services.0.contacts', []],
  ['services.0.contacts.0.href', 'tel:116 123;ext=1'],
  ['services.0.contacts.0.href', 'tel:1 1 x'],
  ['services.0.contacts.0.href', 'javascript:alert(1)'],
  ['services.0.contacts.0.method', 'pigeon'],
  ['services.1.contacts.0.href', 'sms:85258?body=<b>'],
  ['services.0.contacts.1.href', 'mailto:a@b.org?bcc=c@d.org'],
  ['services.0.hours', { timeZone: 'Europe/London' }],
  ['services.5.hours.weekly.0.open', '25:00'],
  ['services.5.hours.weekly.0.open', '24:00'],
  ['services.5.hours.weekly.0.days', ['someday']],
  ['services.0.audiences', ['everyone']],
  ['services.0.free', 'yes'],
  ['services.0.verifiedAt', undefined],
  ['services.0.website', 'ftp://example.org/'],
  ['emergency.0.number', '999 or 112'],
  ['emergency.0.text', undefined],
  ['services.0.note', 'x'.repeat(301)],
  ['lang', 'root'],
  ['lang', 'abcd'],
  ['topics.0.source.url', 'https://example.org/\u0001'],
  ['services.3.contacts.1.href', 'https://example.org/\u007F'],
];

/** What the validator checks beyond any JSON Schema (named in the schema's descriptions). */
const validatorOnly = [
  ['topics.0.reviewed', '2024-02-31'],
  ['services.0.hours.timeZone', 'Mars/Base'],
  ['services.3.ageRange', [18, 10]],
  ['lang', 'de-1901-1901'],
  // Samaritans' 116 123 shown over a link that dials another number.
  ['services.0.contacts.0.display', '116 132'],
];

describe('content.schema.json and the runtime validator', () => {
  it('is named for the exact version it ships in, as the README tells partners to pin', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    assert.equal(schema.$id, `https://unpkg.com/recovery-widgets@${pkg.version}/dist/content.schema.json`);
  });

  it('both accept the built-in content', () => {
    assert.equal(schemaAccepts(builtin()), true, JSON.stringify(schemaAccepts.errors));
    assert.equal(validatorAccepts(builtin()), true);
  });

  for (const [path, value] of cases) {
    it(`both refuse ${path} = ${JSON.stringify(value)?.slice(0, 40)}`, () => {
      const doc = mutate(path, value);
      assert.equal(schemaAccepts(doc), false, 'the schema accepts it');
      assert.equal(validatorAccepts(doc), false, 'the validator accepts it');
    });
  }

  for (const [path, value] of validatorOnly) {
    it(`the validator refuses ${path} = ${JSON.stringify(value)}, which the schema cannot tell`, () => {
      assert.equal(validatorAccepts(mutate(path, value)), false);
    });
  }

  it('both accept the separators people write in tel: and sms: numbers', () => {
    for (const [path, href] of [
      ['services.0.contacts.0.href', 'tel:116 12-3'],
      ['services.0.contacts.0.href', 'tel:(+44) 116.123'],
      ['services.1.contacts.0.href', 'sms:85 258?body=SHOUT'],
    ]) {
      const doc = mutate(path, href);
      assert.equal(schemaAccepts(doc), true, `${href}: ${JSON.stringify(schemaAccepts.errors)}`);
      assert.equal(validatorAccepts(doc), true, href);
    }
  });

  it('both count characters as code points: 200 emoji make a 200-character title', () => {
    assert.equal(schemaAccepts(mutate('topics.0.title', '😀'.repeat(200))), true, JSON.stringify(schemaAccepts.errors));
    assert.equal(validatorAccepts(mutate('topics.0.title', '😀'.repeat(200))), true);
    assert.equal(validatorAccepts(mutate('topics.0.title', '😀'.repeat(201))), false);
  });

  it('both accept optional fields left out and partner-sized documents', () => {
    const doc = { version: 1, services: [{ ...clone(services[0]), website: undefined, note: undefined }] };
    delete doc.services[0].website;
    assert.equal(schemaAccepts(doc), true, JSON.stringify(schemaAccepts.errors));
    assert.equal(validatorAccepts(doc), true);
    assert.equal(schemaAccepts({ version: 1 }), true);
    assert.equal(validatorAccepts({ version: 1 }), true);
  });
});
