import { css } from 'lit';
import { outlinedControl } from '../../src/ui/box.js';

/**
 * Screen layout (one column on a phone, two on a desktop) and the print layout: A4,
 * charts as images, every source printed, no buttons.
 */
export const styles = css`
  :host {
    --_col-a: var(--hca-regioprofiel-color-region, #0072b2);
    --_col-b: var(--hca-regioprofiel-color-compare, #d55e00);
    --_up: var(--hca-regioprofiel-color-up, #1a7f37);
    --_down: var(--hca-regioprofiel-color-down, #b3261e);
    max-width: 75rem;
  }
  h2,
  h3,
  h4 {
    line-height: 1.2;
  }
  section {
    margin-top: calc(var(--_space) * 2.5);
  }
  section > h3 {
    font-size: 1.25em;
    margin: 0 0 var(--_space);
    padding-bottom: 0.3em;
    border-bottom: 2px solid var(--_border);
  }
  /* The header floats beside the locator map, and the picker and actions (flex containers, so they narrow
     to fit beside a float) flow on beside the map: no blank block under a short header. Sections clear it. */
  .top {
    display: contents;
  }
  header[part='header'] {
    float: left;
    width: calc(100% - 13rem);
    margin-bottom: var(--_space);
  }
  .locator {
    float: right;
    width: 11rem;
    margin: 0 0 var(--_space) 2rem;
  }
  section {
    clear: both;
  }
  header h2 {
    margin: 0;
    font-size: 1.9em;
  }
  .level {
    color: var(--_muted);
    margin: 0.2em 0 0.5em;
  }
  .gemeenten summary {
    cursor: pointer;
    color: var(--_accent);
  }
  .gemeenten ul {
    columns: 12rem auto;
    padding-left: 1.2em;
    font-size: 0.9em;
  }
  .locator svg {
    width: 100%;
    height: auto;
    display: block;
  }
  .locator .land {
    fill: var(--_land);
    stroke: var(--_bg);
    stroke-width: 2;
  }
  .locator .here {
    fill: var(--_accent);
    stroke: var(--_text);
    stroke-width: 2;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: start;
    margin-top: var(--_space);
    padding: var(--_space);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .field {
    display: grid;
    gap: 0.2em;
    flex: 1 1 12rem;
  }
  .field label {
    font-weight: 600;
    font-size: 0.9em;
  }
  input,
  select {
    font: inherit;
    padding: 0.35em 0.5em;
    border: 1px solid var(--_muted);
    border-radius: 4px;
    background: var(--_bg);
    color: var(--_text);
    min-height: 2.5rem;
    width: 100%;
  }
  .hint,
  .matches {
    font-size: 0.8em;
    color: var(--_muted);
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin-top: var(--_space);
  }
  button {
    ${outlinedControl}
  }
  button.primary {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .confirm {
    margin: 0;
    font-size: 0.9em;
  }
  dl.figures {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr));
    gap: var(--_space);
    margin: 0;
  }
  .figure {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    display: flex;
    flex-direction: column;
    break-inside: avoid;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0.4em 0 0;
    display: flex;
    flex-direction: column;
    gap: 0.35em;
    flex: 1;
  }
  .cols {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.5em;
  }
  .col {
    display: flex;
    flex-direction: column;
  }
  .who {
    font-size: 0.8em;
    color: var(--_muted);
    border-top: 3px solid var(--_col-a);
    padding-top: 0.2em;
  }
  .col.b .who {
    border-top-color: var(--_col-b);
  }
  .value {
    font-size: 1.6em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .col.b .value {
    font-size: 1.25em;
  }
  .value.absent {
    font-size: 1em;
    font-weight: 400;
    font-style: italic;
    color: var(--_muted);
  }
  .yr,
  .note {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .change {
    font-size: 0.9em;
  }
  .change .arrow {
    font-weight: 700;
  }
  .change.up .arrow {
    color: var(--_up);
  }
  .change.down .arrow {
    color: var(--_down);
  }
  .vs {
    margin: 0;
    font-size: 0.9em;
  }
  .source {
    margin: auto 0 0;
  }
  details.caveats {
    font-size: 0.85em;
    color: var(--_muted);
  }
  details.caveats ul {
    margin: 0.3em 0;
    padding-left: 1.2em;
  }
  summary {
    cursor: pointer;
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 30rem), 1fr));
    gap: calc(var(--_space) * 1.5);
  }
  figure.chart {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    break-inside: avoid;
    min-width: 0;
  }
  figure.chart h4 {
    margin: 0;
    font-size: 1.05em;
  }
  .canvas {
    position: relative;
    height: 16rem;
  }
  .canvas.bar {
    height: 22rem;
  }
  .canvas canvas {
    max-width: 100%;
  }
  img.print-img {
    display: none;
    width: 100%;
    height: auto;
  }
  .chart-notes {
    margin: 0;
    font-size: 0.85em;
  }
  .chart-actions {
    display: flex;
    gap: 0.5em;
    flex-wrap: wrap;
    align-items: baseline;
  }
  /* min-width 0: a wide table scrolls in its .table-wrap instead of widening the chart */
  .chart-actions details {
    flex: 1 1 100%;
    min-width: 0;
  }
  table {
    font-size: 0.9em;
  }
  .labour-note {
    padding: var(--_space);
    border-left: 4px solid var(--_accent);
    background: var(--_surface);
    margin: 0 0 var(--_space);
  }
  .labour {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 30rem), 1fr));
    gap: calc(var(--_space) * 1.5);
    align-items: start;
  }
  ul.initiatives {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
    gap: var(--_space);
  }
  ul.initiatives li {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    break-inside: avoid;
  }
  ul.initiatives h4 {
    margin: 0 0 0.2em;
    font-size: 1em;
  }
  ul.initiatives p {
    margin: 0.2em 0;
    font-size: 0.9em;
  }
  ol.sources {
    padding-left: 1.5em;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  /* links one under the other: at least 24 px apart (WCAG 2.5.8) */
  section.sources li,
  ol.sources li,
  ul.models li {
    margin-bottom: 0.3em;
  }
  .print-only {
    display: none;
  }
  /* phone (the element's own width, see src/ui/box.ts): picker and actions stacked, touch targets of 44 px,
     one figure per row, charts full width */
  @container (max-width: 600px) {
    header[part='header'] {
      width: calc(100% - 6.5rem);
    }
    .locator {
      width: 5.5rem;
      margin-left: 1rem;
    }
    .controls {
      clear: both;
    }
    header h2 {
      font-size: 1.5em;
    }
    .gemeenten ul {
      columns: 7.5rem auto;
    }
    .controls {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
    }
    input,
    select,
    button {
      min-height: 2.75rem;
    }
    .actions {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .actions .primary,
    .actions .confirm {
      grid-column: 1 / -1;
    }
    dl.figures {
      grid-template-columns: minmax(0, 1fr);
    }
    .charts,
    .labour {
      grid-template-columns: minmax(0, 1fr);
    }
    figure.chart {
      padding: 0.5rem;
    }
    summary {
      padding: 0.6em 0;
    }
    .canvas {
      height: 14rem;
    }
    .canvas.bar {
      height: 20rem;
    }
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
      max-width: none;
      font-size: 9.5pt;
      line-height: 1.3;
      --_space: 0.5rem;
    }
    .controls,
    .actions,
    button,
    .chart-actions,
    details.caveats,
    .gemeenten,
    .status:not(.error) {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    span.print-only {
      display: inline;
    }
    a {
      color: inherit;
    }
    h2,
    h3,
    h4 {
      break-after: avoid;
    }
    section {
      margin-top: 0.75rem;
      break-inside: auto;
    }
    section > h3 {
      font-size: 1.2em;
      margin-bottom: 0.4rem;
    }
    /* header: name, level and data date, gemeenten, the page URL and print date; a small map */
    header[part='header'] {
      width: calc(100% - 7rem);
    }
    .locator {
      width: 6rem;
      margin: 0 0 0.5rem 1rem;
    }
    header h2 {
      font-size: 1.7em;
    }
    .level {
      margin: 0.1em 0 0.3em;
    }
    header .print-only {
      margin: 0.2em 0;
      font-size: 0.85em;
    }
    header .print-only.source {
      font-size: 0.85em;
      color: var(--_muted);
      word-break: break-all;
    }
    /* key figures: a grid of four in reading order; a page may break between rows, never in a figure */
    dl.figures {
      grid-template-columns: repeat(4, minmax(0, 1fr));
      gap: 0.4rem;
    }
    .figure,
    figure.chart,
    ul.initiatives li {
      background: none;
      padding: 0.4rem;
      break-inside: avoid;
    }
    dt {
      line-height: 1.2;
    }
    dd {
      gap: 0.15em;
      margin-top: 0.25em;
    }
    .cols {
      gap: 0.4em;
    }
    .value {
      font-size: 1.35em;
    }
    .col.b .value {
      font-size: 1.1em;
    }
    .yr,
    .note,
    .who {
      font-size: 0.75em;
      line-height: 1.2;
    }
    .change,
    .vs {
      font-size: 0.85em;
    }
    .vs,
    .change {
      margin: 0;
    }
    .figure .source,
    figure.chart .source {
      font-size: 0.72em;
      line-height: 1.25;
      margin: 0;
    }
    .figure .source {
      margin-top: auto;
    }
    /* charts: two to a row, images drawn at print size (see preparePrint) */
    canvas {
      display: none !important;
    }
    .canvas,
    .canvas.bar {
      height: auto;
    }
    img.print-img {
      display: block;
    }
    .charts,
    .labour {
      grid-template-columns: 1fr 1fr;
      gap: 0.5rem;
    }
    figure.chart {
      gap: 0.3em;
    }
    figure.chart h4 {
      font-size: 1em;
    }
    .chart-notes {
      font-size: 0.8em;
    }
    .labour-note {
      padding: 0.2rem 0.5rem;
      margin-bottom: 0.4rem;
      background: none;
      font-size: 0.85em;
    }
    /* the labour section is half a page: it moves whole to the next page rather than leave its heading behind */
    section[aria-labelledby='h-labour'] {
      break-inside: avoid;
    }
    /* the national chart across two of four columns, its five figures around it */
    .labour {
      grid-template-columns: repeat(4, minmax(0, 1fr));
      gap: 0.4rem;
      align-items: stretch;
    }
    .labour figure.chart {
      grid-column: span 2;
    }
    .labour dl.figures {
      display: contents;
    }
    /* initiatives: three to a row */
    ul.initiatives {
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: 0.4rem;
    }
    ul.initiatives li {
      font-size: 0.85em;
      line-height: 1.25;
    }
    ul.initiatives p {
      margin: 0.1em 0;
    }
    /* sources last, every one with its address */
    .sources h4 {
      margin: 0.5rem 0 0.2rem;
    }
    .sources ul,
    ol.sources {
      margin: 0;
      padding-left: 2em;
      font-size: 0.85em;
    }
    .sources li {
      margin-bottom: 0.15em;
      break-inside: avoid;
    }
    .sources a[href]::after {
      content: ' (' attr(href) ')';
      font-size: 0.9em;
      word-break: break-all;
    }
  }
`;
