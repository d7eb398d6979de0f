import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
// The tag is registered by the element's define module (guarded, like every
// other entry point); the class module itself defines nothing.
import '../recovery-info-card/define.js';
import {
  RecoveryInfoCard as RecoveryInfoCardElement,
  type RecoveryLinkDetail,
  type RecoveryToggleDetail,
} from '../recovery-info-card/recovery-info-card.js';
import type { RecoveryErrorDetail } from '../shared/events.js';

/**
 * `<recovery-info-card>` for React. Props are the element's properties
 * (`variant`, `headingLevel`, `hideHelp`…); events are `on…` props.
 */
export const RecoveryInfoCard = createComponent({
  react: React,
  tagName: 'recovery-info-card',
  elementClass: RecoveryInfoCardElement,
  events: {
    onRecoveryToggle: 'recovery-toggle' as EventName<CustomEvent<RecoveryToggleDetail>>,
    onRecoveryLink: 'recovery-link' as EventName<CustomEvent<RecoveryLinkDetail>>,
    onRecoveryError: 'recovery-error' as EventName<CustomEvent<RecoveryErrorDetail>>,
  },
  displayName: 'RecoveryInfoCard',
});
