import { css } from 'lit';

/**
 * Design tokens and the base sheet every element adopts.
 *
 * Host pages set `font-size: 62.5%` on `html`, `line-height: 0` on `*`,
 * `text-transform: uppercase` on everything… Inherited properties cross the
 * shadow boundary and `rem` follows the host's root, so `.root` starts from
 * `all: initial` (which leaves `direction` to the page) and sets its own text
 * in `px`; everything inside uses `em`. Partners restyle through the public
 * `--recovery-*` properties, which feed private `--_*` ones with the theme's
 * defaults.
 */
export const base = css`
  :host {
    display: block;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  .root {
    --_font: var(--recovery-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    --_text: var(--recovery-color-text, #1d2125);
    --_muted: var(--recovery-color-text-muted, #4b535c);
    --_surface: var(--recovery-color-surface, #fff);
    --_panel: var(--recovery-color-panel, #f2f5f7);
    --_accent: var(--recovery-color-accent, #00607a);
    --_on-emergency: var(--recovery-color-on-emergency, #fff);
    --_border: var(--recovery-color-border, #c9d1d8);
    --_control: var(--recovery-color-control, #5c6670);
    --_focus: var(--recovery-color-focus, #0b57d0);
    --_emergency: var(--recovery-color-emergency, #a4262c);
    --_emergency-panel: var(--recovery-color-emergency-panel, #fdf3f2);
    --_radius: var(--recovery-radius, 8px);
    --_space: var(--recovery-space, 16px);
    all: initial;
    /* Hidden or inert with the page: a closed menu or dialog of the host's
       that holds a widget hides it too, from the eye, the pointer and Tab. */
    visibility: inherit;
    pointer-events: inherit;
    display: block;
    box-sizing: border-box;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    /* medium: the size the visitor chose in their browser (16 px unless they
       changed it), not the host page's root size. */
    font: 400 var(--recovery-font-size, medium) / 1.5 var(--_font);
    /* anywhere, not break-word: a long address in a button or label may
       break, so grid and flex items shrink to a narrow phone instead of
       pushing past it when the text is large. */
    overflow-wrap: anywhere;
    color: var(--_text);
    background: var(--_surface);
    color-scheme: light;
  }
  .theme-dark {
    --_text: var(--recovery-color-text, #eceff2);
    --_muted: var(--recovery-color-text-muted, #b9c1c9);
    --_surface: var(--recovery-color-surface, #16191d);
    --_panel: var(--recovery-color-panel, #22272d);
    --_accent: var(--recovery-color-accent, #7cc8e0);
    --_on-emergency: var(--recovery-color-on-emergency, #16191d);
    --_border: var(--recovery-color-border, #3b434c);
    --_control: var(--recovery-color-control, #8d98a3);
    --_focus: var(--recovery-color-focus, #8ab4f8);
    --_emergency: var(--recovery-color-emergency, #ffb4ab);
    --_emergency-panel: var(--recovery-color-emergency-panel, #3a1d1c);
    color-scheme: dark;
  }
  /* The same declarations as .theme-dark: a shared css fragment would be
     smaller to read but the CSS minifier cannot parse declaration-only
     fragments, and gzip makes the repeat cost almost nothing. */
  @media (prefers-color-scheme: dark) {
    .theme-auto {
      --_text: var(--recovery-color-text, #eceff2);
      --_muted: var(--recovery-color-text-muted, #b9c1c9);
      --_surface: var(--recovery-color-surface, #16191d);
      --_panel: var(--recovery-color-panel, #22272d);
      --_accent: var(--recovery-color-accent, #7cc8e0);
      --_on-emergency: var(--recovery-color-on-emergency, #16191d);
      --_border: var(--recovery-color-border, #3b434c);
      --_control: var(--recovery-color-control, #8d98a3);
      --_focus: var(--recovery-color-focus, #8ab4f8);
      --_emergency: var(--recovery-color-emergency, #ffb4ab);
      --_emergency-panel: var(--recovery-color-emergency-panel, #3a1d1c);
      color-scheme: dark;
    }
  }
  /* Content marked with another language than the strings around it (a
     partner's Arabic services in English, English content under Arabic
     strings) runs in that language's direction: RTL_LANGS in strings.ts. */
  .root [lang] {
    unicode-bidi: isolate;
    direction: ltr;
  }
  .root :is([lang|='ar'], [lang|='arc'], [lang|='ckb'], [lang|='dv'], [lang|='fa'], [lang|='he'], [lang|='ps'], [lang|='sd'], [lang|='ug'], [lang|='ur'], [lang|='yi'], :is([lang*='-arab-' i], [lang$='-arab' i], [lang*='-hebr-' i], [lang$='-hebr' i]):not([lang*='-u-' i], [lang*='-x-' i])) {
    direction: rtl;
  }
  h2,
  h3,
  h4,
  h5,
  h6,
  [role='heading'] {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
    /* A word wider than a narrow phone at large text ("recovering") breaks
       with a hyphen where the browser knows the language, not bare. */
    hyphens: auto;
  }
  p,
  ul,
  figure,
  blockquote {
    margin: 0 0 0.75em;
    padding: 0;
  }
  ul {
    list-style: none;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  button {
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Secondary by colour only: opening hours, "not a crisis service" and
     check dates are safety information, read at full size. */
  .muted {
    color: var(--_muted);
  }
  .panel {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_panel);
  }
  /* Forced colours drop the background that sets a panel apart: a border keeps its edge. */
  @media (forced-colors: active) {
    .panel {
      border: 1px solid CanvasText;
    }
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    /* Narrower sides on a narrow screen in large text: "0800 068 4141" stays on one line. */
    padding: 0.5em min(1em, 3vw);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    text-decoration: none;
  }
  .button:hover {
    text-decoration: underline;
  }
  .urgent {
    border-color: var(--_emergency);
    background: var(--_emergency);
    color: var(--_on-emergency);
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
    }
  }
  /* Paper is white whatever the theme: the light colours, so the dark
     theme's panels never print dark behind black text. */
  @media print {
    .root {
      --_text: #000;
      --_muted: #4b535c;
      --_surface: #fff;
      --_panel: #f2f5f7;
      --_accent: #00607a;
      --_on-emergency: #fff;
      --_border: #c9d1d8;
      --_emergency: #a4262c;
      --_emergency-panel: #fdf3f2;
      border: 0;
      padding: 0;
      color: #000;
      background: #fff;
      color-scheme: light;
    }
    button {
      display: none !important;
    }
    /* Printers leave backgrounds out: white on nothing would vanish. The
       emergency colour as text (7:1 on white), in its border. */
    .urgent {
      background: none;
      color: var(--_emergency);
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }
`;
