import { css } from 'lit';
import { base } from '../shared/styles.js';

export const styles = [
  base,
  css`
    .finder {
      position: relative;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    #title {
      font-size: 1.5em;
    }
    h3,
    h4,
    h5,
    h6,
    [role='heading'] {
      font-size: 1.125em;
      margin: 0 0 0.25em;
    }
    .exit-bar {
      position: sticky;
      top: 0;
      z-index: 2;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: flex-end;
      gap: 0.25em 0.75em;
      margin: calc(var(--_space) * -1) calc(var(--_space) * -1) var(--_space);
      padding: calc(var(--_space) * 0.5) var(--_space);
      background: var(--_surface);
      border-bottom: 1px solid var(--_border);
      border-radius: var(--_radius) var(--_radius) 0 0;
    }
    .exit {
      display: inline-flex;
      align-items: center;
      min-height: 44px;
      padding: 0.5em 1em;
      border: 2px solid transparent;
      border-radius: var(--_radius);
      background: var(--_emergency);
      color: var(--_surface);
      font-weight: 700;
      text-decoration: none;
    }
    .exit:hover {
      text-decoration: underline;
    }
    .exit-hint {
      font-size: 0.875em;
      color: var(--_muted);
    }
    .emergency {
      margin: 0 0 var(--_space);
      padding: calc(var(--_space) * 0.75) var(--_space);
      border-inline-start: 6px solid var(--_emergency);
      background: var(--_emergency-panel);
      border-radius: 0 var(--_radius) var(--_radius) 0;
    }
    .emergency p {
      margin: 0 0 0.5em;
    }
    .emergency .calls {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 1em;
      margin: 0;
    }
    .call {
      border-color: var(--_emergency);
      background: var(--_emergency);
      color: var(--_surface);
    }
    .call:hover {
      background: var(--_emergency);
      text-decoration: underline;
    }
    .alt {
      color: var(--_text);
      font-weight: 600;
    }
    .filters {
      display: grid;
      gap: calc(var(--_space) * 0.75);
      margin: 0 0 var(--_space);
      padding: var(--_space);
      background: var(--_panel);
      border-radius: var(--_radius);
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
      margin-bottom: 0.25em;
      padding: 0;
      font-weight: 600;
    }
    select {
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      min-height: 44px;
      max-width: 100%;
      padding: 0.25em 0.5em;
      border: 2px solid var(--_control);
      border-radius: var(--_radius);
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1.25em;
    }
    .choice {
      display: inline-flex;
      align-items: center;
      gap: 0.5em;
      min-height: 44px;
      cursor: pointer;
    }
    input {
      width: 1.25em;
      height: 1.25em;
      margin: 0;
      accent-color: var(--_accent);
      flex: none;
    }
    .count {
      font-weight: 600;
      margin-bottom: 0.5em;
    }
    .results {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: calc(var(--_space) * 0.75);
    }
    .service {
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .service.crisis {
      border-inline-start: 4px solid var(--_accent);
    }
    .service p {
      margin-bottom: 0.5em;
      max-width: 38em;
    }
    .service-heading:focus {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .status {
      font-weight: 600;
    }
    .status::before {
      content: '';
      display: inline-block;
      width: 0.625em;
      height: 0.625em;
      margin-inline-end: 0.5em;
      border-radius: 50%;
      border: 2px solid currentColor;
    }
    .status.open::before,
    .status.always::before {
      background: currentColor;
    }
    .contacts {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin: 0.5em 0 0.75em;
      padding: 0;
    }
    .contact {
      max-width: 100%;
    }
    .hours,
    .facts,
    .meta {
      font-size: 0.875em;
      color: var(--_muted);
    }
    .service .meta {
      margin-bottom: 0;
    }
    .more {
      margin-top: var(--_space);
    }
    .empty {
      padding: calc(var(--_space) * 0.75);
      background: var(--_panel);
      border-radius: var(--_radius);
    }
    .always {
      margin-top: var(--_space);
    }
    .overlay {
      position: fixed;
      inset: 0;
      z-index: 2147483647;
      display: flex;
      align-items: center;
      justify-content: center;
      background: var(--_surface);
      color: var(--_text);
      font-size: 1.25em;
    }
    @media (forced-colors: active) {
      .finder,
      .service,
      .filters,
      .emergency {
        border: 1px solid CanvasText;
      }
      .exit,
      .call {
        border: 2px solid ButtonText;
      }
    }
    @media print {
      .filters,
      .exit-bar,
      .more {
        display: none !important;
      }
      a[href^='tel:']::after,
      a[href^='sms:']::after {
        content: ' (' attr(href) ')';
      }
    }
  `,
];
