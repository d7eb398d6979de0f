#!/usr/bin/env node
// `npm run build`: the classic script, the ES modules and their types, the
// per-element bundles, the JSON Schema, custom-elements.json and, from all of
// them, the partner site in dist/site/. Writes the Subresource Integrity hash
// of each file a page loads from a CDN to dist/sri.json, and prints them with
// their gzip sizes. `--release` also writes them into the table in SECURITY.md,
// and first writes package.json's version wherever a file names the version
// (scripts/stamp-version.mjs: the schema's $id, the README's and SECURITY.md's
// pinned URLs), so the build ships them as the release is named.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildSite } from './build-site.mjs';
import { stampVersion } from './stamp-version.mjs';

const quiet = process.argv.includes('--quiet');
const run = (command, args) => execFileSync(command, args, { stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'] });

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const release = process.argv.includes('--release');
// Before anything is built from them: dist/content.schema.json and the site copy the schema and read the README.
if (release) for (const file of stampVersion(version)) console.log(`${file}: now names ${version}`);

rmSync('dist', { recursive: true, force: true });
run('npx', ['rollup', '-c', '--silent']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
mkdirSync('dist', { recursive: true });
copyFileSync('src/content/content.schema.json', 'dist/content.schema.json');
run('npx', ['cem', 'analyze', '--quiet']);
await buildSite();

// What a page loads from a CDN: the classic script, and the per-element
// modules with the chunks they import.
const files = [
  'recovery-widgets.js',
  ...readdirSync('dist/elements', { recursive: true })
    .filter((f) => f.endsWith('.js'))
    .map((f) => `elements/${f}`)
    .sort(),
];
const sri = Object.fromEntries(files.map((f) => [f, `sha384-${createHash('sha384').update(readFileSync(`dist/${f}`)).digest('base64')}`]));
writeFileSync('dist/sri.json', JSON.stringify({ version, algorithm: 'sha384', files: sri }, null, 2) + '\n');

if (release) {
  const table = ['| file | integrity |', '|---|---|', ...files.map((f) => `| \`dist/${f}\` | \`${sri[f]}\` |`)].join('\n');
  const doc = readFileSync('SECURITY.md', 'utf8');
  const block = /<!-- sri:start [^>]*-->[\s\S]*?<!-- sri:end -->/;
  if (!block.test(doc)) throw new Error('SECURITY.md has no <!-- sri:start --> … <!-- sri:end --> block');
  writeFileSync('SECURITY.md', doc.replace(block, () => `<!-- sri:start version ${version} -->\n${table}\n<!-- sri:end -->`));
}

if (!quiet) {
  console.log('\nfile                                                   gzip      SRI (also in dist/sri.json)');
  for (const file of files) {
    const bytes = readFileSync(`dist/${file}`);
    // kB of 1,000 bytes, as size-limit and the README count them.
    console.log(`${`dist/${file}`.padEnd(54)} ${(gzipSync(bytes, { level: 9 }).length / 1000).toFixed(2).padStart(6)} kB  ${sri[file]}`);
  }
}
