// recovery-widgets/react from a consumer's side, on the build: the example
// app type-checks against the published declarations and bundles with
// esbuild from node_modules alone; an app that uses one component gets one
// element; the wrappers define tags only through the define modules.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
import { buildReactExample } from '../../examples/react/build.mjs';

const root = new URL('../../', import.meta.url);
const inputs = (result) => Object.keys(result.metafile.inputs);
/** The files that put code into the bundle (esbuild reads, then tree-shakes, the others). */
const bundled = (result) =>
  Object.values(result.metafile.outputs).flatMap((o) => Object.entries(o.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([f]) => f));

describe('recovery-widgets/react', () => {
  it('the example app type-checks against the published types (event details included)', () => {
    try {
      execFileSync('npx', ['tsc', '-p', 'examples/react/tsconfig.json'], { cwd: root, encoding: 'utf8' });
    } catch (error) {
      assert.fail(error.stdout + error.stderr);
    }
  });

  it('the example app bundles with esbuild from node_modules, nothing from a CDN', async () => {
    const result = await buildReactExample();
    const files = inputs(result);
    assert.ok(files.some((f) => f.endsWith('dist/esm/react/index.js')), 'recovery-widgets/react resolves to the build');
    assert.ok(files.some((f) => f.includes('node_modules/react-dom/')), 'react-dom from node_modules');
    assert.deepEqual(files.filter((f) => /^https?:/.test(f)), []);
    assert.equal(files.filter((f) => f.endsWith('lit-element/lit-element.js')).length, 1, 'one copy of Lit');
  });

  it('an app that uses one component bundles one element', async () => {
    const result = await build({
      stdin: { contents: "import { RecoverySupportFinder } from 'recovery-widgets/react';\nconsole.log(RecoverySupportFinder);", resolveDir: root.pathname },
      bundle: true,
      write: false,
      outdir: 'out',
      format: 'esm',
      metafile: true,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    const files = bundled(result);
    assert.ok(files.some((f) => f.endsWith('dist/esm/recovery-support-finder/recovery-support-finder.js')));
    assert.deepEqual(files.filter((f) => /recovery-(info-card|quote-carousel)/.test(f)), []);
  });

  it('the wrappers register tags only through the define modules', () => {
    const dir = new URL('dist/esm/react/', root);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      assert.doesNotMatch(source, /customElements|\bdefine\(/, `${file} defines a tag itself`);
      for (const [, spec] of source.matchAll(/^import (?:[^'"]+ from )?'(\.\.\/[^']+)'/gm)) {
        assert.match(spec, /^\.\.\/(recovery-[\w-]+\/(define|recovery-[\w-]+)\.js|shared\/events\.js)$|^\.\/recovery-[\w-]+\.js$/, `${file} imports ${spec}`);
      }
    }
  });
});
