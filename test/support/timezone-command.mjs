// A test-runner command that sets the browser's time zone for the page under
// test: `executeServerCommand('set-timezone', { timeZone })`. Chromium
// (CDP) and Firefox (WebDriver BiDi) both support it through puppeteer.
export function timezoneCommand() {
  return {
    name: 'set-timezone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-timezone') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) throw new Error('set-timezone needs a puppeteer-driven browser');
      await page.emulateTimezone(payload?.timeZone || undefined);
      return true;
    },
  };
}
