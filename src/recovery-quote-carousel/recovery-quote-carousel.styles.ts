import { css } from 'lit';
import { base } from '../shared/styles.js';

export const styles = [
  base,
  css`
    /* One column, as wide as a quote's lines (34em at 1.25em, its rule and
       gap): on a wide page the controls sit under the quote, not under the
       middle of the page. */
    .top,
    .slides,
    .controls {
      max-width: calc(42.5em + var(--_space) + 4px);
    }
    .top {
      text-align: end;
    }
    .rotation {
      display: inline-flex;
      align-items: center;
      gap: 0.5em;
      padding: 0 1em;
    }
    /* Drawn with borders, which forced-colours mode keeps visible. */
    .icon {
      border: 0.375em solid;
    }
    .play {
      border-width: 0.375em 0 0.375em 0.65em;
      border-color: #0000 #0000 #0000 currentColor;
    }
    /* Every slide sits in the same grid cell: the carousel is always as tall
       as its tallest quote at the current width, so changing slides never
       moves the page, and nothing has to measure. */
    .slides {
      display: grid;
      margin: var(--_space) 0;
      /* The page still scrolls up and down over the quotes, and a pinch
         still zooms them: a visitor with low vision must be able to. */
      touch-action: pan-y pinch-zoom;
    }
    .slide {
      grid-area: 1 / 1;
      visibility: hidden;
      opacity: 0;
      transition:
        opacity 0.3s,
        visibility 0s 0.3s;
    }
    .current {
      visibility: visible;
      opacity: 1;
      transition: opacity 0.3s;
    }
    figure {
      margin: 0;
      padding-inline-start: var(--_space);
      border-inline-start: 4px solid var(--_accent);
    }
    blockquote {
      font-size: 1.25em;
      max-width: 34em;
    }
    .controls {
      display: flex;
      align-items: center;
      justify-content: center;
      gap: 4px;
    }
    /* The picker wraps within its place: Previous and Next stay on either
       side of it, on one row, however narrow the carousel. */
    .controls .controls {
      flex-wrap: wrap;
      min-width: 0;
    }
    .position {
      align-self: center;
      margin: 0 var(--_space);
    }
    .controls button,
    .rotation {
      min-width: 44px;
      /* min-: a label that wraps (wider text spacing, a longer language) grows the button. */
      min-height: 44px;
      border: 2px solid var(--_control);
      border-radius: 22px;
      background: var(--_surface);
      color: var(--_text);
    }
    .controls button:hover,
    .rotation:hover {
      background: var(--_panel);
    }
    .controls .dot {
      min-width: 28px;
      border-color: #0000;
    }
    .dot::before {
      content: '';
      display: block;
      width: 14px;
      height: 14px;
      margin: auto;
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
    .chevron {
      display: block;
      width: 0.6em;
      height: 0.6em;
      margin: auto;
      border: solid;
      border-width: 0 0 3px 3px;
      rotate: 45deg;
      translate: 15%;
    }
    /* Mirrored right to left (.rtl: the computed direction, which a page may
       set by CSS alone, and which :dir() does not see; Chromium's :dir() also
       keeps its old answer once a dir attribute is taken off). */
    .next .chevron,
    .rtl .previous .chevron {
      rotate: -135deg;
      translate: -15%;
    }
    .rtl .next .chevron {
      rotate: 45deg;
      translate: 15%;
    }
    @media (forced-colors: active) {
      .dot[aria-disabled='true']::before {
        background: Highlight;
      }
      /* Forced colours would paint the transparent sides too, turning the
         triangle into the stop square: keep them transparent, in the
         system's button text colour. */
      .play {
        forced-color-adjust: none;
        border-color: #0000 #0000 #0000 ButtonText;
      }
    }
    @media print {
      /* Each quote apart from the next: an attribution against the next quote would read as its byline. */
      .slides {
        gap: var(--_space);
      }
      .slide {
        grid-area: auto;
        visibility: visible;
        opacity: 1;
        transition: none;
      }
      .controls {
        display: none;
      }
    }
  `,
];
