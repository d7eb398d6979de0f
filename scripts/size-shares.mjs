#!/usr/bin/env node
// Where the bytes of the classic script go: each part's characters, found
// through the source map, gzipped alone and scaled to the gzipped file (gzip
// shares across parts, so the parts only add up once scaled). Run after
// `npm run build`: node scripts/size-shares.mjs [dist/file.js]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { eachMapping, TraceMap } from '@jridgewell/trace-mapping';

const file = process.argv[2] ?? 'dist/recovery-widgets.js';
const code = readFileSync(file, 'utf8');
const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));

// The source of every character of the built file ('' for none).
const owner = new Array(code.length).fill('');
const lineStart = [0];
for (let i = 0; i < code.length; i++) if (code[i] == '\n') lineStart.push(i + 1);
const segments = [];
eachMapping(new TraceMap(map), (m) => segments.push([lineStart[m.generatedLine - 1] + m.generatedColumn, m.source ?? '']));
segments.sort((a, b) => a[0] - b[0]);
segments.forEach(([start, src], i) => owner.fill(src, start, segments[i + 1]?.[0] ?? code.length));

const PARTS = [
  ['Lit', /node_modules/],
  ['support finder', /recovery-support-finder\//],
  ['quote carousel', /recovery-quote-carousel\//],
  ['info card', /recovery-info-card\//],
  ['built-in services and emergency numbers', /builtin-services/],
  ['the self-harm topic', /builtin-topic/],
  ['content validator', /content\/validate/],
  ['content loader', /content\/(loader|inline|lang)/],
  ['shared', /shared\//],
];
const text = new Map();
for (let i = 0; i < code.length; i++) {
  const path = owner[i];
  const part = PARTS.find(([, test]) => test.test(path))?.[0] ?? 'other (banner, wrapper)';
  text.set(part, (text.get(part) ?? '') + code[i]);
}
const gzip = (s) => gzipSync(s, { level: 9 }).length;
const total = gzip(code);
const alone = [...text].map(([part, s]) => [part, gzip(s)]);
const sum = alone.reduce((a, [, n]) => a + n, 0);
console.log(`${file}: ${(total / 1000).toFixed(2)} kB gzipped`);
for (const [part, n] of alone.sort((a, b) => b[1] - a[1])) console.log(`${((n / sum) * total / 1000).toFixed(2).padStart(6)} kB  ${part}`);
