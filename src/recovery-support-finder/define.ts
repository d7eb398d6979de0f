import { define } from '../shared/define.js';
import { RecoverySupportFinder } from './recovery-support-finder.js';

define('recovery-support-finder', RecoverySupportFinder);

declare global {
  interface HTMLElementTagNameMap {
    'recovery-support-finder': RecoverySupportFinder;
  }
}

export { RecoverySupportFinder };
