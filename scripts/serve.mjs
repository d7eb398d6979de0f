#!/usr/bin/env node
// A small static server for the partner site: dist/site/ (built from demo/ and
// scripts/site/ by `npm run build`) at /, the build at /dist/.
// 127.0.0.1 only; PORT overrides 8000. Sends the strict Content-Security-Policy
// a careful partner would, so the demo proves the widgets need no exceptions.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const mounts = [
  ['/dist/', join(root, 'dist')],
  // The React example, once built (node examples/react/build.mjs).
  ['/examples/react/', join(root, 'examples', 'react')],
  ['/', join(root, 'dist', 'site')],
];
/** Content types by file extension, for every server in the project. */
export const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};
export const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

function locate(pathname) {
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(dir, pathname.slice(prefix.length)));
    if (!file.startsWith(dir)) return undefined;
    try {
      const stat = statSync(file);
      if (stat.isDirectory()) return locate(join(pathname, 'index.html').replaceAll('\\', '/'));
      return file;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export function serve(port = Number(process.env.PORT) || 8000, host = '127.0.0.1') {
  const server = createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = locate(pathname);
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(file ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' }).end(file ? 'Method not allowed' : 'Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      // The embed snippet's crossorigin + integrity need CORS to check the hash from another site.
      ...(pathname.startsWith('/dist/') && { 'access-control-allow-origin': '*' }),
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((ready, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ready(server);
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serve().catch((error) => {
    if (error.code !== 'EADDRINUSE') throw error;
    console.error(`Port ${error.port} is in use (another \`npm start\`?). Stop it, or choose another: PORT=8123 npm start`);
    process.exit(1);
  });
  const { port } = server.address();
  console.log(`recovery-widgets partner site: http://127.0.0.1:${port}/  (Ctrl+C to stop)`);
}
