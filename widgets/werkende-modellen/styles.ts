/**
 * Styles of the werkende modellen: the guided choice, the list (`--hca-modellen-columns`),
 * a model's page with its map and choropleth, two models side by side, the phone layout
 * below PHONE_WIDTH and a print layout without controls.
 */
import { css } from 'lit';
import { outlinedControl, phoneMapControls } from '../../src/ui/box.js';

export const styles = css`
  :host {
    --_columns: var(--hca-modellen-columns, 1);
  }
  h2 {
    margin: 0 0 0.25rem;
    font-size: 1.3em;
  }
  .btn,
  select {
    ${outlinedControl}
    font: inherit;
  }
  select {
    color: var(--_text);
    border-color: var(--_border);
    max-width: 100%;
  }
  .btn.primary {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .guide {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .guide h3 {
    margin: 0;
    font-size: 1.1em;
  }
  .hint {
    margin: 0.25em 0 0.5em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .questions {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: 0.5em var(--_space);
    margin-bottom: 0.5em;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    min-width: 0;
  }
  label {
    font-weight: 600;
    font-size: 0.9em;
  }
  .ranked {
    margin: var(--_space) 0 0;
    color: var(--_muted);
  }
  ul.models {
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(var(--_columns), minmax(0, 1fr));
    gap: var(--_space);
  }
  li.model {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  li.model[aria-current='true'] {
    border-color: var(--_accent);
    box-shadow: 0 0 0 1px var(--_accent);
  }
  li.model h3 {
    display: inline;
    margin: 0 0.5em 0 0;
    font-size: 1.05em;
  }
  /* the name is the button that opens the model: a link to look at, a target of at least 24 px */
  button.open {
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 700;
    text-align: left;
    text-decoration: underline;
    cursor: pointer;
  }
  li.model p {
    margin: 0.35em 0 0;
  }
  .reason.fits {
    font-weight: 600;
  }
  .reason.misses,
  .meta {
    color: var(--_muted);
  }
  .note {
    margin: 0.5em 0 0;
    font-style: italic;
    color: var(--_concept);
  }
  .page h3 {
    margin: 0.5em 0 0.25em;
    font-size: 1.25em;
  }
  .page h4 {
    margin: 1.1em 0 0.3em;
    font-size: 1em;
  }
  .page section > p,
  .side p {
    margin: 0.25em 0;
  }
  .page ul,
  .page ol {
    margin: 0;
    padding-left: 1.3em;
  }
  /* links one under the other: at least 24 px apart (WCAG 2.5.8) */
  .page li {
    margin-bottom: 0.3em;
  }
  ul.examples li:focus-visible {
    outline-offset: 0;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  .notice {
    margin: 0;
    flex-basis: 100%;
    font-size: 0.9em;
  }
  .notice:empty {
    display: none;
  }
  .model-map {
    height: 18rem;
    margin-top: 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_water);
  }
  .applied-grid {
    display: grid;
    grid-template-columns: minmax(10rem, 16rem) minmax(0, 1fr);
    gap: var(--_space);
    align-items: start;
  }
  figure.choropleth {
    margin: 0;
  }
  .choropleth > svg {
    width: 100%;
    height: auto;
  }
  .choropleth path,
  .swatch rect {
    stroke: var(--_text);
    stroke-width: 0.6;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.6em;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .swatch {
    width: 0.9em;
    height: 0.9em;
    margin-right: 0.25em;
    vertical-align: -0.1em;
  }
  caption {
    text-align: left;
    font-weight: 600;
  }
  .pair {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: var(--_space);
  }
  .side {
    padding: 0.5em var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-width: 0;
  }
  .who {
    font-weight: 700;
    font-size: 0.9em;
  }
  .print-only {
    display: none;
  }
  /* phone (the element's own width, see src/ui/box.ts): one column, room between and inside the items, 44 px targets */
  @container (max-width: 600px) {
    ul.models {
      grid-template-columns: minmax(0, 1fr);
      gap: calc(var(--_space) * 1.25);
    }
    li.model {
      padding-block: calc(var(--_space) * 1.25);
    }
    button.open {
      min-height: 44px;
    }
    .questions,
    .applied-grid,
    .pair {
      grid-template-columns: minmax(0, 1fr);
    }
    figure.choropleth {
      max-width: 14rem;
    }
    .model-map {
      height: 18rem;
    }
    ${phoneMapControls}
    .leaflet-control-attribution {
      font-size: 0.65rem;
    }
  }
  @media print {
    .guide,
    .tools,
    .back,
    .model-map,
    .status:not(.error) {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    a {
      color: inherit;
    }
    h3,
    h4 {
      break-after: avoid;
    }
    li.model,
    .side,
    tr {
      break-inside: avoid;
    }
  }
`;
