// The overview, theming and frameworks pages.
import { codeBlock, esc, md, snippetElement } from './html.mjs';
import { reactProp } from './api.mjs';

// kB of 1,000 bytes, as the size budgets (.size-limit.json) count them.
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

export function homePage(facts) {
  const snippet = facts.embed(
    [
      snippetElement('recovery-info-card', facts.cardFallback()),
      snippetElement('recovery-quote-carousel'),
      snippetElement('recovery-support-finder', facts.fallback('GB'), ' region="GB"'),
    ].join('\n'),
  );
  const cards = facts.elements
    .map(
      ({ tag, slug, title, decl }) => `<li>
          <h3><a href="${slug}.html">${esc(title)}</a></h3>
          <p>${md(decl.summary)}</p>
          <p class="hint"><code>&lt;${esc(tag)}&gt;</code> · ${esc(kb(facts.sizes[tag]))} gzipped on its own</p>
        </li>`,
    )
    .join('\n        ');
  return `
      <h1>Support widgets for health and mental‑health websites</h1>
      <p class="lead">Three custom elements that charities, NHS trusts, schools and GP practices add with one script tag:
        an information card about living with and recovering from self-harm, a carousel of quotes about recovery, and a
        support finder that always shows how to get help now.</p>
      <ul class="facts">
        <li><strong>Safe.</strong> Every number and opening time comes from checked data, with its source and check date; the
          words follow safe-messaging guidance.</li>
        <li><strong>Accessible.</strong> WCAG 2.2 AA, tested with axe and the keyboard in Chromium and Firefox, light and dark, at 320 px.</li>
        <li><strong>Private.</strong> No requests, no cookies, no storage, no tracking. <a href="privacy.html">Privacy and safety</a>.</li>
        <li><strong>Small and a good guest.</strong> ${esc(kb(facts.script.gzip))} gzipped for all three; your page’s styles do not
          break them, and they do not touch yours.</li>
      </ul>

      <section aria-labelledby="widgets-title">
        <h2 id="widgets-title">Choose and configure</h2>
        <ul class="cards">
        ${cards}
        </ul>
      </section>

      <section aria-labelledby="start-title">
        <h2 id="start-title">Add them to your page</h2>
        <p>Put the script tag in your page's <code>&lt;head&gt;</code>, once, then an element wherever a widget should appear.
          Nothing else is needed: with no
          configuration each widget shows its built-in content, and works under a strict Content Security Policy.</p>
        ${codeBlock(snippet, { label: 'HTML' })}
        <p>Working in React or Vue, or with a bundler? See <a href="frameworks.html">React, Vue and plain HTML</a>.</p>
      </section>

      <section aria-labelledby="live-title" class="live">
        <h2 id="live-title">The three widgets, as the snippet shows them</h2>
        <recovery-info-card help-href="#support" heading-level="3"></recovery-info-card>
        <h3>Quotes about recovery</h3>
        <recovery-quote-carousel></recovery-quote-carousel>
        <div id="support">
          <recovery-support-finder region="GB" heading-level="3">${facts.fallback('GB')}</recovery-support-finder>
        </div>
      </section>`;
}

export function themingPage(facts) {
  const all = new Map();
  for (const { decl } of facts.elements) for (const p of decl.cssProperties ?? []) if (!all.has(p.name)) all.set(p.name, p);
  const tokens = [...all.values()]
    .map((p) => `<div><dt><code>${esc(p.name)}</code> <span class="meta">default <code>${esc(p.default)}</code></span></dt><dd>${md(p.description)}</dd></div>`)
    .join('\n        ');
  return `
      <h1>Theming</h1>
      <p class="lead">The widgets take your brand through <code>--recovery-*</code> CSS custom properties, set on the
        element or any ancestor in your own stylesheet. Your page’s other styles do not leak in: a 62.5% root font size,
        uppercase headings or a global <code>* { line-height: 0 }</code> leave the widgets as they are. One exception is
        CSS itself: an underline or strike-through set on an element around a widget is drawn through everything inside
        it, ours included, so do not put the widgets inside a link or a <code>text-decoration</code>.</p>

      <section aria-labelledby="brand-title">
        <h2 id="brand-title">One card, two brands</h2>
        <p>The same element twice. The second is restyled for a fictional partner, Harbour Youth Trust, with nothing but the
          stylesheet below: colours, font, size, corners and spacing. (One “Need help now?” strip per page is enough, so the
          first card hides its own with <code>hide-help</code>.)</p>
        <div class="two brands">
          <div>
            <h3>Default</h3>
            <recovery-info-card variant="compact" heading-level="4" hide-help></recovery-info-card>
          </div>
          <div class="brand-harbour">
            <h3>Harbour Youth Trust</h3>
            <recovery-info-card variant="compact" heading-level="4"></recovery-info-card>
          </div>
        </div>
        ${codeBlock(facts.brandCss.trim(), { label: 'CSS: brand.css, the stylesheet this page uses' })}
        <p>A colour you set applies in every theme (<code>light</code>, <code>dark</code>, <code>auto</code>); set dark values
          under your own selector, for example <code>recovery-info-card[theme="dark"]</code>. The defaults meet WCAG 2.2 AA in
          both themes; check the contrast of yours (the configurators do it as you pick).</p>
      </section>

      <section aria-labelledby="tokens-title">
        <h2 id="tokens-title">The custom properties</h2>
        <p>Light theme defaults. Each element lists the ones it uses in the <a href="api.html">API reference</a>.</p>
        <dl class="api">
        ${tokens}
        </dl>
      </section>

      <section aria-labelledby="parts-title">
        <h2 id="parts-title">Parts</h2>
        <p>For changes the properties do not cover, <code>::part()</code> reaches the named pieces of each element:</p>
        ${codeBlock('recovery-info-card::part(heading) {\n  letter-spacing: 0.01em;\n}\nrecovery-support-finder::part(service) {\n  box-shadow: 0 1px 2px rgb(0 0 0 / 0.15);\n}', { label: 'CSS' })}
        <p>Forced colours (Windows High Contrast) and <code>prefers-reduced-motion</code> are honoured whatever you set.</p>
      </section>`;
}

export function frameworksPage(facts) {
  const plain = facts.embed(snippetElement('recovery-support-finder', facts.fallback('GB'), ' region="GB" quick-exit'));
  const events = facts.elements
    .flatMap(({ decl }) => (decl.events ?? []).map((e) => [decl.name, e]))
    .filter(([, e], i, list) => e.name !== 'recovery-error' || list.findIndex(([, x]) => x.name === e.name) === i)
    .map(([, e]) => `<li><code>${esc(reactProp(e.name))}</code>: <code>${esc(e.name)}</code>, ${md(e.description.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase()))}</li>`)
    .join('\n          ');
  return `
      <h1>React, Vue and plain HTML</h1>
      <p class="lead">The widgets are standard custom elements: they work in any page and any framework. Pick the way that
        fits your site.</p>

      <section aria-labelledby="html-title">
        <h2 id="html-title">Plain HTML, any CMS</h2>
        <p>One classic script (not a module) holds Lit and the three elements. It works with or without <code>defer</code> or
          <code>async</code>, before or after the elements, and when a page loads it twice.</p>
        ${codeBlock(plain, { label: 'HTML' })}
        <h3 id="sri">Pin the version and its integrity hash</h3>
        <ul>
          <li>Use an exact version in the address (<code>@${esc(facts.version)}</code>), never a range such as <code>@1</code> or
            <code>@latest</code>: the file behind a range changes, and its hash with it.</li>
          <li>Add <code>integrity="sha384-…"</code> and <code>crossorigin="anonymous"</code>. The browser then refuses any file
            whose hash differs, so a compromised CDN cannot run its code on your page. The file’s server must send
            <code>Access-Control-Allow-Origin</code> (npm CDNs send <code>*</code>): without it the browser cannot check the
            hash and runs nothing.</li>
          <li>The hash of version ${esc(facts.version)} is <code class="hash">${esc(facts.script.integrity)}</code>. Every
            snippet on this site carries it; <code>npm run build</code> prints it; for a file you host yourself:
            <code>openssl dgst -sha384 -binary recovery-widgets.js | openssl base64 -A</code>.</li>
          <li>To upgrade, change the version and the hash together, after reading <code>CHANGELOG.md</code> in the package.</li>
        </ul>
        <h3>Content Security Policy</h3>
        <p>Nothing inline: <code>script-src</code> must allow where the script comes from, and <code>style-src 'self'</code> is
          enough (the styles are constructed stylesheets inside each shadow root). Add <code>connect-src</code> for a
          <code>content-src</code> or <code>services-src</code> on another origin.</p>
      </section>

      <section aria-labelledby="npm-title">
        <h2 id="npm-title">With npm and a bundler</h2>
        <p>ES modules with types. Lit stays external, so your app shares one copy. Import an element’s entry to define its tag;
          import a class module to get the class without defining anything.</p>
        <p>Not on the npm registry yet: until the first release, make the package from its repository
          (<code>npm ci &amp;&amp; npm pack</code> writes <code>recovery-widgets-${esc(facts.version)}.tgz</code>) and install that
          file; the commands below are what they will be.</p>
        ${codeBlock(`npm install recovery-widgets@${facts.version}`, { label: 'Shell' })}
        ${codeBlock(
          "import 'recovery-widgets/recovery-support-finder.js'; // defines <recovery-support-finder>\nimport { RecoveryInfoCard } from 'recovery-widgets/recovery-info-card/class.js'; // defines nothing\ncustomElements.define('my-info-card', class extends RecoveryInfoCard {});",
          { label: 'JavaScript' },
        )}
      </section>

      <section aria-labelledby="react-title">
        <h2 id="react-title">React</h2>
        <p><code>recovery-widgets/react</code> has typed components made with <code>@lit/react</code>. Props are the
          elements’ properties (<code>headingLevel</code>, <code>hideHelp</code>, <code>servicesSrc</code>…), and every event has
          an <code>on…</code> prop whose event is typed. Using a component registers its tag; your bundler leaves out the
          components you do not use. Tested with React 19.</p>
        ${codeBlock(`npm install recovery-widgets@${facts.version} @lit/react`, { label: 'Shell' })}
        ${codeBlock(
          `import { RecoveryInfoCard, RecoverySupportFinder } from 'recovery-widgets/react';

export function SupportPage() {
  return (
    <>
      <RecoveryInfoCard variant="compact" helpHref="#support" onRecoveryToggle={(e) => console.log(e.detail.expanded)} />
      <div id="support">
        <RecoverySupportFinder
          region="GB"
          quickExit
          onRecoveryContact={(e) => myAnalytics('contact', e.detail.method)}
        />
      </div>
    </>
  );
}`,
          { label: 'JSX' },
        )}
        <p>The event props:</p>
        <ul>
          ${events}
        </ul>
        <p>In Next.js and other frameworks that render on the server, React's server render leaves the wrappers' props out of
          the HTML (even in a <code>'use client'</code> component), so a US visitor could see the default 999 until React
          hydrates. There, load the wrappers in the browser only (<code>next/dynamic</code> with <code>ssr: false</code>), or
          write the plain tags with attributes (<code>&lt;recovery-support-finder region="US"&gt;</code>), which do reach the HTML.
          A complete example app is in <code>examples/react/</code> of the repository.</p>
      </section>

      <section aria-labelledby="vue-title">
        <h2 id="vue-title">Vue</h2>
        <p>Tell Vue’s compiler that <code>recovery-*</code> tags are custom elements, then use them like any element; listen to
          events with <code>@recovery-…</code>.</p>
        ${codeBlock(
          `// vite.config.js
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('recovery-') } } }),
  ],
});`,
          { label: 'JavaScript' },
        )}
        ${codeBlock(
          `<script setup>
import 'recovery-widgets/recovery-support-finder.js';

function onContact(event) {
  // event.detail: { serviceId, method }
}
</script>

<template>
  <recovery-support-finder region="GB" quick-exit @recovery-contact="onContact" />
</template>`,
          { label: 'Vue single-file component' },
        )}
      </section>`;
}
