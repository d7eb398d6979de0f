#!/usr/bin/env node
// `npm run bench`: the benchmark suite, in headless Debian Chromium through
// puppeteer-core. Builds first when dist/ is missing, serves pages on
// 127.0.0.1, runs each suite with its variants alternating within every
// round, writes bench/results/latest.json and prints a compact table.
//
//   npm run bench                      every suite
//   npm run bench -- idle leaks        only these suites
//   BENCH_RUNS=5 npm run bench         fewer rounds (default 15)
//
// Also: BENCH_SHORT_RUNS (5: rounds for measures that hardly vary: heap,
// slide changes, the compact card), BENCH_IDLE_MS (30000), BENCH_LEAK_COUNT
// (1000), BENCH_LH_RUNS (3), CHROME_PATH (/usr/bin/chromium).
//
// Benchmarks, not tests: nothing here passes or fails on a time.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromiumVersion, launch } from './lib/browser.mjs';
import { buildBundles } from './lib/bundles.mjs';
import { OUT, RESULTS, ROOT } from './lib/paths.mjs';
import { startServer } from './lib/server.mjs';
import { printTable } from './lib/table.mjs';
import { writeReport } from './report.mjs';

const SUITES = {
  'first-render': () => import('./suites/first-render.mjs'),
  'many-instances': () => import('./suites/many-instances.mjs'),
  carousel: () => import('./suites/carousel.mjs'),
  'finder-scale': () => import('./suites/finder-scale.mjs'),
  'layout-shift': () => import('./suites/layout-shift.mjs'),
  idle: () => import('./suites/idle.mjs'),
  leaks: () => import('./suites/leaks.mjs'),
  lighthouse: () => import('./suites/lighthouse.mjs'),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !SUITES[w]);
if (unknown.length) {
  console.error(`Unknown suite(s): ${unknown.join(', ')}. Suites: ${Object.keys(SUITES).join(', ')}`);
  process.exit(2);
}
const selected = wanted.length ? wanted : Object.keys(SUITES);

const int = (name, fallback) => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
};
const runs = int('BENCH_RUNS', 15);

process.chdir(ROOT);
if (!existsSync('dist/recovery-widgets.js') || !existsSync('dist/elements/recovery-quote-carousel.js')) {
  console.log('dist/ is missing: building first (npm run build)');
  execFileSync('node', ['scripts/build.mjs', '--quiet'], { stdio: 'inherit' });
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const version = (name) => {
  try {
    return JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
};
const cpuModel = (readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m) ?? [])[1] ?? cpus()[0]?.model ?? 'unknown';
const started = new Date();
const meta = {
  date: started.toISOString(),
  command: [
    ...Object.entries(process.env)
      .filter(([k]) => k.startsWith('BENCH_'))
      .map(([k, v]) => `${k}=${v}`),
    process.env.npm_lifecycle_event === 'bench' ? 'npm run bench' : 'node bench/run.mjs',
    ...(wanted.length ? [process.env.npm_lifecycle_event === 'bench' ? '--' : '', ...wanted] : []),
  ]
    .filter(Boolean)
    .join(' '),
  machine: {
    cpu: cpuModel,
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: chromiumVersion(),
    platform: `${process.platform} ${process.arch}`,
    loadAverageAtStart: loadavg().map((x) => Number(x.toFixed(2))),
  },
  runs,
  package: { name: pkg.name, version: pkg.version },
  versions: Object.fromEntries(
    ['lit', '@shoelace-style/shoelace', '@splidejs/splide', 'lighthouse', 'axe-core', 'puppeteer-core', 'esbuild'].map((n) => [n, version(n)]),
  ),
  suites: selected,
};

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
mkdirSync(RESULTS, { recursive: true });
await buildBundles();
const server = await startServer();
const browser = await launch();
console.log(`${meta.machine.cpu}, ${meta.machine.cores} cores; ${meta.machine.chromium}; Node ${process.version}; ${runs} rounds`);

const results = { meta };
const tables = [];
const ctx = {
  browser,
  server,
  origin: server.origin,
  runs,
  env: int,
  log: (...a) => console.log(...a),
  progress: (done, total) => process.stdout.write(`${done === 1 ? '  rounds:' : ''} ${done}${done === total ? '\n' : ''}`),
};
try {
  for (const name of selected) {
    const t0 = Date.now();
    console.log(`\n▶ ${name}`);
    const { default: suite } = await SUITES[name]();
    try {
      const { data, rows } = await suite(ctx);
      results[name] = { ...data, seconds: Math.round((Date.now() - t0) / 1000), loadAverage: loadavg().map((x) => Number(x.toFixed(2))) };
      tables.push([name, rows]);
    } catch (error) {
      console.error(`  ${name} failed: ${error.stack ?? error}`);
      results[name] = { error: String(error.message ?? error) };
      process.exitCode = 1;
    }
    console.log(`  ${Math.round((Date.now() - t0) / 1000)} s`);
  }
} finally {
  await browser.close();
  server.close();
}
meta.seconds = Math.round((Date.now() - started) / 1000);
meta.machine.loadAverageAtEnd = loadavg().map((x) => Number(x.toFixed(2)));

// A partial run (some suites) updates those suites in the results file and keeps the rest.
const file = join(RESULTS, 'latest.json');
let out = results;
if (wanted.length && existsSync(file)) {
  const previous = JSON.parse(readFileSync(file, 'utf8'));
  out = { ...previous, ...results, meta: { ...meta, partial: true, previousMeta: previous.meta?.partial ? previous.meta.previousMeta : previous.meta } };
}
writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
console.log(`\nResults: ${file.replace(`${ROOT}/`, '')} (${meta.seconds} s)\n`);
printTable(tables);
console.log(`\nUpdated the results in ${writeReport().replace(`${ROOT}/`, '')}`);
