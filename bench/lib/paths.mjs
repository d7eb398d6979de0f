import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BENCH = join(ROOT, 'bench');
/** Generated pages and bundles: rebuilt on every run, not committed. */
export const OUT = join(BENCH, '.out');
export const RESULTS = join(BENCH, 'results');
