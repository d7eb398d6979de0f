import { css } from 'lit';

/**
 * Design tokens and the base sheet every element adopts.
 *
 * Host pages set `font-size: 62.5%` on `html`, `line-height: 0` on `*`,
 * `text-transform: uppercase` on headings… Inherited properties cross the
 * shadow boundary and `rem` follows the host's root, so `.root` sets every
 * inherited text property itself, in `px`, and everything inside uses `em`.
 * Partners restyle through the public `--recovery-*` properties, which feed
 * private `--_*` ones with the theme's defaults.
 */
export const base = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .root {
    --_font: var(--recovery-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_size: var(--recovery-font-size, 16px);
    --_text: var(--recovery-color-text, #1d2125);
    --_muted: var(--recovery-color-text-muted, #4b535c);
    --_surface: var(--recovery-color-surface, #ffffff);
    --_panel: var(--recovery-color-panel, #f2f5f7);
    --_accent: var(--recovery-color-accent, #00607a);
    --_on-accent: var(--recovery-color-on-accent, #ffffff);
    --_border: var(--recovery-color-border, #c9d1d8);
    --_control: var(--recovery-color-control, #5c6670);
    --_focus: var(--recovery-color-focus, #0b57d0);
    --_emergency: var(--recovery-color-emergency, #a4262c);
    --_emergency-panel: var(--recovery-color-emergency-panel, #fdf3f2);
    --_radius: var(--recovery-radius, 8px);
    --_space: var(--recovery-space, 16px);
    color-scheme: light;
    display: block;
    margin: 0;
    padding: 0;
    font-family: var(--_font);
    font-size: var(--_size);
    font-weight: 400;
    font-style: normal;
    font-variant: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-decoration: none;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    overflow-wrap: break-word;
    hyphens: manual;
    color: var(--_text);
    background: var(--_surface);
    visibility: visible;
    cursor: auto;
  }
  .theme-dark {
    --_text: var(--recovery-color-text, #eceff2);
    --_muted: var(--recovery-color-text-muted, #b9c1c9);
    --_surface: var(--recovery-color-surface, #16191d);
    --_panel: var(--recovery-color-panel, #22272d);
    --_accent: var(--recovery-color-accent, #7cc8e0);
    --_on-accent: var(--recovery-color-on-accent, #0b1b21);
    --_border: var(--recovery-color-border, #3b434c);
    --_control: var(--recovery-color-control, #8d98a3);
    --_focus: var(--recovery-color-focus, #8ab4f8);
    --_emergency: var(--recovery-color-emergency, #ffb4ab);
    --_emergency-panel: var(--recovery-color-emergency-panel, #3a1d1c);
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    .theme-auto {
      --_text: var(--recovery-color-text, #eceff2);
      --_muted: var(--recovery-color-text-muted, #b9c1c9);
      --_surface: var(--recovery-color-surface, #16191d);
      --_panel: var(--recovery-color-panel, #22272d);
      --_accent: var(--recovery-color-accent, #7cc8e0);
      --_on-accent: var(--recovery-color-on-accent, #0b1b21);
      --_border: var(--recovery-color-border, #3b434c);
      --_control: var(--recovery-color-control, #8d98a3);
      --_focus: var(--recovery-color-focus, #8ab4f8);
      --_emergency: var(--recovery-color-emergency, #ffb4ab);
      --_emergency-panel: var(--recovery-color-emergency-panel, #3a1d1c);
      color-scheme: dark;
    }
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  [role='heading'] {
    margin: 0 0 0.5em;
    font: inherit;
    font-weight: 700;
    line-height: 1.25;
    color: inherit;
    letter-spacing: normal;
    text-transform: none;
  }
  p,
  ul,
  ol,
  figure,
  blockquote {
    margin: 0 0 0.75em;
    padding: 0;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    font: inherit;
    background: none;
  }
  a:hover {
    text-decoration-thickness: 0.125em;
  }
  button {
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    letter-spacing: normal;
    text-transform: none;
    margin: 0;
    min-width: 24px;
    min-height: 24px;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    text-decoration: none;
  }
  .button:hover {
    background: var(--_panel);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .root {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .button,
    button {
      border: 2px solid ButtonText;
    }
  }
  @media print {
    .root {
      color: #000;
      background: #fff;
    }
    button,
    .no-print {
      display: none !important;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      word-break: break-all;
    }
  }
`;
