// dist/sri.json, which partners copy into integrity="…", must name every file
// a page loads from a CDN with the hash of exactly the bytes built.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const dist = new URL('../../dist/', import.meta.url);
const sri = JSON.parse(readFileSync(new URL('sri.json', dist), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

describe('dist/sri.json', () => {
  it('is for this version, in sha384', () => {
    assert.equal(sri.version, pkg.version);
    assert.equal(sri.algorithm, 'sha384');
  });

  it('lists the classic script and every per-element module and chunk', () => {
    const elements = readdirSync(new URL('elements/', dist), { recursive: true }).filter((f) => f.endsWith('.js'));
    assert.deepEqual(Object.keys(sri.files).sort(), ['recovery-widgets.js', ...elements.map((f) => `elements/${f}`)].sort());
  });

  it('holds the hash of each file as built', () => {
    for (const [file, integrity] of Object.entries(sri.files)) {
      const digest = createHash('sha384').update(readFileSync(new URL(file, dist))).digest('base64');
      assert.equal(integrity, `sha384-${digest}`, file);
    }
  });

  it('ships in the package', () => {
    assert.equal(pkg.exports['./sri.json'], './dist/sri.json');
  });

  it('agrees with the table in SECURITY.md, for this version (node scripts/build.mjs --release rewrites it)', () => {
    const doc = readFileSync(new URL('../../SECURITY.md', import.meta.url), 'utf8');
    const block = /<!-- sri:start version (\S+) -->([\s\S]*?)<!-- sri:end -->/.exec(doc);
    assert.ok(block, 'SECURITY.md has its sri:start ... sri:end block');
    assert.equal(block[1], pkg.version);
    const listed = Object.fromEntries([...block[2].matchAll(/^\| `dist\/([^`]+)` \| `([^`]+)` \|$/gm)].map((m) => [m[1], m[2]]));
    assert.deepEqual(listed, sri.files, 'SECURITY.md lists other hashes than the build: run node scripts/build.mjs --release');
  });
});
