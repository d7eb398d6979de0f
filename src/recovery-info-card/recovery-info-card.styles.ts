import { css } from 'lit';
import { base } from '../shared/styles.js';

export const styles = [
  base,
  css`
    .card {
      padding: calc(var(--_space) * 1.25);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    h2,
    h3,
    h4,
    h5,
    h6,
    [role='heading'] {
      font-size: 1.25em;
    }
    #title {
      font-size: 1.625em;
      max-width: 24em;
    }
    p,
    li {
      max-width: 36em;
    }
    .summary {
      font-size: 1.125em;
    }
    section {
      margin-block: var(--_space) 0;
    }
    figure {
      margin: var(--_space) 0;
      padding: calc(var(--_space) * 0.75) var(--_space);
      border-inline-start: 4px solid var(--_accent);
      background: var(--_panel);
      border-radius: 0 var(--_radius) var(--_radius) 0;
      max-width: 40em;
    }
    blockquote {
      margin: 0 0 0.5em;
      font-size: 1.125em;
      font-style: italic;
    }
    blockquote p {
      margin: 0;
    }
    figcaption {
      color: var(--_muted);
      font-size: 0.875em;
    }
    .toggle {
      margin-bottom: var(--_space);
    }
    .chevron {
      display: inline-block;
      width: 0.5em;
      height: 0.5em;
      border: solid currentColor;
      border-width: 0 2px 2px 0;
      transform: translateY(-25%) rotate(45deg);
    }
    [aria-expanded='true'] .chevron {
      transform: translateY(25%) rotate(225deg);
    }
    .help {
      margin-top: var(--_space);
      padding: var(--_space);
      background: var(--_panel);
      border-radius: var(--_radius);
      border: 1px solid var(--_border);
    }
    .help p:last-child {
      margin-bottom: 0;
    }
    .emergency {
      border-color: var(--_emergency);
      background: var(--_emergency);
      color: var(--_surface);
    }
    .emergency:hover {
      background: var(--_emergency);
      text-decoration: underline;
    }
    .number {
      font-weight: 700;
      white-space: nowrap;
    }
    .related ul {
      padding-inline-start: 1.25em;
    }
    .source {
      margin-top: var(--_space);
      color: var(--_muted);
      font-size: 0.875em;
    }
    .source p {
      margin-bottom: 0.25em;
    }
    ::slotted(*) {
      margin-top: var(--_space);
    }
    @media (forced-colors: active) {
      .card,
      .help,
      figure {
        border: 1px solid CanvasText;
      }
    }
    @media print {
      .card {
        border: 0;
        padding: 0;
      }
      #more[hidden] {
        display: block !important;
      }
    }
  `,
];
