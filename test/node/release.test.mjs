// `node scripts/build.mjs --release` after `npm version`: every file that
// names the version names the new one (scripts/stamp-version.mjs), so that
// the schema's $id and the README's snippets never pin the last release.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { stampVersion } from '../../scripts/stamp-version.mjs';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const FILES = ['src/content/content.schema.json', 'README.md', 'SECURITY.md'];
/** The next minor version: 0.1.0 → 0.2.0. */
const next = pkg.version.replace(/^(\d+)\.(\d+)\..*$/, (_, major, minor) => `${major}.${Number(minor) + 1}.0`);
const escaped = next.replaceAll('.', '\\.');
const pinned = (text) => [...text.matchAll(/recovery-widgets@(\d+\.\d+\.\d+[^/\s`"]*)/g)].map((m) => m[1]);
let dir;
const read = (file) => readFileSync(join(dir, file), 'utf8');

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'recovery-widgets-release-'));
  for (const file of FILES) cpSync(new URL(file, root), join(dir, file));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('the release build names the new version', () => {
  it('names the version package.json has, now: nothing to stamp', () => {
    for (const file of ['README.md', 'SECURITY.md']) {
      const versions = pinned(readFileSync(new URL(file, root), 'utf8'));
      assert.ok(versions.length > 0, file);
      assert.deepEqual([...new Set(versions)], [pkg.version], `${file} pins another version than package.json's ${pkg.version}`);
    }
    assert.deepEqual(stampVersion(pkg.version, dir), []);
  });

  it('writes a new version into the schema $id, and into every pinned URL of the README and SECURITY.md', () => {
    const before = Object.fromEntries(FILES.map((f) => [f, read(f)]));
    assert.deepEqual(stampVersion(next, dir).sort(), [...FILES].sort());
    const schema = JSON.parse(read('src/content/content.schema.json'));
    assert.equal(schema.$id, `https://unpkg.com/recovery-widgets@${next}/dist/content.schema.json`);
    for (const file of ['README.md', 'SECURITY.md']) {
      assert.equal(pinned(read(file)).length, pinned(before[file]).length, file);
      assert.deepEqual([...new Set(pinned(read(file)))], [next], file);
    }
    assert.match(read('README.md'), new RegExp(`<script src="https://cdn\\.example\\.org/recovery-widgets@${escaped}/dist/recovery-widgets\\.js"`));
    assert.match(read('SECURITY.md'), new RegExp(`\\{ "version": "${escaped}", "algorithm": "sha384"`));
    // Nothing else changes: the same text with the old version put back.
    for (const file of FILES) assert.equal(read(file).replaceAll(next, pkg.version), before[file], file);
    // A prerelease, and back.
    stampVersion('1.0.0-rc.1', dir);
    assert.equal(JSON.parse(read('src/content/content.schema.json')).$id, 'https://unpkg.com/recovery-widgets@1.0.0-rc.1/dist/content.schema.json');
    stampVersion(pkg.version, dir);
    for (const file of FILES) assert.equal(read(file), before[file], file);
  });

  it('refuses what is no version', () => {
    assert.throws(() => stampVersion('latest', dir), /no x\.y\.z version/);
  });
});
