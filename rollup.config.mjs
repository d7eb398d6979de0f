// Two builds from the same sources:
//  - dist/recovery-widgets.js: one minified classic script (IIFE) with Lit
//    inside, for partners who paste a <script src> into their CMS;
//  - dist/esm/: unbundled ES modules with Lit external, for bundler users, so
//    their app shares one copy of Lit.
import { readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import esbuild from 'rollup-plugin-esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const banner = `/*! recovery-widgets ${pkg.version} | MIT | no cookies, no storage, no requests unless configured */`;

/** Stamps the package version where the source says '__VERSION__'. */
const version = () => ({
  name: 'version',
  transform: (code) => (code.includes('__VERSION__') ? { code: code.replaceAll('__VERSION__', pkg.version), map: null } : null),
});

// Transpile with esbuild (TypeScript 7 has no compiler API for a Rollup
// plugin), then minify the html`` and css`` templates, which terser cannot.
// The minified bundles also drop the quotes around attribute values that need
// none (`part=card`, `href=${url}`: Lit reads unquoted bindings the same).
// dist/esm keeps them: what a server renders from it stays as it was.
const transpile = ({ bundle = false } = {}) => [
  mangledInStrings(),
  esbuild({ target: 'es2021', tsconfig: './tsconfig.json', minify: false }),
  minifyLiterals({ failOnError: true, ...(bundle && { options: { minifyOptions: { removeAttributeQuotes: true } } }) }),
];

/**
 * Lit, when bundled inside our scripts, would record its versions on
 * `window` (litHtmlVersions, litElementVersions, reactiveElementVersions) and
 * polyfill Symbol.metadata and a global litPropertyMetadata for decorators,
 * which we do not use. A guest on someone else's page leaves no globals: the
 * version lists go, and so does the decorators' metadata, with the code that
 * reads it (nothing could write to a map of the bundle's own). And its
 * Trusted Types policy, named "lit-html", is the page's own Lit's name too:
 * under `trusted-types` without 'allow-duplicates' the second to ask is
 * refused and throws, breaking the partner's app or us. Each
 * bundle asks under its own name (`policy`). Each rewrite must match (Lit is
 * pinned); a Lit upgrade that changes these lines fails the build instead of
 * silently leaking again.
 */
const leaveNoGlobals = (policy) => {
  const rewrites = {
    'lit-html/lit-html.js': [
      [',(t.litHtmlVersions??=[]).push("3.3.3")', ''],
      // svg`` and mathml`` templates (types 2 and 3): we write html`` only
      // (plainTemplates() fails the build on another), so their wrappers go.
      ['l=2===i?"<svg>":3===i?"<math>":""', 'l=""'],
      ['+(2===i?"</svg>":3===i?"</math>":"")', ''],
      [',2===i||3===i){const t=this.el.content.firstChild;t.replaceWith(...t.childNodes)}', '){}'],
      // Templates compiled ahead of time by @lit-labs/compiler (an object
      // where html`` puts a number): we compile none.
      ['e="number"==typeof s?this._$AC(t):(void 0===s.el&&(s.el=S.createElement(V(s.h,s.h[0]),this.options)),s)', 'e=this._$AC(t)'],
      ['s.createPolicy("lit-html",', `s.createPolicy(${JSON.stringify(policy)},`],
    ],
    'lit-element/lit-element.js': [['(s.litElementVersions??=[]).push("4.2.2");', '']],
    '@lit/reactive-element/reactive-element.js': [
      ['Symbol.metadata??=Symbol("metadata"),a.litPropertyMetadata??=new WeakMap;', ''],
      // What decorators recorded, read when a class is finalized: none here,
      // and no decorator could reach a map of this bundle's own.
      ['const t=this[Symbol.metadata];if(null!==t){const s=litPropertyMetadata.get(t);if(void 0!==s)for(const[t,i]of s)this.elementProperties.set(t,i)}', ''],
      [',(a.reactiveElementVersions??=[]).push("2.1.2")', ''],
    ],
    // css`` with ${…} values joins them in and explains a wrong one in a long
    // message. Our styles have none (plainStyles() fails the build on one),
    // so the bundles keep only the plain case.
    '@lit/reactive-element/css-tag.js': [
      [
        'i=(t,...e)=>{const o=1===t.length?t[0]:e.reduce((e,s,o)=>e+(t=>{if(!0===t._$cssResult$)return t.cssText;if("number"==typeof t)return t;throw Error("Value passed to \'css\' function must be a \'css\' function result: "+t+". Use \'unsafeCSS\' to pass non-literal values, but take care to ensure page security.")})(s)+t[o+1],t[0]);return new n(o,t,s)}',
        'i=t=>new n(t[0],t,s)',
      ],
      // The guard against `new CSSResult(…)` outside css-tag.js: inside a
      // bundle, nothing else can reach the class.
      ['if(this._$cssResult$=!0,o!==s)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");', 'this._$cssResult$=!0;'],
    ],
  };
  // Every file must be seen: a resolver that picked another build of Lit
  // (development/, node/) would otherwise skip the rewrites in silence.
  const seen = new Set();
  return {
    name: 'leave-no-globals',
    buildEnd(error) {
      const missed = Object.keys(rewrites).filter((f) => !seen.has(f));
      if (!error && missed.length) this.error(`leaveNoGlobals never saw ${missed.join(', ')}: the bundle took another build of Lit`);
    },
    transform(code, id) {
      const file = Object.keys(rewrites).find((f) => id.endsWith(`/node_modules/${f}`));
      if (!file) return null;
      seen.add(file);
      for (const [from, to] of rewrites[file]) {
        if (!code.includes(from)) this.error(`${file} no longer contains ${from}: update leaveNoGlobals in rollup.config.mjs`);
        code = code.replace(from, to);
      }
      return { code, map: null };
    },
  };
};

/**
 * The classic script carries the support finder's services, from which the
 * info card's built-in helplines are chosen: there it picks them with
 * toHelplines() instead of carrying a second copy of their names and numbers.
 * test/content/builtin.test.ts checks the two lists are the same. The card's
 * own bundle keeps the generated list and leaves the services out.
 */
const helplinesFromServices = () => ({
  name: 'helplines-from-services',
  transform(code, id) {
    if (!id.endsWith('/src/content/builtin-services.ts')) return null;
    const list = /^export const helplines: Helpline\[\] = \[[\s\S]*?^\];$/m;
    if (!list.test(code)) this.error('builtin-services.ts no longer ends with the helplines list: update helplinesFromServices in rollup.config.mjs');
    return {
      // The import goes last (imports are hoisted), so no line moves for the source map.
      code: code.replace(list, "export const helplines: Helpline[] = toHelplines(services);\nimport { toHelplines } from '../shared/regions.js';"),
      map: null,
    };
  },
});

// A second copy of the classic script on the page stops before it runs its
// own Lit (which would, for one, ask Trusted Types for a second policy of
// its name): the first copy's elements serve the page. A copy of another
// version says so, as define() does.
const secondCopyStops = `{const r=globalThis.customElements,c=r?.get("recovery-info-card");if(c&&r.get("recovery-quote-carousel")&&r.get("recovery-support-finder")){c.version!=="${pkg.version}"&&console.warn("recovery-widgets: version "+c.version+" is already registered on this page; version ${pkg.version} was not registered.");return}}`;

/**
 * Fails the build on a css`` template with a ${…} value, or an svg`` or
 * mathml`` template (or the directives that make one, or an import of the
 * tags under another name): the bundles' copy of Lit handles neither (see
 * leaveNoGlobals).
 */
const plainStyles = () => ({
  name: 'plain-styles',
  transform(code, id) {
    if (!id.includes('/src/')) return null;
    if (/\bcss\s*`[^`]*\$\{/.test(code)) this.error(`a css\`\` template with a \${…} value: the bundles' css\`\` takes plain text only (see leaveNoGlobals in rollup.config.mjs)`);
    if (/\b(svg|mathml)\s*`|\bunsafe(SVG|MathML)\b|\b(svg|mathml|css) as\b/.test(code)) {
      this.error('an svg`` or mathml`` template, or css under another name: the bundles\' Lit renders html`` and plain css`` only (see leaveNoGlobals in rollup.config.mjs)');
    }
    return null;
  },
});

const onwarn = (warning, warn) => {
  // Lit's modules start with a licence comment and `this` at top level is fine.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

// Private members are named `_x` and renamed to short names in the minified
// bundles. Terser renames them where it sees a property (`o._x`, `{_x: 1}`,
// and quoted ones too: `o['_x']`, `'_x' in o`), but not a name passed as a
// value (`changed.has('_x')`, a strings-table key) or built at run time
// (`'_' + k`), which would no longer match: `mangledInStrings` fails the
// build on any `_x` in quotes, and none is built; a state property looked up by
// name keeps a public-looking name (the carousel's `rotating`).
// Lit's own are `_$x`. Those of ReactiveElement (`_$E…`) are read by nothing
// outside its own file, not by lit-html, LitElement nor @lit-labs/ssr-client,
// and are renamed too; the others (`_$A…`, `_$litType$`…) are how copies of
// Lit and its hydration recognise each other's objects, and stay.
const PRIVATE = /^_[A-Za-z]|^_\$E/;
const mangledInStrings = () => ({
  name: 'mangled-in-strings',
  transform(code, id) {
    if (!id.includes('/src/')) return null;
    const hit = code.match(/['"`]_[A-Za-z]\w*['"`]/);
    if (hit) this.error(`${id}: ${hit[0]} is a string, but _x properties are renamed when minified: rename the member or the key`);
    return null;
  },
});

const minify = () =>
  terser({
    ecma: 2021,
    // keep_fargs: false drops unused trailing parameters; nothing here reads a function's length.
    // inline: 1 inlines only functions without parameters: inlining the
    // others (the default, 3) copies their bodies and costs bytes here.
    compress: { passes: 3, unsafe_arrows: true, keep_fargs: false, inline: 1 },
    mangle: { properties: { regex: PRIVATE } },
    // ASCII only: the script reads the same on a page in any encoding,
    // served with or without a charset.
    format: { comments: /^!/, ascii_only: true },
  });

const elements = ['recovery-info-card', 'recovery-quote-carousel', 'recovery-support-finder'];

export default [
  {
    input: 'src/classic.ts',
    output: {
      file: 'dist/recovery-widgets.js',
      format: 'iife',
      inlineDynamicImports: true,
      banner,
      intro: secondCopyStops,
      sourcemap: true,
    },
    plugins: [
      version(),
      resolve({ exportConditions: ['production', 'browser', 'default'] }),
      leaveNoGlobals('recovery-widgets'),
      plainStyles(),
      helplinesFromServices(),
      ...transpile({ bundle: true }),
      minify(),
    ],
    onwarn,
  },
  // One element with Lit inside, as a module: what a page that uses only that
  // element downloads. The loader and validator are a separate chunk, fetched
  // only when a partner supplies a content document. Size budgets apply here.
  ...elements.map((name) => ({
    input: `src/${name}/define.ts`,
    output: {
      dir: 'dist/elements',
      format: 'es',
      entryFileNames: `${name}.js`,
      // Named for its element: a partner pinning one (SECURITY.md) can tell which.
      chunkFileNames: `chunks/${name}-[name]-[hash].js`,
      banner,
      sourcemap: true,
    },
    preserveEntrySignatures: 'allow-extension',
    plugins: [version(), resolve({ exportConditions: ['production', 'browser', 'default'] }), leaveNoGlobals(name), plainStyles(), ...transpile({ bundle: true }), minify()],
    onwarn,
  })),
  {
    input: [
      'src/index.ts',
      'src/recovery-info-card/define.ts',
      'src/recovery-quote-carousel/define.ts',
      'src/recovery-support-finder/define.ts',
      // recovery-widgets/react: wrappers made with @lit/react; React, like Lit, is the app's own.
      'src/react/index.ts',
    ],
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id === 'react',
    output: {
      dir: 'dist/esm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
      banner,
    },
    plugins: [version(), ...transpile()],
    onwarn,
  },
];
