#!/usr/bin/env node
// `npm run build`: the classic script, the ES modules and their types, the
// per-element bundles, the JSON Schema, custom-elements.json and, from all of
// them, the partner site in dist/site/. Prints each release file's gzip size
// and Subresource Integrity hash.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildSite } from './build-site.mjs';

const quiet = process.argv.includes('--quiet');
const run = (command, args) => execFileSync(command, args, { stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'] });

rmSync('dist', { recursive: true, force: true });
run('npx', ['rollup', '-c', '--silent']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
mkdirSync('dist', { recursive: true });
copyFileSync('src/content/content.schema.json', 'dist/content.schema.json');
run('npx', ['cem', 'analyze', '--quiet']);
await buildSite();

if (!quiet) {
  const files = ['dist/recovery-widgets.js', ...readdirSync('dist/elements').filter((f) => f.endsWith('.js')).map((f) => `dist/elements/${f}`)];
  console.log('\nfile                                          gzip      SRI');
  for (const file of files) {
    const bytes = readFileSync(file);
    const sri = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
    console.log(`${file.padEnd(45)} ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(2).padStart(6)} KB  ${sri}`);
  }
}
