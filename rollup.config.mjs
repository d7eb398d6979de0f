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
const transpile = () => [
  esbuild({ target: 'es2021', tsconfig: './tsconfig.json', minify: false }),
  minifyLiterals({ failOnError: true }),
];

const onwarn = (warning, warn) => {
  // Lit's modules start with a licence comment and `this` at top level is fine.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

const minify = () =>
  terser({
    ecma: 2021,
    compress: { passes: 2, unsafe_arrows: true },
    format: { comments: /^!/ },
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
      sourcemap: true,
    },
    plugins: [
      version(),
      resolve({ exportConditions: ['production', 'browser', 'default'] }),
      ...transpile(),
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
      chunkFileNames: `chunks/[name]-[hash].js`,
      banner,
      sourcemap: true,
    },
    preserveEntrySignatures: 'allow-extension',
    plugins: [version(), resolve({ exportConditions: ['production', 'browser', 'default'] }), ...transpile(), minify()],
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
