import { css } from 'lit';
import { number } from '../shared/number.styles.js';
import { base } from '../shared/styles.js';

export const styles = [
  base,
  number,
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
    .number {
      font-weight: 700;
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
