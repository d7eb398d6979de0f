#!/usr/bin/env node
// Weighs the runtime validator: the hand-written one (src/content/validate.ts)
// against the same rules in valibot (bench/validator/valibot-schema.js), each
// bundled and minified alone with esbuild, then gzipped.
// Usage: node bench/validator.mjs
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

async function weigh(entry) {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'warning', tsconfig: 'tsconfig.json' });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const hand = await weigh('src/content/validate.ts');
const valibot = await weigh('bench/validator/valibot-schema.js');
console.log(`hand-written: ${hand.gzip} B gzip (${hand.min} B minified)`);
console.log(`valibot:      ${valibot.gzip} B gzip (${valibot.min} B minified)`);
console.log(`valibot / hand-written: ${(valibot.gzip / hand.gzip).toFixed(2)}`);
