import { css } from 'lit';
import { base } from '../shared/styles.js';

export const styles = [
  base,
  css`
    .carousel {
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .top {
      display: flex;
      justify-content: flex-end;
      margin-bottom: calc(var(--_space) * 0.5);
    }
    .rotation {
      display: inline-flex;
      align-items: center;
      gap: 0.5em;
      min-height: 44px;
      padding: 0.25em 0.75em;
      border: 2px solid var(--_control);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      font-size: 0.875em;
    }
    .icon {
      display: inline-block;
      width: 0.75em;
      height: 0.75em;
      flex: none;
    }
    .stop {
      background: currentColor;
    }
    .play {
      border-style: solid;
      border-color: transparent transparent transparent currentColor;
      border-width: 0.375em 0 0.375em 0.65em;
    }
    /* Every slide sits in the same grid cell: the carousel is always as tall
       as its tallest quote at the current width, so changing slides never
       moves the page, with no measuring script. */
    .slides {
      display: grid;
      touch-action: pan-y;
    }
    .slide {
      grid-area: 1 / 1;
      visibility: hidden;
      opacity: 0;
      transition:
        opacity 0.3s ease,
        visibility 0s linear 0.3s;
    }
    .slide.current {
      visibility: visible;
      opacity: 1;
      transition: opacity 0.3s ease;
    }
    figure {
      margin: 0;
      padding-inline-start: var(--_space);
      border-inline-start: 4px solid var(--_accent);
    }
    blockquote {
      margin: 0 0 0.5em;
      font-size: 1.25em;
      line-height: 1.45;
    }
    blockquote p {
      margin: 0;
      max-width: 34em;
    }
    figcaption {
      color: var(--_muted);
      font-size: 0.875em;
      max-width: 40em;
    }
    .controls {
      display: flex;
      align-items: center;
      justify-content: center;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.5);
      margin-top: var(--_space);
    }
    .arrow {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: 44px;
      height: 44px;
      padding: 0;
      border: 2px solid var(--_control);
      border-radius: 50%;
      background: var(--_surface);
      color: var(--_text);
    }
    .arrow:hover,
    .rotation:hover {
      background: var(--_panel);
    }
    .chevron {
      width: 0.6em;
      height: 0.6em;
      border: solid currentColor;
      border-width: 0 0 3px 3px;
      transform: translateX(15%) rotate(45deg);
    }
    .next .chevron {
      transform: translateX(-15%) rotate(-135deg);
    }
    .chevron:dir(rtl) {
      transform: translateX(-15%) rotate(-135deg);
    }
    .next .chevron:dir(rtl) {
      transform: translateX(15%) rotate(45deg);
    }
    .picker {
      display: flex;
      gap: 4px;
    }
    .dot {
      position: relative;
      width: 32px;
      height: 44px;
      padding: 0;
      border: 0;
      background: none;
    }
    .dot::before {
      content: '';
      position: absolute;
      inset: 50% auto auto 50%;
      width: 14px;
      height: 14px;
      margin: -7px 0 0 -7px;
      border: 2px solid var(--_control);
      border-radius: 50%;
    }
    .dot[aria-disabled='true'] {
      cursor: default;
    }
    .dot[aria-disabled='true']::before {
      background: var(--_accent);
      border-color: var(--_accent);
    }
    .position {
      margin: 0 0.5em;
      color: var(--_muted);
    }
    @media (forced-colors: active) {
      .carousel {
        border: 1px solid CanvasText;
      }
      .dot {
        border: 0;
      }
      .dot::before {
        border-color: ButtonText;
      }
      .dot[aria-disabled='true']::before {
        background: Highlight;
        border-color: Highlight;
      }
      .stop {
        background: ButtonText;
      }
    }
    @media print {
      .slide {
        visibility: visible;
        opacity: 1;
        grid-area: auto;
        margin-bottom: 1em;
      }
      .top,
      .controls {
        display: none;
      }
    }
  `,
];
