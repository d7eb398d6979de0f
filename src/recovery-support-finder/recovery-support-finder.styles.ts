import { css } from 'lit';
import { number } from '../shared/number.styles.js';
import { base } from '../shared/styles.js';

export const styles = [
  base,
  number,
  css`
    .root {
      position: relative;
    }
    #title {
      font-size: 1.5em;
    }
    /* Only the button stays at the top: the hint under it scrolls away, so
       the bar stays one button tall even at 200% text on a narrow phone. */
    .bar {
      position: sticky;
      top: var(--recovery-exit-top, 0px);
      z-index: 1;
      display: flex;
      justify-content: flex-end;
      margin: calc(var(--_space) * -1) calc(var(--_space) * -1) 0;
      padding: calc(var(--_space) / 2) var(--_space);
      background: var(--_surface);
    }
    /* Floating above the page when the host's overflow stops the bar sticking. */
    [part='exit']:popover-open {
      inset: auto;
      inset-block-start: calc(var(--recovery-exit-top, 0px) + var(--_space) / 2);
      inset-inline-end: var(--_space);
      margin: 0;
      overflow: visible;
    }
    .hint {
      margin: 0 calc(var(--_space) * -1) var(--_space);
      padding: 0 var(--_space) calc(var(--_space) / 2);
      border-bottom: 1px solid var(--_border);
      text-align: end;
    }
    /* Rendered on a server, before the script has run: Shift does nothing
       yet (the button, a link, works), and "Open now" is the server's clock,
       stale on a cached page or where the script never runs (a closed line
       shown as open). Each keeps its place, unseen and unread, until it is
       true; a 24/7 line's "Open 24 hours" always is. So with hydration
       deferred (inside a server-rendered component not yet hydrated). */
    :host(:not(:defined)) :is(.hint, .status:not(.always)),
    :host([defer-hydration]) :is(.hint, .status:not(.always)) {
      visibility: hidden;
    }
    /* Keyboard focus scrolls clear of the sticky exit button (WCAG 2.4.11):
       under six lines of text tall, in any language (in the text size, not
       the controls' own: inputs have a smaller font). */
    .bar ~ * :is(a, button, input, select, [tabindex]) {
      scroll-margin-top: calc(var(--recovery-exit-top, 0px) + 6em);
    }
    /* "Call" above the number on a narrow phone, rather than the number in pieces beside it. */
    [part='contact'] {
      flex-wrap: wrap;
      row-gap: 0;
    }
    .emergency {
      margin-bottom: var(--_space);
      border-inline-start: 6px solid var(--_emergency);
      background: var(--_emergency-panel);
    }
    .row,
    .choices {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 1.25em;
    }
    .emergency p,
    .service > :last-child {
      margin: 0;
    }
    .emergency > p + p {
      margin-top: 0.75em;
    }
    .alt {
      color: inherit;
      font-weight: 600;
    }
    form,
    .results {
      grid-template-columns: minmax(0, 1fr);
    }
    form {
      display: grid;
      gap: 0.75em;
      margin-bottom: var(--_space);
    }
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }
    legend,
    label[for] {
      display: block;
      padding: 0;
      font-weight: 600;
    }
    select {
      font: inherit;
      max-width: 100%;
      min-height: 44px;
      border: 2px solid var(--_control);
      border-radius: var(--_radius);
      color: inherit;
      background: var(--_surface);
    }
    .choices label {
      display: flex;
      align-items: center;
      gap: 0.5em;
      min-height: 44px;
    }
    input {
      /* Full size beside a label that wraps onto two lines; in our text's
         size (an input's own default is 13.33px). */
      flex: none;
      font: inherit;
      width: 1.25em;
      height: 1.25em;
      margin: 0;
      accent-color: var(--_accent);
    }
    .count,
    .status {
      font-weight: 600;
    }
    .results {
      display: grid;
      gap: 0.75em;
    }
    .service {
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .crisis {
      border-inline-start: 4px solid var(--_accent);
    }
    .service p {
      margin-bottom: 0.5em;
      max-width: 38em;
    }
    h3,
    h4,
    h5,
    h6,
    [role='heading'] {
      font-size: 1.125em;
    }
    .status::before {
      content: '';
      display: inline-block;
      width: 0.625em;
      height: 0.625em;
      margin-inline-end: 0.5em;
      border: 2px solid;
      border-radius: 50%;
    }
    .open::before,
    .always::before {
      border-width: 0.3125em;
    }
    .contacts {
      margin: 0.75em 0;
    }
    .button.closed {
      border-style: dashed;
    }
    /* Read by screen readers, not shown: the Shift count. */
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    /* Shown whatever the host did to the finder's visibility or pointer
       events (a tab panel closed with visibility: hidden still covers the
       page); an ancestor with display: none hides it all the same. */
    .overlay {
      visibility: visible;
      pointer-events: auto;
      position: fixed;
      inset: 0;
      width: auto;
      height: auto;
      max-width: none;
      max-height: none;
      margin: 0;
      border: 0;
      padding: var(--_space);
      color: var(--_text);
      display: grid;
      /* safe: in a window too short for the message (400% zoom), it starts at
         the top, where the cover scrolls from, not above it, out of reach. */
      place-items: safe center;
      align-content: safe center;
      gap: var(--_space);
      /* Opaque whatever the partner's surface colour: nothing of the page shows through. */
      background: linear-gradient(var(--_surface), var(--_surface)) Canvas;
      font-size: 1.25em;
    }
    @media print {
      /* "Open now" is read on paper tomorrow: the hours stay, the state goes. */
      form,
      .bar,
      .hint,
      .status:not(.always) {
        display: none;
      }
      a[href^='tel']::after,
      a[href^='sms']::after {
        content: ' (' attr(href) ')';
      }
      /* Drawn apart for a line closed now: on paper, with no state beside it, it would say nothing. */
      .button.closed {
        border-style: solid;
      }
    }
  `,
];
