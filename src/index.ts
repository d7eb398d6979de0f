/**
 * recovery-widgets: defines <recovery-info-card>, <recovery-quote-carousel>
 * and <recovery-support-finder>. Import an element's own entry
 * (`recovery-widgets/recovery-info-card.js`) to load only that one.
 */
export { RecoveryInfoCard } from './recovery-info-card/define.js';
export { RecoveryQuoteCarousel } from './recovery-quote-carousel/define.js';
export { RecoverySupportFinder } from './recovery-support-finder/define.js';
export { validateDocument } from './content/validate.js';
export { VERSION } from './shared/define.js';
export type * from './content/types.js';
export type * from './shared/event-details.js';
