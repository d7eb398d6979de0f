#!/usr/bin/env node
// `npm test`: every check CI runs, in order, stopping at the first failure.
// The last line is always "N passed, N failed, N skipped" (Node and browser
// tests together). BROWSERS=chromium (or firefox) runs one browser only.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const RESULTS = 'node_modules/.cache/recovery-widgets/browser-results.json';
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(name, command, args, { capture = false, env = {} } = {}) {
  console.log(`\n▶ ${name}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'], env: { ...process.env, ...env } });
    let out = '';
    child.stdout?.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.on('close', (code) => resolve({ code, out }));
  });
}

function finish(code) {
  console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(code);
}

const steps = [
  ['data file and built-in data agree', 'node', ['scripts/build-data.mjs', '--check']],
  ['type check (tsc)', 'npx', ['tsc', '-p', '.']],
  // lit-analyzer's CSS data predates color-scheme and accent-color: its CSS rule is off, the rest is strict.
  ['template and binding check (lit-analyzer --strict)', 'node', ['scripts/lit-analyzer.cjs', 'src', '--strict', '--rules.no-invalid-css', 'off', '--maxWarnings', '0', '--quiet']],
  ['build', 'node', ['scripts/build.mjs']],
];
for (const [name, command, args] of steps) {
  const { code } = await run(name, command, args);
  if (code !== 0) finish(code || 1);
}

// Node tests: TAP output ends with "# pass N", "# fail N", "# skipped N".
const node = await run('Node tests (schema, package, site, React)', 'node', ['--test', '--test-reporter=tap', 'test/node/'], { capture: true });
const tap = (key) => Number(node.out.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0);
totals.passed += tap('pass');
totals.failed += tap('fail') + (node.code !== 0 && !tap('fail') ? 1 : 0);
totals.skipped += tap('skipped') + tap('todo');

rmSync(RESULTS, { force: true });
const browser = await run('browser tests (web-test-runner)', 'npx', ['wtr'], { env: { SUMMARY_FILE: RESULTS } });
try {
  const counts = JSON.parse(readFileSync(RESULTS, 'utf8'));
  for (const key of Object.keys(totals)) totals[key] += counts[key];
} catch {
  totals.failed += 1;
}
if (browser.code !== 0 && !totals.failed) totals.failed += 1;

const size = await run('size budgets (size-limit, gzip)', 'npx', ['size-limit']);
if (size.code !== 0) {
  console.error('A size budget is exceeded.');
  finish(1);
}
finish(totals.failed || node.code || browser.code ? 1 : 0);
