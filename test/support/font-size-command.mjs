// A test-runner command that sets the browser's default font size, as a
// visitor does in their browser's settings:
// `executeServerCommand('set-default-font-size', { px })`. Chromium only
// (CDP Page.setFontSizes); answers false in Firefox over WebDriver BiDi.
export function fontSizeCommand() {
  const connections = new WeakMap();
  return {
    name: 'set-default-font-size',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-default-font-size') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page || page.browser().protocol === 'webDriverBiDi') return false;
      let cdp = connections.get(page);
      if (!cdp) connections.set(page, (cdp = await page.createCDPSession()));
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: payload?.px ?? 16 } });
      return true;
    },
  };
}
