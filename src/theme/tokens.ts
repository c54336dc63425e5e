/**
 * Design tokens, tier one: global `--hca-*` custom properties with light and dark values.
 * Elements define their own properties on `:host` that fall back to these (tier two).
 * `theme="auto"` (default) follows the page's colour scheme; fonts come from the page.
 */
import { css, unsafeCSS } from 'lit';

/** The colours that also reach code outside CSS (map renderers, chart defaults). */
export const COLORS = { accent: '#0b5cad', marker: '#0b5cad', location: '#00796b' } as const;

const darkValues = css`
  --_bg: var(--hca-color-background, #121722);
  --_surface: var(--hca-color-surface, #1d2433);
  --_text: var(--hca-color-text, #e9edf3);
  --_muted: var(--hca-color-text-muted, #b3bdcc);
  --_border: var(--hca-color-border, #3a4558);
  --_accent: var(--hca-color-accent, #7cb8f5);
  --_accent-text: var(--hca-color-accent-text, #0c1220);
  --_focus: var(--hca-color-focus, #ffb072);
  --_danger: var(--hca-color-danger, #ff8a8f);
  --_concept: var(--hca-color-concept, #ffd27a);
  --_concept-bg: var(--hca-color-concept-background, #3d2e00);
  --_land: var(--hca-color-land, #2a3344);
  --_water: var(--hca-color-water, #0e131c);
  --_location: var(--hca-location-color, #1a9c8c);
  --_hatch-bg: var(--hca-color-hatch-background, #1d2433);
  --_hatch-line: var(--hca-color-hatch, #8793a6);
  color-scheme: dark;
`;

export const tokens = css`
  :host {
    --_bg: var(--hca-color-background, #ffffff);
    --_surface: var(--hca-color-surface, #f4f6f9);
    --_text: var(--hca-color-text, #1b2333);
    --_muted: var(--hca-color-text-muted, #4a5568);
    --_border: var(--hca-color-border, #c9d1dd);
    --_accent: var(--hca-color-accent, ${unsafeCSS(COLORS.accent)});
    --_accent-text: var(--hca-color-accent-text, #ffffff);
    --_focus: var(--hca-color-focus, #b4470f);
    --_danger: var(--hca-color-danger, #a4161a);
    --_concept: var(--hca-color-concept, #7a4b00);
    --_concept-bg: var(--hca-color-concept-background, #fff2cc);
    --_land: var(--hca-color-land, #e8ecf1);
    --_water: var(--hca-color-water, #f7f9fc);
    --_marker: var(--hca-marker-color, ${unsafeCSS(COLORS.marker)});
    --_location: var(--hca-location-color, ${unsafeCSS(COLORS.location)});
    --_hatch-bg: var(--hca-color-hatch-background, #ffffff);
    --_hatch-line: var(--hca-color-hatch, #6b7280);
    --_radius: var(--hca-radius, 6px);
    --_space: var(--hca-space, 0.75rem);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_bg);
    font: inherit;
    line-height: 1.45;
    color-scheme: light;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${darkValues}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([theme='dark'])) {
      ${darkValues}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  button {
    font: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .concept {
    display: inline-block;
    padding: 0 0.4em;
    border-radius: 3px;
    background: var(--_concept-bg);
    color: var(--_concept);
    border: 1px solid currentColor;
    font-size: 0.8em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .status {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .status.error {
    border-color: var(--_danger);
  }
  .status.error strong {
    color: var(--_danger);
  }
  /* the retry button of a part that could not load: a target well above 24 x 24 px (WCAG 2.2) */
  .status .retry {
    min-height: 2.75em;
    min-width: 44px;
    padding: 0.4em 1em;
    font: inherit;
    color: var(--_accent-text);
    background: var(--_accent);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .status .retry[aria-disabled='true'] {
    cursor: progress;
  }
  .status .retry:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .source {
    color: var(--_muted);
    font-size: 0.85em;
  }
`;
