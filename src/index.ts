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
export type { RecoveryErrorDetail } from './shared/events.js';
export type { RecoveryLinkDetail, RecoveryToggleDetail } from './recovery-info-card/recovery-info-card.js';
export type { RecoverySlideChangeDetail } from './recovery-quote-carousel/recovery-quote-carousel.js';
export type {
  RecoveryContactDetail,
  RecoveryFilterChangeDetail,
  RecoveryRegionChangeDetail,
} from './recovery-support-finder/recovery-support-finder.js';
