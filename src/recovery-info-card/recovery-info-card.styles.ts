import { css } from 'lit';
import { base } from '../shared/styles.js';

export const styles = [
  base,
  css`
    #title {
      font-size: 1.625em;
    }
    p,
    li {
      max-width: 36em;
    }
    .summary,
    blockquote {
      font-size: 1.125em;
    }
    section,
    figure,
    .help,
    .source {
      margin-top: var(--_space);
    }
    figure {
      max-width: 40em;
      border-inline-start: 4px solid var(--_accent);
    }
    blockquote p {
      margin: 0 0 0.5em;
      font-style: italic;
    }
    .chevron {
      width: 0.5em;
      height: 0.5em;
      border: solid;
      border-width: 0 2px 2px 0;
      rotate: 45deg;
    }
    [aria-expanded='true'] .chevron {
      rotate: 225deg;
    }
    .help > :last-child {
      margin: 0;
    }
    /* The help strip sits after the summary: room before "Read more". */
    .help + .toggle {
      margin-top: var(--_space);
    }
    /* A number read across two lines is easy to misdial: it moves to a line
       of its own, and breaks only if it is wider than the strip (a long
       partner number in very large text). */
    /* A number stays whole when it fits on a line, and reads left to right
       under right-to-left strings ("116 123", never "123 116"). */
    .number {
      display: inline-block;
      max-width: 100%;
      font-weight: 700;
      direction: ltr;
      unicode-bidi: isolate;
    }
    .related ul {
      list-style: disc;
      padding-inline-start: 1.25em;
    }
    .source p {
      margin: 0;
    }
    ::slotted(*) {
      margin-top: var(--_space);
    }
    @media print {
      #more {
        display: block !important;
      }
    }
  `,
];
