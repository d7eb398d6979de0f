// Debian's Chromium, as every script and test here drives it: as root it needs
// --no-sandbox, and the rest keep it from reaching for the network (this
// machine has none but the package registries). CHROME_PATH overrides.
import { existsSync } from 'node:fs';

export const chromiumPath =
  process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
