import { define } from '../shared/define.js';
import { RecoveryQuoteCarousel } from './recovery-quote-carousel.js';

define('recovery-quote-carousel', RecoveryQuoteCarousel);

declare global {
  interface HTMLElementTagNameMap {
    'recovery-quote-carousel': RecoveryQuoteCarousel;
  }
}

export { RecoveryQuoteCarousel };
