// The partner site as built (dist/site/): nothing inline that the strict CSP
// would block, every link lands, every snippet carries the version and the
// integrity hash of the script that was built, and the example document is
// valid for both the schema and the widgets' validator.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { serve } from '../../scripts/serve.mjs';
import { validateDocument } from '../../dist/esm/content/validate.js';

const root = new URL('../../', import.meta.url);
const site = new URL('dist/site/', root);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const pages = readdirSync(site).filter((f) => f.endsWith('.html'));
const html = Object.fromEntries(pages.map((p) => [p, readFileSync(new URL(p, site), 'utf8')]));
const integrity = `sha384-${createHash('sha384').update(readFileSync(new URL('dist/recovery-widgets.js', root))).digest('base64')}`;
const unescape = (s) => s.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

describe('the partner site (dist/site/)', () => {
  it('has the nine pages', () => {
    assert.deepEqual(pages.sort(), [
      'api.html',
      'content.html',
      'frameworks.html',
      'index.html',
      'info-card.html',
      'privacy.html',
      'quote-carousel.html',
      'support-finder.html',
      'theming.html',
    ]);
  });

  for (const page of pages) {
    it(`${page}: nothing inline for the CSP to block, and a complete document`, () => {
      const text = html[page];
      // Code samples are escaped text, so every real tag below is markup.
      const scripts = [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      for (const [, attrs, body] of scripts) {
        assert.match(attrs, /\bsrc="\/?[\w./-]+"/, `a script without a same-origin src: <script${attrs}>`);
        assert.equal(body.trim(), '', 'a script with inline code');
      }
      assert.doesNotMatch(text, /<style\b/, 'a <style> element');
      assert.doesNotMatch(text, /<[^>]+\sstyle=/, 'a style="" attribute');
      assert.doesNotMatch(text, /<[^>]+\son[a-z]+=/, 'an inline event handler');
      assert.doesNotMatch(text, /javascript:/i);
      assert.match(text, /^<!doctype html>\n<html lang="en-GB">/);
      assert.equal(text.match(/<h1\b/g)?.length, 1, 'one h1');
      assert.match(text, /<title>[^<]+ · recovery-widgets<\/title>/);
      assert.match(text, /<main id="main"/);
      // ARIA 1.2 gives a plain div or span no name: aria-label(ledby) there is ignored.
      assert.doesNotMatch(text, /<(div|span)\b(?![^>]*\brole=)[^>]*\saria-label(ledby)?=/, 'a name on an element without a role');
    });

    it(`${page}: every link and fragment lands`, () => {
      const ids = (file) => new Set([...html[file].matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      for (const [, href] of html[page].matchAll(/<a\b[^>]*\shref="([^"]+)"/g)) {
        if (/^(https?:|mailto:|tel:)/.test(href)) continue;
        const [path, fragment] = href.split('#');
        if (path.startsWith('/dist/')) {
          assert.ok(existsSync(new URL(path.slice(1), root)), `${page}: ${href} does not exist`);
          continue;
        }
        const target = path || page;
        assert.ok(html[target] || existsSync(new URL(target, site)), `${page}: ${href} does not exist`);
        if (fragment && html[target]) assert.ok(ids(target).has(fragment), `${page}: ${href} has no #${fragment}`);
      }
    });
  }

  it('loads the widgets with the integrity hash of the built script, and pins it in every snippet', () => {
    const snippets = [];
    for (const [page, text] of Object.entries(html)) {
      for (const [, attrs] of text.matchAll(/<script\b([^>]*recovery-widgets\.js[^>]*)>/g)) {
        assert.match(attrs, new RegExp(`integrity="${integrity.replace(/[+/]/g, '\\$&')}"`), `${page}: ${attrs}`);
      }
      for (const [, code] of text.matchAll(/<code id="[^"]*">((?:&lt;!--[^<]*?--&gt;\n)?&lt;script src=[\s\S]*?)<\/code>/g)) snippets.push([page, unescape(code)]);
    }
    assert.ok(snippets.length >= 5, 'embed snippets');
    for (const [page, code] of snippets) {
      assert.ok(code.includes(`@${pkg.version}/dist/recovery-widgets.js"`), `${page}: the snippet does not pin ${pkg.version}`);
      assert.ok(code.includes(`integrity="${integrity}"`), `${page}: the snippet's hash is not the built script's`);
      assert.ok(code.includes('crossorigin="anonymous"'), `${page}: no crossorigin`);
    }
  });

  it('lists on the content page every string a partner can translate, with its English text', async () => {
    for (const tag of ['recovery-info-card', 'recovery-quote-carousel', 'recovery-support-finder']) {
      const { strings } = await import(`../../dist/esm/${tag}/${tag}.strings.js`);
      for (const key of Object.keys(strings)) assert.ok(html['content.html'].includes(`<tr><th scope="row"><code>${key}</code></th>`), `${tag}: ${key}`);
    }
  });

  it('offers no number the element would refuse: interval from MIN_INTERVAL to MAX_INTERVAL, index of a quote the preview has', async () => {
    const { MIN_INTERVAL, MAX_INTERVAL } = await import('../../dist/esm/recovery-quote-carousel/recovery-quote-carousel.js');
    const { selfHarm } = await import('../../dist/esm/content/builtin-topic.js');
    assert.match(
      html['quote-carousel.html'],
      new RegExp(`<input type="number" inputmode="numeric" min="${MIN_INTERVAL}" max="${MAX_INTERVAL}" step="any" data-above="max" id="[^"]*" name="interval"`),
    );
    assert.match(html['quote-carousel.html'], new RegExp(`<input type="number" inputmode="numeric" min="0" max="${selfHarm.quotes.length - 1}" id="[^"]*" name="index"`));
  });

  it('holds the emergency route inside every support finder, live or in an HTML snippet, for a browser that never runs the script', () => {
    let finders = 0;
    for (const [page, text] of Object.entries(html)) {
      // Live elements, then the ones in plain-HTML snippets (Vue's template is rendered by script: no fallback needed).
      for (const [, body] of [...text.matchAll(/<recovery-support-finder\b[^>]*>([\s\S]*?)<\/recovery-support-finder>/g), ...unescape(text).matchAll(/<recovery-support-finder\b[^>]*[^/]>([\s\S]*?)<\/recovery-support-finder>/g)]) {
        finders++;
        assert.match(body, /<p lang="en-GB">If someone's life is at risk.*(call your local emergency number now|<a href="tel:\d+">Call \d+<\/a>)<\/p>/, `${page}: a finder without its fallback`);
      }
    }
    assert.ok(finders >= 6, `only ${finders} finders`);
  });

  it("privacy.html: the only request is the script's for the classic script alone; a per-element module loads its loader file", () => {
    const text = html['privacy.html'].replace(/\s+/g, ' ');
    // Every "only request" claim names the classic script it holds for.
    const claims = text.split(/(?<=\.) /).filter((sentence) => sentence.includes('the only request'));
    assert.ok(claims.length >= 1);
    for (const claim of claims) assert.match(claim, /<code>recovery-widgets\.js<\/code>/, claim);
    assert.match(text, /module from <code>dist\/elements\/<\/code> also loads its loader file, <code>chunks\/&lt;element&gt;-loader-….js<\/code>/);
    assert.match(text, /the first time an element is given a content document, inline or by URL/);
    // The file it names is the one the build writes beside each module.
    const chunks = readdirSync(new URL('dist/elements/chunks/', root));
    for (const tag of ['recovery-info-card', 'recovery-quote-carousel', 'recovery-support-finder']) {
      assert.ok(chunks.some((f) => f.startsWith(`${tag}-loader-`) && f.endsWith('.js')), `no chunks/${tag}-loader-….js`);
    }
  });

  it('tells a partner, where they copy the carousel, that it has no help route of its own and must not stand alone', () => {
    // SAFE-MESSAGING: an emergency route on every page that shows this content.
    for (const page of ['quote-carousel.html', 'api.html']) assert.match(html[page], /carries no help route\s+of its own: place it on a page with the info card or the support finder,\s+not alone/, page);
  });

  it('npm start serves the script so that the snippet works from another site: CORS, and the same hash', async () => {
    const server = await serve(0);
    try {
      const origin = `http://127.0.0.1:${server.address().port}`;
      const script = await fetch(`${origin}/dist/recovery-widgets.js`, { headers: { origin: 'http://partner.example' } });
      assert.equal(script.headers.get('access-control-allow-origin'), '*');
      const hash = `sha384-${createHash('sha384').update(Buffer.from(await script.arrayBuffer())).digest('base64')}`;
      assert.equal(hash, integrity);
      // The site's own pages are not shared with other origins.
      const page = await fetch(`${origin}/`);
      assert.equal(page.headers.get('access-control-allow-origin'), null);
      await page.arrayBuffer();
    } finally {
      server.close();
    }
  });

  it("the content page's example is valid for the schema and for the widgets", () => {
    const example = JSON.parse(readFileSync(new URL('example-content.json', site), 'utf8'));
    const schema = JSON.parse(readFileSync(new URL('dist/content.schema.json', root), 'utf8'));
    const valid = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    assert.equal(valid(example), true, JSON.stringify(valid.errors));
    assert.deepEqual(validateDocument(example).errors, []);
    assert.deepEqual(validateDocument(example).skipped, []);
    // Its phone numbers are the checked data's own: nothing invented.
    const data = JSON.parse(readFileSync(new URL('data/support-services.json', root), 'utf8'));
    const checked = new Set(data.services.flatMap((s) => s.contacts.map((c) => c.href)));
    for (const contact of example.services.flatMap((s) => s.contacts)) {
      if (/^(tel|sms):/.test(contact.href)) assert.ok(checked.has(contact.href), `${contact.href} is not in the checked data`);
    }
  });
});
