import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
// The tag is registered by the element's define module; the class module defines nothing.
import '../recovery-support-finder/define.js';
import {
  RecoverySupportFinder as RecoverySupportFinderElement,
  type RecoveryContactDetail,
  type RecoveryFilterChangeDetail,
  type RecoveryRegionChangeDetail,
} from '../recovery-support-finder/recovery-support-finder.js';
import type { RecoveryErrorDetail } from '../shared/events.js';

/**
 * `<recovery-support-finder>` for React. Props are the element's properties
 * (`region`, `audience`, `servicesSrc`, `quickExit`…); events are `on…` props.
 */
export const RecoverySupportFinder = createComponent({
  react: React,
  tagName: 'recovery-support-finder',
  elementClass: RecoverySupportFinderElement,
  events: {
    onRecoveryContact: 'recovery-contact' as EventName<CustomEvent<RecoveryContactDetail>>,
    onRecoveryFilterChange: 'recovery-filter-change' as EventName<CustomEvent<RecoveryFilterChangeDetail>>,
    onRecoveryRegionChange: 'recovery-region-change' as EventName<CustomEvent<RecoveryRegionChangeDetail>>,
    onRecoveryError: 'recovery-error' as EventName<CustomEvent<RecoveryErrorDetail>>,
  },
  displayName: 'RecoverySupportFinder',
});
