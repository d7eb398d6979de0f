/** The `detail` types of every event the three elements fire, for the package's entries to re-export. */
export type { RecoveryErrorDetail } from './events.js';
export type { RecoveryLinkDetail, RecoveryToggleDetail } from '../recovery-info-card/recovery-info-card.js';
export type { RecoverySlideChangeDetail } from '../recovery-quote-carousel/recovery-quote-carousel.js';
export type {
  RecoveryContactDetail,
  RecoveryFilterChangeDetail,
  RecoveryRegionChangeDetail,
} from '../recovery-support-finder/recovery-support-finder.js';
