import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * A real `<h2>`…`<h6>` at `level`, so the widget fits the host page's outline.
 * Below 6 there is no HTML element: ARIA allows deeper levels on
 * `role="heading"`.
 */
export function heading(level: number, content: unknown, id?: string, part?: string): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 id=${ifDefined(id)} part=${ifDefined(part)}>${content}</h2>`;
    case 3:
      return html`<h3 id=${ifDefined(id)} part=${ifDefined(part)}>${content}</h3>`;
    case 4:
      return html`<h4 id=${ifDefined(id)} part=${ifDefined(part)}>${content}</h4>`;
    case 5:
      return html`<h5 id=${ifDefined(id)} part=${ifDefined(part)}>${content}</h5>`;
    case 6:
      return html`<h6 id=${ifDefined(id)} part=${ifDefined(part)}>${content}</h6>`;
    default:
      return html`<div role="heading" aria-level=${level} id=${ifDefined(id)} part=${ifDefined(part)}>${content}</div>`;
  }
}

export const HEADING_LEVELS = ['2', '3', '4', '5', '6'];
