#!/usr/bin/env node
// Screenshots of the demo at 320 px and 1280 px, light, dark and forced
// colours (Windows High Contrast), for people to look at (not a test). Usage: npm run screenshots [-- path [out-dir]]
// Serves the built demo itself; needs Chromium (CHROME_PATH overrides).
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, chromiumPath } from './chromium.mjs';
import { serve } from './serve.mjs';

const path = process.argv[2] ?? '/';
const out = process.argv[3] ?? 'screenshots';
mkdirSync(out, { recursive: true });
const server = await serve(0);
const { port } = server.address();
const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  args: chromiumFlags,
  headless: true,
});
try {
  for (const width of [320, 1280]) {
    for (const scheme of ['light', 'dark', 'forced']) {
      const page = await browser.newPage();
      page.on('console', (m) => ['error', 'warn'].includes(m.type()) && console.log(`[${width} ${scheme}] ${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => console.log(`[${width} ${scheme}] page error: ${e.message}`));
      await page.setViewport({ width, height: 900 });
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [
          { name: 'prefers-color-scheme', value: scheme == 'light' ? 'light' : 'dark' },
          { name: 'forced-colors', value: scheme == 'forced' ? 'active' : 'none' },
        ],
      });
      await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle0' });
      await page.evaluate(() => document.fonts.ready);
      const name = `${out}/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'index'}-${width}-${scheme}.png`;
      await page.screenshot({ path: name, fullPage: true });
      // Each widget on its own too: easier to look at than a long page.
      const widgets = await page.$$('recovery-info-card, recovery-quote-carousel, recovery-support-finder');
      for (const [i, widget] of widgets.entries()) {
        const tag = await widget.evaluate((el) => el.localName.replace('recovery-', ''));
        await widget.screenshot({ path: name.replace(/\.png$/, `-${i + 1}-${tag}.png`) });
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      console.log(`${name}${overflow > 0 ? `  (scrolls sideways by ${overflow} px)` : ''}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
