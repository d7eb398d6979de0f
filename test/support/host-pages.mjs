// Host pages for the host-page matrix (test/host/): partner pages served the
// way a partner's server would send them, untouched by the dev server's
// plugins (no esbuild, no bare-import rewriting), with optional
// Content-Security-Policy headers.
//
//   /host/pages/NAME.html   test/host/pages/NAME.html, with
//                             {{nonce}}   a fresh nonce per response
//                             {{sri}}     the classic script's SRI hash (dist/sri.json)
//                             {{QUERY}}   the query parameter QUERY ([\w.#%-]* only)
//                             {{QUERY|x}} the same, x when it is absent
//                           ?csp=strict   default-src 'none'; script-src 'self'; ...
//                           ?csp=nonce    the same with nonces and 'strict-dynamic'
//                           ?csp=trusted  strict, plus Trusted Types for our policy
//                           ?csp=trusted-duplicates  the same, with 'allow-duplicates'
//                           ?csp=trusted-mixed  Trusted Types for the page's own Lit and
//                                         each of our bundles
//                           ?charset=windows-1252  the page in that encoding (no <meta charset>),
//                                         and our script sent with no charset, so
//                                         the browser reads it in the page's
//                           ?bare         without the widgets' <script data-widgets> tags:
//                                         the page as it is without us, for comparisons
//   /host/...               other files under test/host/, as they are
//   /host/node_modules/...  Lit's own packages, as published (for import maps)
//   /host/apps/NAME.js      the React and Vue apps, bundled by hostApps() at start
//   /dist/...               the build, as it is: what a CDN would send
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { types } from '../../scripts/serve.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const hostDir = join(root, 'test/host');

const LIT_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit-labs/ssr-client'];

export const policies = {
  strict: () => "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'",
  nonce: (n) =>
    `default-src 'none'; script-src 'nonce-${n}' 'strict-dynamic'; style-src 'nonce-${n}'; img-src 'self'; connect-src 'self'; base-uri 'none'; object-src 'none'`,
  trusted: () =>
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types recovery-widgets",
  'trusted-duplicates': () =>
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types recovery-widgets 'allow-duplicates'",
  // The page's own Lit (policy "lit-html"), our classic script and two of our per-element modules, no 'allow-duplicates'.
  'trusted-mixed': () =>
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html recovery-widgets recovery-info-card recovery-support-finder",
};

/** Bundles of the framework apps, filled by the hostApps() plugin. */
const apps = new Map();

/** A file under `dir`, or undefined when the path leaves it or is not a file. */
function fileIn(dir, relative) {
  const file = normalize(join(dir, relative));
  if (!file.startsWith(dir + '/')) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

function sri() {
  const file = join(root, 'dist/sri.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).files['recovery-widgets.js'] : 'sha384-missing';
}

function page(file, url) {
  const nonce = randomBytes(16).toString('base64');
  let html = readFileSync(file, 'utf8');
  if (url.searchParams.has('bare')) {
    html = html.replace(/<script\b[^>]*\bdata-widgets\b[^>]*>[\s\S]*?<\/script>\s*/g, '');
  }
  html = html.replace(/\{\{(\w+)(?:\|([^}]*))?\}\}/g, (_, name, fallback = '') => {
    if (name == 'nonce') return nonce;
    if (name == 'sri') return sri();
    const value = url.searchParams.get(name) ?? fallback;
    if (!/^[\w.#%-]*$/.test(value)) throw new Error(`unsafe value for {{${name}}}`);
    return value;
  });
  const charset = url.searchParams.get('charset');
  if (charset) html = html.replace(/<meta charset="utf-8" \/>\s*/, '').replaceAll('/dist/recovery-widgets.js', '/dist/recovery-widgets.js?no-charset');
  const csp = url.searchParams.get('csp');
  return { html, csp: csp ? policies[csp]?.(nonce) : undefined, charset };
}

function send(ctx, file) {
  ctx.type = types[extname(file)] ?? 'application/octet-stream';
  ctx.set('cache-control', 'no-cache');
  ctx.body = readFileSync(file);
}

export async function hostPages(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  const path = decodeURIComponent(url.pathname);
  if (path.startsWith('/dist/')) {
    const file = fileIn(join(root, 'dist'), path.slice('/dist/'.length));
    if (!file) return next();
    send(ctx, file);
    if (url.searchParams.has('no-charset')) ctx.set('content-type', 'text/javascript');
    return;
  }
  if (!path.startsWith('/host/')) return next();
  const rest = path.slice('/host/'.length);
  if (rest.startsWith('apps/')) {
    const code = apps.get(rest.slice('apps/'.length));
    if (!code) return void (ctx.status = 404);
    ctx.type = types['.js'];
    ctx.body = code;
    return;
  }
  if (rest.startsWith('node_modules/')) {
    const name = rest.slice('node_modules/'.length);
    if (!LIT_PACKAGES.some((p) => name.startsWith(p + '/'))) return void (ctx.status = 404);
    const file = fileIn(join(root, 'node_modules'), name);
    if (!file) return void (ctx.status = 404);
    return send(ctx, file);
  }
  const file = fileIn(hostDir, rest);
  if (!file) return void (ctx.status = 404);
  if (rest.startsWith('pages/') && file.endsWith('.html')) {
    const { html, csp, charset } = page(file, url);
    ctx.type = charset ? `text/html; charset=${charset}` : types['.html'];
    ctx.set('cache-control', 'no-store');
    if (csp) ctx.set('content-security-policy', csp);
    ctx.body = html;
    return;
  }
  send(ctx, file);
}

/**
 * A test-runner plugin that bundles the partner apps in test/host/apps/ with
 * esbuild when the server starts (before any browser opens a page): React 19
 * and Vue 3 from node_modules, nothing from a CDN.
 */
export function hostApps() {
  return {
    name: 'host-apps',
    async serverStart() {
      const entries = { 'react-app.js': 'test/host/apps/react-app.jsx', 'vue-app.js': 'test/host/apps/vue-app.js' };
      await Promise.all(
        Object.entries(entries).map(async ([name, entry]) => {
          const result = await build({
            entryPoints: [join(root, entry)],
            bundle: true,
            write: false,
            format: 'iife',
            target: 'es2021',
            jsx: 'automatic',
            logLevel: 'error',
            define: {
              // Development builds: React and Vue then report misuse (of our elements too) on the console.
              'process.env.NODE_ENV': '"development"',
              __VUE_OPTIONS_API__: 'false',
              __VUE_PROD_DEVTOOLS__: 'false',
              __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
            },
          });
          apps.set(name, result.outputFiles[0].text);
        }),
      );
    },
  };
}
