import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
// The tag is registered by the element's define module; the class module defines nothing.
import '../recovery-quote-carousel/define.js';
import {
  RecoveryQuoteCarousel as RecoveryQuoteCarouselElement,
  type RecoverySlideChangeDetail,
} from '../recovery-quote-carousel/recovery-quote-carousel.js';
import type { RecoveryErrorDetail } from '../shared/events.js';

/**
 * `<recovery-quote-carousel>` for React. Props are the element's properties
 * (`autoplay`, `interval`, `label`, `index`); events are `on…` props.
 */
export const RecoveryQuoteCarousel = createComponent({
  react: React,
  tagName: 'recovery-quote-carousel',
  elementClass: RecoveryQuoteCarouselElement,
  events: {
    onRecoverySlideChange: 'recovery-slide-change' as EventName<CustomEvent<RecoverySlideChangeDetail>>,
    onRecoveryError: 'recovery-error' as EventName<CustomEvent<RecoveryErrorDetail>>,
  },
  displayName: 'RecoveryQuoteCarousel',
});
