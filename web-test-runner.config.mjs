// Real-browser tests: Debian Chromium and Firefox ESR, both driven by the
// chrome launcher (Firefox through WebDriver BiDi), so nothing downloads a
// browser. BROWSERS=chromium or BROWSERS=firefox runs one of them.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { buildReactExample } from './examples/react/build.mjs';
import { siteCsp } from './test/support/site-csp.mjs';
import { fontSizeCommand } from './test/support/font-size-command.mjs';
import { forcedColorsCommand } from './test/support/forced-colors-command.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { hostApps, hostPages } from './test/support/host-pages.mjs';
import { testApi } from './test/support/test-api.mjs';
import { timezoneCommand } from './test/support/timezone-command.mjs';
import { chromiumFlags, chromiumPath } from './scripts/chromium.mjs';

// test/react-example.test.ts loads the example app as a partner would build it:
// bundled by esbuild from the built package (run `npm run build` first). If it
// cannot be built, that test fails and says so; the others still run.
await buildReactExample().catch((error) => console.error(`examples/react did not build: ${error.message}`));

const find = (...paths) => paths.find((p) => existsSync(p));
const chromium = chromiumPath;
const firefox = process.env.FIREFOX_PATH || find('/usr/bin/firefox-esr', '/usr/bin/firefox');

const chromeArgs = [
  ...chromiumFlags,
  '--headless=new',
  // Background tabs must not throttle timers: tests run many pages at once.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
];

const wanted = (process.env.BROWSERS || 'chromium,firefox').split(',');
const browsers = [];
if (wanted.includes('chromium')) {
  if (!chromium) throw new Error('Chromium or Chrome not found: install it (apt-get install chromium) or set CHROME_PATH.');
  browsers.push(
    chromeLauncher({
      launchOptions: { executablePath: chromium, args: chromeArgs },
      // Each test page in a window of its own, so every page is visible:
      // background tabs are "hidden", and hidden pages rightly stop rotating.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    }),
  );
}
if (wanted.includes('firefox')) {
  if (!firefox) throw new Error('Firefox not found: install it (apt-get install firefox-esr) or set FIREFOX_PATH.');
  browsers.push(
    chromeLauncher({
      launchOptions: { browser: 'firefox', executablePath: firefox, headless: true },
      // One page at a time: Firefox shows only its newest tab, and hides (and
      // throttles) a test page as soon as another opens beside it.
      concurrency: 1,
    }),
  );
}

// Firefox cannot emulate media features over WebDriver BiDi. A second Firefox,
// whose preferences ask for a dark colour scheme and reduced motion, runs the
// tests of what the widgets do in them (test/firefox-preferences/).
const groups = [];
if (wanted.includes('firefox') && firefox) {
  groups.push({
    name: 'firefox-preferences',
    files: ['test/firefox-preferences/*.test.ts'],
    browsers: [
      chromeLauncher({
        launchOptions: {
          browser: 'firefox',
          executablePath: firefox,
          headless: true,
          extraPrefsFirefox: { 'ui.systemUsesDarkTheme': 1, 'ui.prefersReducedMotion': 1, 'layout.css.prefers-color-scheme.content-override': 0 },
        },
        concurrency: 1,
      }),
    ],
  });
}

export default {
  files: ['test/**/*.test.ts', '!test/firefox-preferences/**'],
  groups,
  nodeResolve: { exportConditions: ['development', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), timezoneCommand(), forcedColorsCommand(), fontSizeCommand(), hostApps()],
  // Host pages and the build are served as they are, before any plugin could transform them.
  middleware: [siteCsp, hostPages, testApi],
  browsers,
  concurrency: 2,
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 20000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testsFinishTimeout: 180000,
  reporters: [defaultReporter(), summaryReporter()],
};
