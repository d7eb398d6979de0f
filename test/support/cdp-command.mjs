// Test-runner commands that speak Chrome DevTools Protocol themselves, over
// one CDP connection of their own per page, for what @web/test-runner-commands
// and puppeteer do not offer. A command answers false where there is no CDP
// (Firefox over WebDriver BiDi), so the test can skip.
const connections = new WeakMap();

/** `executeServerCommand(name, payload)` runs `send(cdp, payload)` for the page under test. */
export function cdpCommand(name, send) {
  return {
    name,
    async executeCommand({ command, payload, session }) {
      if (command !== name) return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page || page.browser().protocol === 'webDriverBiDi') return false;
      let cdp = connections.get(page);
      if (!cdp) connections.set(page, (cdp = await page.createCDPSession()));
      await send(cdp, payload);
      return true;
    },
  };
}
