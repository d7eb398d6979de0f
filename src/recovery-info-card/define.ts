import { define } from '../shared/define.js';
import { RecoveryInfoCard } from './recovery-info-card.js';

define('recovery-info-card', RecoveryInfoCard);

declare global {
  interface HTMLElementTagNameMap {
    'recovery-info-card': RecoveryInfoCard;
  }
}

export { RecoveryInfoCard };
