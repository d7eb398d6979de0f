// A test-runner command that emulates `forced-colors: active` (Windows High
// Contrast) in Chromium: `executeServerCommand('emulate-forced-colors', { active })`.
// @web/test-runner-commands' emulateMedia drops `forcedColors` for puppeteer,
// and puppeteer's emulateMediaFeatures refuses the feature, so this speaks CDP.
import { cdpCommand } from './cdp-command.mjs';

export const forcedColorsCommand = () =>
  cdpCommand('emulate-forced-colors', (cdp, payload) =>
    cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : '' }] }),
  );
