/**
 * recovery-widgets/react: the three elements as typed React components, made
 * with @lit/react. Using a component registers its tag (through the element's
 * define module); a bundler leaves out the ones you do not use.
 *
 *   import { RecoverySupportFinder } from 'recovery-widgets/react';
 *   <RecoverySupportFinder region="GB" onRecoveryContact={(e) => count(e.detail.method)} />
 */
export { RecoveryInfoCard } from './recovery-info-card.js';
export { RecoveryQuoteCarousel } from './recovery-quote-carousel.js';
export { RecoverySupportFinder } from './recovery-support-finder.js';
export type * from '../shared/event-details.js';
