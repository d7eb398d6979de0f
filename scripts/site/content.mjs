// The content document page: what it is, a complete example (built from the
// checked data, so no number on the page is invented), the JSON Schema, and a
// validator with a live preview (demo/content.js).
import { codeBlock, esc, md } from './html.mjs';

/**
 * A complete document: every part and every kind of field. The topic, the
 * Samaritans entry and the emergency entry are the built-in ones, copied from
 * the checked data; the local service is an example with no phone number.
 */
export function completeExample({ builtin, data }) {
  const samaritans = builtin.services.find((s) => s.id === 'samaritans');
  const gb = builtin.emergency.find((e) => e.region === 'GB');
  return {
    version: 1,
    lang: 'en-GB',
    strings: { finderTitle: 'Find support now' },
    topics: [builtin.topic],
    services: [
      {
        id: 'example-local-service',
        name: 'Example: your local wellbeing service',
        regions: ['GB-ENG'],
        description: 'An example entry. Replace it with a service you have checked, and say where its facts come from.',
        contacts: [{ method: 'web', display: 'www.example.org', href: 'https://www.example.org/' }],
        website: 'https://www.example.org/',
        hours: { timeZone: 'Europe/London', weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:00' }] },
        audiences: ['adults', 'worried-about-someone'],
        ageRange: [18, 120],
        free: true,
        crisis: false,
        note: 'A short fact a visitor needs, such as what a call costs.',
        source: 'https://www.example.org/',
        verifiedAt: data.checked,
      },
      samaritans,
    ],
    emergency: [gb],
  };
}

export function contentPage(facts) {
  const example = JSON.stringify(facts.example, null, 2);
  const schema = JSON.stringify(facts.schema, null, 2);
  return `
      <h1>The content document</h1>
      <p class="lead">One JSON format holds the widgets’ text, services and emergency numbers: the built-in content is
        written in it, and so are yours.</p>
      <p>Give it to a widget in one of three ways:</p>
      <ul>
        <li>inline, with no request: a <code>&lt;script type="application/json" slot="content"&gt;</code> child of the element;</li>
        <li><code>content-src="/your/content.json"</code> on any of the three elements;</li>
        <li><code>services-src="/your/services.json"</code> on the support finder, for a list of services.</li>
      </ul>
      <p>Every part is optional except <code>"version": 1</code>; what you leave out comes from the built-in content.
        A topic you give is whole: the schema below says which of its fields are required.
        Your crisis lines come first, then your other services (or yours alone, with <code>services-mode="replace"</code>);
        the emergency banner and a 24/7 line always stay. A bad service or emergency entry is left out with one warning; any other error keeps the built-in
        content on screen, with one <code>console.error</code> and a <code>recovery-error</code> event. Nothing you send is
        rendered as HTML.</p>

      <section aria-labelledby="check-title">
        <h2 id="check-title">Check your document</h2>
        <p>Paste your JSON and check it. Errors name the path of the field, as the widgets do in the console. A valid
          document is shown in the support finder below. Nothing leaves this page.</p>
        <form id="validator" class="validator">
          <label for="doc">Your content document (JSON)</label>
          <textarea id="doc" name="doc" rows="16" spellcheck="false" autocomplete="off" aria-describedby="doc-hint">${esc(example)}</textarea>
          <p class="hint" id="doc-hint">It starts with the complete example below.</p>
          <div class="field check"><input type="checkbox" id="replace" name="replace" aria-describedby="replace-hint" />
            <label for="replace">Show only my services</label>
            <p class="hint" id="replace-hint"><code>services-mode="replace"</code>: the emergency banner and a 24/7 line still show.</p></div>
          <p><button type="submit" class="button">Check and preview</button></p>
        </form>
        <div class="report" id="report">
          <h3 id="report-title">Result</h3>
          <p id="report-summary" role="status">Not checked yet.</p>
          <ul id="report-errors" class="errors"></ul>
        </div>
        <div class="preview" id="content-preview">
          <recovery-support-finder heading-level="3">${facts.fallback('GB')}</recovery-support-finder>
        </div>
      </section>

      <section aria-labelledby="example-title">
        <h2 id="example-title">A complete example</h2>
        <p>Every part of the format. The topic, the Samaritans entry and the emergency number are the built-in ones,
          copied from the checked data; the first service is a placeholder for one of yours. Also at
          <a href="example-content.json">example-content.json</a>.</p>
        ${codeBlock(example, { label: 'JSON', id: 'example' })}
        <h3>Rules that matter</h3>
        <ul>
          <li><code>hours</code> is <code>null</code> (no hours, e.g. a website), <code>{"timeZone", "alwaysOpen": true}</code>, or
            <code>{"timeZone", "weekly": [{"days", "open", "close"}]}</code> in the service’s own time zone; a <code>close</code> of <code>24:00</code>
            is midnight at the end of the day, and a <code>close</code> before <code>open</code> runs past midnight.</li>
          <li><code>tel:</code> and <code>sms:</code> links are digits with an optional <code>+</code> (<code>tel:116123</code>,
            <code>sms:85258?body=SHOUT</code>); spaces, hyphens, dots, brackets and a <code>(0)</code> after the country code may
            be written and are taken out. A <code>display</code> with digits must show the number its link dials, and an
            emergency <code>text</code> with digits its <code>number</code>: a slip would put a visitor through to a stranger, or
            nowhere. Links accept only <code>https:</code>, <code>http:</code>, <code>tel:</code>, <code>sms:</code> and
            <code>mailto:</code>.</li>
          <li>Give every service its <code>source</code> and <code>verifiedAt</code> date: the finder shows when the facts were
            checked. Never guess a number.</li>
          <li>Requests for <code>content-src</code> and <code>services-src</code> go without cookies or referrer, time out after
            10 seconds, and need CORS headers if your file is on another origin (and your page’s <code>connect-src</code> must
            allow it).</li>
        </ul>
      </section>

      <section aria-labelledby="strings-title">
        <h2 id="strings-title">Your language</h2>
        <p>The widgets’ own words are built in in English (British). Dates, times and numbers follow the page’s or the
          element’s <code>lang</code>; for the words, give your translations as <code>"strings"</code> with your document’s
          <code>"lang"</code>, and the widget then speaks that language (right to left for Arabic, Hebrew, Persian, Urdu…).
          Translate every key of each element you use: a string left in English among yours would be read by a screen reader
          in your language’s voice, so a translation that lacks one, or loses a placeholder, is not used, and the element
          speaks English, with a warning that names the keys; the check above names them too. <code>{name}</code>-style
          placeholders are filled in by the widget: keep them (a plural form may leave out <code>{n}</code>). Keys ending
          <code>.one</code> and <code>.other</code> are the singular and plural forms; add your
          language’s other forms (<code>.zero</code>, <code>.two</code>, <code>.few</code>, <code>.many</code>, as CLDR names
          them). A region your data adds is named by <code>regionName.</code> and its code (<code>regionName.FR</code>). The
          keys are one list for the document: a document given to two elements gives a shared key (<code>call</code>,
          <code>checked</code>, <code>source</code>, <code>emergencyUnknown</code>) the same words in both, so give each
          element its own document where they should differ.</p>
        ${Object.entries(facts.strings)
          .map(
            ([tag, table]) => `<details>
          <summary><code>&lt;${esc(tag)}&gt;</code>: ${Object.keys(table).length} strings</summary>
          <div class="table-scroll" role="region" aria-labelledby="strings-${esc(tag)}" tabindex="0">
            <table class="strings">
              <caption id="strings-${esc(tag)}">Strings of <code>&lt;${esc(tag)}&gt;</code></caption>
              <thead><tr><th scope="col">key</th><th scope="col">English</th></tr></thead>
              <tbody>
                ${Object.entries(table)
                  .map(([key, text]) => `<tr><th scope="row"><code>${esc(key)}</code></th><td>${esc(text)}</td></tr>`)
                  .join('\n                ')}
              </tbody>
            </table>
          </div>
        </details>`,
          )
          .join('\n        ')}
      </section>

      <section aria-labelledby="schema-title">
        <h2 id="schema-title">The JSON Schema</h2>
        <p>${md(facts.schema.description)} It ships in the package as <code>recovery-widgets/content.schema.json</code>
          (<a href="/dist/content.schema.json">download</a>); editors such as VS Code use it to check your file as you type
          when your document names it in <code>"$schema"</code>: <code>"$schema": "${esc(facts.schema.$id)}"</code> (the
          widgets ignore that key).</p>
        <details>
          <summary>The whole schema (JSON Schema 2020-12, ${esc(schema.split('\n').length)} lines)</summary>
          ${codeBlock(schema, { label: 'content.schema.json', id: 'schema' })}
        </details>
      </section>`;
}
