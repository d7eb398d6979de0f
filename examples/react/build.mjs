#!/usr/bin/env node
// Bundles the React example with esbuild: React, @lit/react, Lit and the
// widgets from node_modules, nothing from a CDN. `recovery-widgets/react`
// resolves through this package's own exports map (a self-reference), so the
// example uses the built package exactly as an app that installed it would.
// Run `npm run build` first. Usage: node examples/react/build.mjs
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

export function buildReactExample({ minify = true } = {}) {
  return build({
    absWorkingDir: here,
    entryPoints: ['src/main.tsx'],
    outfile: 'dist/app.js',
    bundle: true,
    format: 'esm',
    target: 'es2021',
    jsx: 'automatic',
    minify,
    sourcemap: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['production', 'browser'],
    logLevel: 'warning',
    metafile: true,
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildReactExample();
