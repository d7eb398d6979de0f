#!/usr/bin/env node
// The partner site, in dist/site/ (served at / by `npm start`): static pages
// generated from what the build produced, so they cannot drift from it:
//  - the configurators and the API reference from custom-elements.json;
//  - every embed snippet with the Subresource Integrity hash of
//    dist/recovery-widgets.js;
//  - the content page from the JSON Schema and the built-in content, with a
//    complete example that the validator must accept;
//  - the privacy page from the README's "Privacy" and data/support-services.json.
// Scripts and styles are files copied from demo/: the server's CSP allows
// nothing inline. Run by scripts/build.mjs after `cem analyze`.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { apiPage } from './site/api.mjs';
import { configurePage } from './site/configure.mjs';
import { completeExample, contentPage } from './site/content.mjs';
import { esc, layout } from './site/html.mjs';
import { frameworksPage, homePage, themingPage } from './site/pages.mjs';
import { privacyPage } from './site/privacy.mjs';

const root = new URL('..', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const json = (path) => JSON.parse(read(path));
const gzip = (path) => gzipSync(readFileSync(new URL(path, root)), { level: 9 }).length;

export async function buildSite() {
  const pkg = json('package.json');
  const manifest = json('custom-elements.json');
  const scriptBytes = readFileSync(new URL('dist/recovery-widgets.js', root));
  const integrity = `sha384-${createHash('sha384').update(scriptBytes).digest('base64')}`;
  const { REGIONS } = await import('../dist/esm/shared/regions.js');
  const { services, emergency } = await import('../dist/esm/content/builtin-services.js');
  const { selfHarm } = await import('../dist/esm/content/builtin-topic.js');
  const { validateDocument } = await import('../dist/esm/content/validate.js');
  // The carousel's range for `interval`: the configurator offers only what the element keeps.
  const { MIN_INTERVAL, MAX_INTERVAL } = await import('../dist/esm/recovery-quote-carousel/recovery-quote-carousel.js');
  // Every string a partner can translate, with its English text, for the content page.
  const strings = {};
  for (const tag of ['recovery-info-card', 'recovery-quote-carousel', 'recovery-support-finder']) {
    strings[tag] = (await import(`../dist/esm/${tag}/${tag}.strings.js`)).strings;
  }
  // The dark theme's defaults, from the styles themselves: the configurators'
  // contrast check uses them for colours the partner has not set.
  const { base } = await import('../dist/esm/shared/styles.js');
  const darkBlock = /\.theme-dark\s*\{([^}]*)\}/.exec(base.cssText)?.[1] ?? '';
  const darkDefaults = Object.fromEntries([...darkBlock.matchAll(/var\((--recovery-color-[\w-]+),\s*(#[0-9a-f]{3,6})\)/gi)].map((m) => [m[1], m[2]]));
  if (Object.keys(darkDefaults).length < 10) throw new Error('could not read the dark theme defaults from src/shared/styles.ts');

  const titles = { 'recovery-info-card': 'Info card', 'recovery-quote-carousel': 'Quote carousel', 'recovery-support-finder': 'Support finder' };
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName in titles)
    .map((decl) => ({ decl, tag: decl.tagName, slug: decl.tagName.replace(/^recovery-/, ''), title: titles[decl.tagName] }));
  if (elements.length !== 3) throw new Error(`custom-elements.json has ${elements.length} of the 3 elements`);

  const cdnUrl = `https://cdn.example.org/recovery-widgets@${pkg.version}/dist/recovery-widgets.js`;
  const facts = {
    version: pkg.version,
    manifest,
    elements,
    cdnUrl,
    script: { integrity, gzip: gzip('dist/recovery-widgets.js') },
    sizes: Object.fromEntries(elements.map(({ tag }) => [tag, gzip(`dist/elements/${tag}.js`)])),
    regions: REGIONS,
    strings,
    darkDefaults,
    schema: json('dist/content.schema.json'),
    data: json('data/support-services.json'),
    readme: read('README.md'),
    topic: selfHarm,
    interval: { min: MIN_INTERVAL, max: MAX_INTERVAL },
    builtin: { services, emergency, topic: selfHarm },
    brandCss: read('demo/brand.css'),
    /**
     * What the support finder holds for a visitor whose browser never runs
     * the script (blocked, failed, or refused by its hash): the region's
     * emergency sentence and a call link, from the built-in data. The
     * element hides it once it upgrades. demo/configure.js makes the same.
     */
    fallback: (region = 'GB') => {
      const e = emergency.find((x) => x.region === region) ?? emergency.find((x) => x.region === region.split('-')[0]);
      return e
        ? `<p lang="en-GB">${esc(e.text)} <a href="tel:${esc(e.number)}">Call ${esc(e.number)}</a></p>`
        : `<p lang="en-GB">If someone's life is at risk, or you have seriously hurt yourself, call your local emergency number now or go to the nearest hospital emergency department.</p>`;
    },
    /**
     * What the info card holds for a browser that never runs the script: the
     * built-in topic's title, at the card's heading level, and its summary,
     * then (as the card puts its help strip right after the summary) the
     * region's emergency route, unless the help strip is hidden.
     */
    cardFallback: (level = 2, region = 'GB') =>
      `<h${level} lang="en-GB">${esc(selfHarm.title)}</h${level}>\n<p lang="en-GB">${esc(selfHarm.summary)}</p>${region ? `\n${facts.fallback(region)}` : ''}`,
    /** The embed snippet: the pinned script with its hash, then `markup`. Same text as demo/configure.js makes. */
    embed: (markup) =>
      `<!-- In the page's <head>, once (blocking="render" works there only) -->\n<script src="${cdnUrl}"\n        integrity="${integrity}"\n        crossorigin="anonymous" defer blocking="render"></script>\n\n<!-- Where the widget goes -->\n${markup}`,
  };
  facts.example = completeExample(facts);
  const check = validateDocument(facts.example);
  if (check.errors.length || check.skipped.length) {
    throw new Error(`the content page's example is not a valid document:\n${[...check.errors, ...check.skipped].join('\n')}`);
  }

  const pages = [
    ['index.html', 'Overview', 'Accessible, private support widgets for health and mental-health websites.', homePage(facts), { widgets: true }],
    ...elements.map(({ slug, title, decl }) => [
      `${slug}.html`,
      `${title}: configure and embed`,
      `Configure <${decl.tagName}> and copy its embed code.`,
      configurePage(facts, elements.find((e) => e.slug === slug)),
      { widgets: true, scripts: ['configure.js'] },
    ]),
    ['theming.html', 'Theming', 'Restyle the widgets with --recovery-* custom properties.', themingPage(facts), { widgets: true, styles: ['brand.css'] }],
    ['content.html', 'The content document', 'The JSON format for your own text and services, its schema, and a validator.', contentPage(facts), { widgets: true, scripts: ['content.js'] }],
    ['frameworks.html', 'React, Vue and plain HTML', 'Use the widgets in plain HTML, React or Vue.', frameworksPage(facts), {}],
    ['api.html', 'API reference', 'Attributes, properties, events, slots, parts and CSS properties of the three elements.', apiPage(facts), {}],
    ['privacy.html', 'Privacy and safety', 'What the widgets do and never do, the safe-messaging rules, and where every fact comes from.', privacyPage(facts), {}],
  ];

  const out = new URL('dist/site/', root);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const [file, title, description, body, options] of pages) {
    writeFileSync(new URL(file, out), layout({ file, title, description, body, facts, ...options }));
  }
  writeFileSync(new URL('example-content.json', out), `${JSON.stringify(facts.example, null, 2)}\n`);
  for (const file of readdirSync(new URL('demo/', root))) {
    if (/\.(css|js)$/.test(file)) copyFileSync(new URL(`demo/${file}`, root), new URL(file, out));
  }
  return { pages: pages.map(([file]) => file), integrity };
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const { pages } = await buildSite();
  console.log(`dist/site/: ${pages.join(', ')}`);
}
