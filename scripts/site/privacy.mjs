// Privacy and safety, for partners' governance boards. The privacy statement
// is quoted from the README and the facts table is generated from
// data/support-services.json, so neither can drift from what ships.
import { esc, mdBlocks, section } from './html.mjs';

const host = (url) => new URL(url).hostname.replace(/^www\./, '');
const link = (url) => `<a href="${esc(url)}">${esc(host(url))}</a>`;

function date(iso) {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
const time = (iso) => `<time datetime="${esc(iso)}">${esc(date(iso))}</time>`;

function table(id, caption, head, rows) {
  return `<div class="table-scroll" role="region" aria-labelledby="${id}" tabindex="0">
        <table>
          <caption id="${id}">${caption}</caption>
          <thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>
          <tbody>
            ${rows.map((cells) => `<tr><th scope="row">${cells[0]}</th>${cells.slice(1).map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n            ')}
          </tbody>
        </table>
      </div>`;
}

export function privacyPage(facts) {
  const { data, topic } = facts;
  // The promise itself: the section's first paragraph (the rest points at files in the repository).
  const privacy = section(facts.readme, 'Privacy').split('\n\n')[0];
  const services = data.services.map((s) => [
    esc(s.name),
    esc(s.regions.join(', ')),
    `${link(s.source)}${s.website && s.website !== s.source ? `<br />website: ${link(s.website)}` : ''}`,
    time(s.verifiedAt),
  ]);
  const emergency = data.emergency.map((e) => [
    esc(e.region),
    esc([e.number, e.alt].filter(Boolean).join(', ')),
    link(e.source),
    time(data.checked),
  ]);
  return `
      <h1>Privacy and safety</h1>
      <p class="lead">For governance boards, information governance leads and clinical safety officers: what the widgets do,
        what they never do, the rules their words follow, and where every fact comes from.</p>

      <section aria-labelledby="does">
        <h2 id="does">What the widgets do and never do</h2>
        <div class="two">
          <div>
            <h3>They do</h3>
            <ul>
              <li>Show text, quotes, services and emergency numbers that ship inside the script.</li>
              <li>Work out “open now” from the visitor’s clock and each service’s own time zone, in the page.</li>
              <li>Show the region you set (else the United Kingdom) until the visitor picks another; the choice stays in the
                page.</li>
              <li>Fetch exactly the files you name in <code>content-src</code> or <code>services-src</code>, without cookies or
                referrer, and nothing else (but a per-element module’s own loader file, from where you host it: see
                <a href="#hosting">hosting</a>).</li>
              <li>Fire events in the page (<code>recovery-contact</code>, …) that your own scripts may listen to.</li>
            </ul>
          </div>
          <div>
            <h3>They never</h3>
            <ul>
              <li>Make a request of their own: no analytics, no fonts, no images, no third-party calls.</li>
              <li>Set cookies or write <code>localStorage</code>, <code>sessionStorage</code> or IndexedDB.</li>
              <li>Ask for or guess the visitor’s location: no geolocation, and no guess from the browser’s language.</li>
              <li>Render anything you send as HTML, or follow links other than <code>https:</code>, <code>http:</code>,
                <code>tel:</code>, <code>sms:</code> and <code>mailto:</code>.</li>
              <li>Add a global variable to your page.</li>
            </ul>
          </div>
        </div>
        <figure class="quote">
          <blockquote cite="README.md#privacy">
            ${mdBlocks(privacy)}
          </blockquote>
          <figcaption>The package’s README, section “Privacy”.</figcaption>
        </figure>
      </section>

      <section aria-labelledby="hosting">
        <h2 id="hosting">Hosting the script</h2>
        <p>With the classic script, <code>recovery-widgets.js</code>, the only request the widgets cause is the one for the
          script itself, unless you give them a <code>content-src</code> or <code>services-src</code> address. A per-element
          module from <code>dist/elements/</code> also loads its loader file, <code>chunks/&lt;element&gt;-loader-….js</code>,
          from beside it on the host it came from, the first time an element is given a content document, inline or by
          URL: host <code>chunks/</code> with it. Loaded from a CDN, each of these requests tells the
          CDN the visitor’s IP address and the page they are on. To avoid any third party, host
          <code>recovery-widgets.js</code> on your own site: copy <code>dist/recovery-widgets.js</code> from the npm package
          (<code>npm install recovery-widgets@${esc(facts.version)}</code>, once it is on the npm registry; until then,
          <code>npm run build</code> in its repository) and serve it at an address with the version in it,
          in place of <code>cdn.example.org</code> in the snippets. Either way, pin the version and add its
          <a href="frameworks.html#sri">integrity hash</a>, so the browser runs only the file you checked.</p>
        <p>The script needs nothing unusual from your Content Security Policy: it works under
          <code>script-src 'self'; style-src 'self'</code> (this site sends exactly that), with no inline script or style.
          Add <code>connect-src</code> for any <code>content-src</code> or <code>services-src</code> on another origin.</p>
        <p>If your scripts forward the widgets’ events to an analytics service, that is your processing, under your privacy
          policy. The events name no one: a service id and contact method, the filters, a region code, a link. But that a
          visitor opened a crisis line is health information once it is tied to a person, so count events without
          identifying anyone, and never send them with a user id or to an advertising platform.</p>
      </section>

      <section aria-labelledby="safe">
        <h2 id="safe">Safe messaging</h2>
        <p>Some visitors see these widgets while in crisis. Their text follows rules drawn from the Samaritans media guidelines
          on self-harm and suicide, NICE guideline NG225 (<cite>Self-harm: assessment, management and preventing
          recurrence</cite>, 2022) and the practice of helpline directories. The same rules bind this site and every example on it.</p>
        <div class="two">
          <div>
            <h3>Always</h3>
            <ul>
              <li>An emergency route first, visible without a click in every state of the support finder: loading, no results,
                bad configuration, failed network.</li>
              <li>At least one 24/7 option whatever the filters say.</li>
              <li>Opening hours and an open-now state in the service’s own time zone; a closed line is never shown as available.</li>
              <li>Services that are not crisis services are labelled as such.</li>
              <li>Where each fact comes from and when it was checked.</li>
              <li>People-first language (“a person who self-harms”); recovery is possible, and it can take time.</li>
              <li>A calm, plain, warm tone: no exclamation marks, no jokes, no playful icons.</li>
            </ul>
          </div>
          <div>
            <h3>Never</h3>
            <ul>
              <li>Method details of any kind.</li>
              <li>Images of injuries, or stock images of distress.</li>
              <li>Sensational words (“epidemic”, “shocking”), “commit suicide”, “successful” or “failed” attempt.</li>
              <li>Self-harm presented as a solution or an effective way to cope.</li>
              <li>Risk scores, quizzes or questionnaires that predict risk.</li>
              <li>Harm-minimisation instructions.</li>
              <li>A number, text code or opening time that is not in the checked data or in your own data. Never a guessed number.</li>
            </ul>
          </div>
        </div>
        <p>Quick exit, when you turn it on, follows the GOV.UK Design System’s “Exit this page”: a button, or Shift pressed
          three times, covers the whole window at once and replaces the page, so Back does not return to it, and the site it
          goes to is not told which page the visitor left. The cover is a modal dialog: the page behind it cannot be read
          by a screen reader, reached with the keyboard or uncovered with Escape. If the page is still there five seconds
          later (your page asked “Leave site?” and the visitor stayed), the cover says so and offers “Back to this page”,
          which puts the visitor back where they were.</p>
      </section>

      <section aria-labelledby="facts">
        <h2 id="facts">Where the facts come from</h2>
        <p>The info card’s text and quotes come from <a href="${esc(topic.source.url)}"><cite>${esc(topic.source.title)}</cite></a>
          (${esc(topic.source.publisher)}), shortened for a card, with its source link on the card. Reviewed ${time(topic.reviewed)};
          next review due ${time(topic.nextReview)}.</p>
        <p>Every number, text code and opening time comes from the project’s checked data file,
          <code>data/support-services.json</code>, last checked in full on ${time(data.checked)}. The tests check that what
          ships equals that file, and that no phone or text link comes from anywhere else.</p>
        ${table('services-caption', `Services: ${esc(data.services.length)} records, each with its source and check date`, ['Service', 'Regions', 'Source', 'Checked'], services)}
        ${table('emergency-caption', `Emergency numbers: ${esc(data.emergency.length)} regions`, ['Region', 'Numbers', 'Source', 'Checked'], emergency)}
      </section>`;
}
