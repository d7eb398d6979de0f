// A tiny HTTP API for the loader tests, served by the test runner's own
// server: status codes, a server that never answers, JSON documents, and a
// log of what each request carried (cookies, referrer), for privacy checks.
// Also the Content-Security-Policy reports of the site pages (site-csp.mjs).
import { corpus } from '../security/corpus.mjs';
import { makeServices, partnerTopic } from './fixtures.mjs';

const seen = [];
// Every request, never cleared (the last 5,000): tests that run alongside the
// loader tests, which clear `seen`, ask for theirs by a tag in the path.
const all = [];
const cspReports = [];
/** Tags of /test-api/slow requests the browser closed before the answer. */
const abandoned = new Set();

const body = (req) =>
  new Promise((resolve) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => resolve(text));
  });

export async function testApi(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/test-api/')) return next();
  const [, , route, arg] = url.pathname.split('/');
  if (route === 'csp-report') {
    // The browser's POST of one violation: {"csp-report": {...}}.
    try {
      cspReports.push(JSON.parse(await body(ctx.req))['csp-report']);
    } catch {
      cspReports.push({ unreadable: true });
    }
    ctx.status = 204;
    return;
  }
  if (route === 'csp-reports') {
    ctx.set('cache-control', 'no-store');
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(cspReports);
    return;
  }
  if (route !== 'log' && route !== 'requests' && route !== 'abandoned') {
    const request = { path: url.pathname + url.search, cookie: ctx.get('cookie') || null, referer: ctx.get('referer') || null };
    seen.push(request);
    all.push(request);
    if (all.length > 5000) all.shift();
  }
  ctx.set('cache-control', 'no-store');
  switch (route) {
    case 'status':
      ctx.status = Number(arg);
      ctx.body = `status ${arg}`;
      return;
    case 'slow': {
      // Answers only after a minute, long after the loader's timeout. A
      // request with ?tag=x that the browser gives up on (the connection
      // closes first) is listed by /test-api/abandoned?tag=x.
      const tag = url.searchParams.get('tag');
      let timer;
      ctx.req.on('close', () => {
        if (!ctx.res.writableEnded && tag) abandoned.add(tag);
        clearTimeout(timer);
      });
      await new Promise((resolve) => (timer = setTimeout(resolve, 60_000)));
      ctx.body = '{}';
      return;
    }
    case 'abandoned':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(abandoned.has(url.searchParams.get('tag')));
      return;
    case 'echo':
      // Responds with the `body` query parameter, as JSON content, after `delay` ms if given.
      await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('delay')) || 0));
      ctx.type = 'application/json';
      ctx.body = url.searchParams.get('body') ?? '';
      return;
    case 'services':
      // A services document of `arg` partner services, all valid.
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ version: 1, services: makeServices(Number(arg)) });
      return;
    case 'ssr': {
      // A page whose widgets were rendered on the server by @lit-labs/ssr
      // (examples/ssr/render.mjs, in its own Node process).
      const { execFileSync } = await import('node:child_process');
      const body = execFileSync(process.execPath, ['examples/ssr/render.mjs'], { encoding: 'utf8' });
      // Lit and the hydration support resolve through an import map to the
      // packages as published, like the ES modules in /dist/esm/.
      const lit = (name) => `"${name}/": "/host/node_modules/${name}/"`;
      const imports = `{"imports": {"lit": "/host/node_modules/lit/index.js", "lit-html": "/host/node_modules/lit-html/lit-html.js",
        "@lit/reactive-element": "/host/node_modules/@lit/reactive-element/reactive-element.js",
        ${['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit-labs/ssr-client'].map(lit).join(', ')}}}`;
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>SSR</title><script type="importmap">${imports}</script></head><body>${body}</body></html>`;
      return;
    }
    case 'endless': {
      // A JSON answer with no declared length that never ends, 1 KB at a time
      // (until the client goes away).
      const { Readable } = await import('node:stream');
      ctx.type = 'application/json';
      ctx.body = Readable.from(
        (async function* () {
          yield '{"version": 1, "padding": "';
          for (let i = 0; i < 100_000 && !ctx.req.destroyed; i++) {
            await new Promise((r) => setTimeout(r, 5));
            yield 'x'.repeat(1024);
          }
        })(),
      );
      return;
    }
    case 'other-version': {
      // The classic script as another release would be: the same code stamped 9.9.9.
      const { readFile } = await import('node:fs/promises');
      const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
      ctx.type = 'text/javascript';
      ctx.body = (await readFile(new URL('../../dist/recovery-widgets.js', import.meta.url), 'utf8')).replaceAll(version, '9.9.9');
      return;
    }
    case 'detached': {
      // A per-element module (dist/elements/) hosted without its chunks/ folder:
      // its loader chunk, imported when a partner supplies a document, is a 404.
      if (!/^recovery-[a-z-]+\.js$/.test(arg ?? '')) return void (ctx.status = 404);
      const { readFile } = await import('node:fs/promises');
      ctx.type = 'text/javascript';
      ctx.body = await readFile(new URL(`../../dist/elements/${arg}`, import.meta.url), 'utf8');
      return;
    }
    case 'partner-content':
      // A valid content document whose title names `arg`, so a test can tell its own.
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ version: 1, topics: [partnerTopic(`Partner title ${arg}`)] });
      return;
    case 'corpus': {
      // Entry `arg` of the hostile-content corpus (test/security/corpus.mjs).
      const entry = corpus[Number(arg)];
      if (!entry) return void (ctx.status = 404);
      ctx.type = 'application/json';
      ctx.body = entry.json();
      return;
    }
    case 'requests':
      // The requests whose path holds the `tag` query parameter.
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(all.filter((r) => r.path.includes(url.searchParams.get('tag') || '\0')));
      return;
    case 'log':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(seen);
      if (arg === 'clear') seen.length = 0;
      return;
    default:
      ctx.status = 404;
  }
}
