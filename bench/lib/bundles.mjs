// Bundles the floors and peers locally with esbuild (no CDN): minified, with
// their own copy of Lit where they use it. Output in bench/.out/.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BENCH, OUT, ROOT } from './paths.mjs';

const require = createRequire(import.meta.url);

const common = {
  bundle: true,
  minify: true,
  target: 'es2021',
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: ROOT,
  conditions: ['production'],
};

export async function buildBundles() {
  await Promise.all([
    build({ ...common, entryPoints: [join(BENCH, 'fixtures/minimal-lit.js')], format: 'iife', outfile: join(OUT, 'minimal-lit.js') }),
    build({ ...common, entryPoints: [join(BENCH, 'fixtures/shoelace-carousel.js')], format: 'esm', outfile: join(OUT, 'shoelace-carousel.js') }),
    build({ ...common, entryPoints: [join(BENCH, 'fixtures/splide-carousel.js')], format: 'esm', outfile: join(OUT, 'splide-carousel.js') }),
    build({ ...common, entryPoints: [require.resolve('@shoelace-style/shoelace/dist/themes/light.css')], outfile: join(OUT, 'shoelace-light.css') }),
    build({ ...common, entryPoints: [require.resolve('@splidejs/splide/css')], outfile: join(OUT, 'splide.css') }),
  ]);
}
