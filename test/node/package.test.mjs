// The package as npm would publish it: exactly what partners need, and
// nothing else; clean for publint and for "Are the types wrong?". Runs on the
// build (`npm test` builds first).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
let dir;
let tarball;
let files;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'recovery-widgets-pack-'));
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { encoding: 'utf8' }));
  tarball = join(dir, packed.filename);
  files = packed.files.map((f) => f.path).sort();
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('the published package', () => {
  it('holds only the build, its types and maps, the manifest, the schema and the documents', () => {
    const allowed = [
      /^package\.json$/,
      /^README\.md$/,
      /^LICENSE$/,
      /^CHANGELOG\.md$/,
      /^SECURITY\.md$/,
      /^custom-elements\.json$/,
      /^dist\/recovery-widgets\.js(\.map)?$/,
      /^dist\/content\.schema\.json$/,
      /^dist\/sri\.json$/,
      /^dist\/elements\/(chunks\/)?[\w.-]+\.js(\.map)?$/,
      /^dist\/esm\/([\w-]+\/)?[\w.-]+\.(js|d\.ts)$/,
    ];
    const unexpected = files.filter((f) => !allowed.some((re) => re.test(f)));
    assert.deepEqual(unexpected, [], `not for partners: ${unexpected.join(', ')}`);
    for (const dir of ['src/', 'test/', 'demo/', 'dist/site/', 'examples/', 'scripts/', 'data/', 'bench/']) {
      assert.equal(files.filter((f) => f.startsWith(dir)).length, 0, `${dir} is in the package`);
    }
  });

  it('holds every file the exports map, main, types and customElements name', () => {
    const targets = new Set([pkg.main, pkg.types, pkg.customElements.replace(/^\.\//, '')]);
    for (const value of Object.values(pkg.exports)) {
      for (const target of typeof value === 'string' ? [value] : Object.values(value)) targets.add(target);
    }
    for (const target of targets) assert.ok(files.includes(target.replace(/^\.\//, '')), `${target} is not in the package`);
    for (const must of ['README.md', 'LICENSE', 'CHANGELOG.md', 'dist/esm/react/index.js', 'dist/esm/react/index.d.ts']) {
      assert.ok(files.includes(must), `${must} is not in the package`);
    }
  });

  it('names in custom-elements.json only files the package holds, and where each tag is defined', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
    const refs = new Set();
    const visit = (value) => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') {
        for (const [key, v] of Object.entries(value)) (key === 'module' || key === 'path') && typeof v === 'string' ? refs.add(v) : visit(v);
      }
    };
    visit(manifest.modules);
    const missing = [...refs].filter((r) => !files.includes(r));
    assert.deepEqual(missing, [], `not in the package: ${missing.join(', ')}`);
    const definitions = manifest.modules.flatMap((m) =>
      (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => [e.name, m.path, e.declaration.module]),
    );
    assert.deepEqual(
      definitions.sort(),
      ['recovery-info-card', 'recovery-quote-carousel', 'recovery-support-finder'].map((tag) => [tag, `dist/esm/${tag}/define.js`, `dist/esm/${tag}/${tag}.js`]),
    );
  });

  it('documents in custom-elements.json each attribute once, by its written name, with a description', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    assert.deepEqual(elements.map((d) => d.tagName).sort(), ['recovery-info-card', 'recovery-quote-carousel', 'recovery-support-finder']);
    for (const el of elements) {
      const names = el.attributes.map((a) => a.name);
      assert.deepEqual(names.filter((n) => n !== n.toLowerCase()), [], `${el.tagName}: attributes in camelCase, which HTML cannot set`);
      assert.equal(new Set(names).size, names.length, `${el.tagName}: an attribute listed twice`);
      assert.deepEqual(el.attributes.filter((a) => !a.description).map((a) => a.name), [], `${el.tagName}: attributes without a description`);
    }
    const card = elements.find((d) => d.tagName === 'recovery-info-card');
    assert.equal(card.members.find((m) => m.name === 'expanded').reflects, true);
    assert.equal(card.attributes.find((a) => a.name === 'hide-help').fieldName, 'hideHelp');
    const finder = elements.find((d) => d.tagName === 'recovery-support-finder');
    assert.equal(finder.attributes.find((a) => a.name === 'quick-exit').fieldName, 'quickExit');
  });

  it('resolves every entry PRODUCT.md names, by the package name', () => {
    for (const entry of ['', '/index.js', '/recovery-info-card.js', '/recovery-quote-carousel.js', '/recovery-support-finder.js', '/react', '/content.schema.json']) {
      assert.match(import.meta.resolve(`recovery-widgets${entry}`), /\/dist\//, entry);
    }
  });

  it('has a changelog entry for its version', () => {
    const changelog = readFileSync(new URL('../../CHANGELOG.md', import.meta.url), 'utf8');
    assert.match(changelog, new RegExp(`^## \\[${pkg.version.replaceAll('.', '\\.')}\\]`, 'm'));
  });

  it('passes publint (strict)', async () => {
    const { messages, pkg: packed } = await publint({ pack: { tarball: readFileSync(tarball).buffer }, strict: true, level: 'suggestion' });
    assert.deepEqual(messages.map((m) => formatMessage(m, packed)), []);
  });

  it('passes "Are the types wrong?" for ES module consumers (node16 and bundler)', () => {
    // ESM only, like Lit: CommonJS `require` and TypeScript's old node10 resolution are not supported.
    try {
      execFileSync('npx', ['attw', tarball, '--profile', 'esm-only', '--format', 'table-flipped'], { encoding: 'utf8' });
    } catch (error) {
      assert.fail(`attw found problems:\n${error.stdout}${error.stderr}`);
    }
  });
});

describe('size budgets', () => {
  it('are the same in the README as in .size-limit.json, which npm test enforces', () => {
    const limits = JSON.parse(readFileSync(new URL('../../.size-limit.json', import.meta.url), 'utf8'));
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const table = Object.fromEntries([...readme.matchAll(/^\| `(dist\/[^`]+)` \| [^|]+ \| ([\d.]+ kB) \|$/gm)].map((m) => [m[1], m[2]]));
    assert.deepEqual(table, Object.fromEntries(limits.map((l) => [l.path, l.limit])));
  });
});
