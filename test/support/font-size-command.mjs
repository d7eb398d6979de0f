// A test-runner command that sets the browser's default font size, as a
// visitor does in their browser's settings:
// `executeServerCommand('set-default-font-size', { px })` (Chromium only).
import { cdpCommand } from './cdp-command.mjs';

export const fontSizeCommand = () =>
  cdpCommand('set-default-font-size', (cdp, payload) => cdp.send('Page.setFontSizes', { fontSizes: { standard: payload?.px ?? 16 } }));
