import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';

export const isFirefox = navigator.userAgent.includes('Firefox');

type Features = {
  media?: 'screen' | 'print';
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  forcedColors?: 'active' | 'none';
};

const queries: Record<string, (v: string) => string> = {
  media: (v) => v,
  colorScheme: (v) => `(prefers-color-scheme: ${v})`,
  reducedMotion: (v) => `(prefers-reduced-motion: ${v})`,
  forcedColors: (v) => `(forced-colors: ${v})`,
};

/**
 * Puts the page in these media conditions. Chromium emulates them; Firefox
 * cannot (no CDP over WebDriver BiDi), so there it answers whether the
 * browser is already in them. A test calls `this.skip()` when this returns
 * false; test/firefox-preferences/ runs what the widgets do in a dark colour
 * scheme and under reduced motion in a Firefox whose preferences ask for them.
 */
export async function media(features: Features): Promise<boolean> {
  if (!isFirefox) {
    const { forcedColors, ...rest } = features;
    // emulateMedia() ignores forcedColors in Chromium: a command of ours sets it over CDP.
    if (forcedColors) await executeServerCommand('emulate-forced-colors', { active: forcedColors == 'active' });
    if (Object.keys(rest).length) await emulateMedia(rest as Parameters<typeof emulateMedia>[0]);
    return !forcedColors || matchMedia(queries.forcedColors(forcedColors)).matches;
  }
  return Object.entries(features).every(([k, v]) => matchMedia(queries[k](v!)).matches);
}

/** Back to plain screen media (Chromium only; Firefox never changed). */
export async function resetMedia(): Promise<void> {
  if (!isFirefox) {
    await emulateMedia({ media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference' });
    await executeServerCommand('emulate-forced-colors', { active: false });
  }
}
