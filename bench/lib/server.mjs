// A tiny static server for the benchmark pages, on 127.0.0.1 only:
//   /dist/…          the build (dist/)
//   /out/…           pages and bundles the benchmark generates (bench/.out/)
//   /axe.min.js      axe-core, injected into pages for accessibility scans
// `?delay=ms` on any URL holds the response back, to emulate a slow CDN;
// `?r=N` on a page replaces __RUN__ in it (see below).
// No Content-Security-Policy here: the peer carousels need none of ours, and
// the harness is an inline script. (Lighthouse runs on the demo through
// scripts/serve.mjs, which does send the strict policy.)
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { types } from '../../scripts/serve.mjs';
import { OUT, ROOT } from './paths.mjs';

const require = createRequire(import.meta.url);


/** The file behind a URL path, or undefined. */
export function fileFor(pathname) {
  if (pathname === '/axe.min.js') return require.resolve('axe-core/axe.min.js');
  const mounts = [
    ['/dist/', join(ROOT, 'dist')],
    ['/out/', OUT],
  ];
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(dir, pathname.slice(prefix.length)));
    if (!file.startsWith(dir)) return undefined;
    try {
      return statSync(file).isFile() ? file : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Bytes of a served file: raw and gzip -9 (what a CDN would send). */
export function weigh(pathname) {
  const file = fileFor(pathname);
  if (!file) return undefined;
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export function startServer() {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = fileFor(decodeURIComponent(url.pathname));
    const delay = Math.min(Number(url.searchParams.get('delay')) || 0, 10_000);
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (!file || req.method !== 'GET') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    let body = readFileSync(file);
    // Pages name their scripts with `?r=__RUN__`: each run gets its own script
    // URL, so V8 compiles it afresh (no in-memory compilation cache hit).
    if (file.endsWith('.html')) body = Buffer.from(body.toString('utf8').replaceAll('__RUN__', url.searchParams.get('r') ?? '0'));
    setTimeout(() => {
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    }, delay);
  });
  return new Promise((ready) =>
    server.listen(0, '127.0.0.1', () => {
      server.origin = `http://127.0.0.1:${server.address().port}`;
      ready(server);
    }),
  );
}
