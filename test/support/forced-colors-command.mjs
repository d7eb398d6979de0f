// A test-runner command that emulates `forced-colors: active` (Windows High
// Contrast) in Chromium: `executeServerCommand('emulate-forced-colors', { active })`.
// @web/test-runner-commands' emulateMedia drops `forcedColors` for puppeteer,
// and puppeteer's emulateMediaFeatures refuses the feature, so this speaks
// CDP itself, over a CDP connection of its own per page. Answers false where there is
// no CDP (Firefox over WebDriver BiDi).
export function forcedColorsCommand() {
  const connections = new WeakMap();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page || page.browser().protocol === 'webDriverBiDi') return false;
      let cdp = connections.get(page);
      if (!cdp) connections.set(page, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : '' }] });
      return true;
    },
  };
}
