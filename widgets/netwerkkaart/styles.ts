import { css, unsafeCSS } from 'lit';
import { ROW_HEIGHT } from './templates.js';
import { phoneMapControls } from '../../src/ui/box.js';

/*
 * The box contract (src/ui/box.ts), with a height of its own: the element is as high as
 * the page makes it (or 600 px), and the toolbar, map and list share that height. Below
 * PHONE_WIDTH: one of map or list, the card as a bottom sheet.
 */
export const styles = css`
  :host {
    height: var(--hca-netwerkkaart-height, 600px);
    --_row: ${unsafeCSS(ROW_HEIGHT)}px;
  }
  :host(:fullscreen) {
    height: 100vh;
    padding: var(--_space);
  }
  .root {
    display: flex;
    flex-direction: column;
    height: 100%;
  }
  .root > * {
    flex: none;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-bottom: 0.5rem;
  }
  .search {
    flex: 1 1 16rem;
    position: relative;
    display: flex;
  }
  .search input {
    width: 100%;
    font: inherit;
    padding: 0.5rem 0.75rem 0.5rem 2.1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    min-height: 2.5rem;
  }
  .search svg {
    position: absolute;
    left: 0.7rem;
    top: 50%;
    transform: translateY(-50%);
    color: var(--_muted);
    pointer-events: none;
  }
  .btn {
    font: inherit;
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 2.5rem;
    padding: 0.4rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    cursor: pointer;
    white-space: nowrap;
  }
  .btn:hover {
    background: var(--_surface);
  }
  .btn[aria-expanded='true'],
  .btn.on {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .btn .n {
    display: inline-block;
    min-width: 1.4em;
    padding: 0 0.35em;
    border-radius: 1em;
    background: var(--_accent);
    color: var(--_accent-text);
    font-size: 0.8em;
    text-align: center;
  }
  .btn svg {
    flex: none;
  }
  .facets,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  .actions {
    margin-left: auto;
  }
  /* the open facet's options lie over the map and list, inside the box */
  .layout > .panel {
    position: absolute;
    inset: 0 0 auto 0;
    max-height: 100%;
    z-index: 1200;
    box-shadow: 0 4px 18px rgba(0, 0, 0, 0.18);
    margin: 0;
    padding: 0.75rem var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    max-height: 18rem;
    overflow: auto;
  }
  .panel fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    columns: 15rem auto;
    column-gap: 1.5rem;
  }
  .panel fieldset + fieldset {
    margin-top: 0.75rem;
  }
  .panel legend {
    font-weight: 600;
    margin-bottom: 0.35rem;
    padding: 0;
  }
  .panel label {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    padding: 0.2rem 0;
    break-inside: avoid;
    cursor: pointer;
  }
  .panel label .c {
    color: var(--_muted);
    font-size: 0.85em;
    margin-left: auto;
    padding-left: 0.5em;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    align-items: center;
    list-style: none;
    margin: 0 0 0.5rem;
    padding: 0;
  }
  .chip {
    font: inherit;
    font-size: 0.9em;
    display: inline-flex;
    gap: 0.4em;
    align-items: center;
    padding: 0.2rem 0.4rem 0.2rem 0.7rem;
    border-radius: 1rem;
    border: 1px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 10%, var(--_bg));
    color: var(--_text);
    cursor: pointer;
    min-height: 2rem;
  }
  .chip span[aria-hidden] {
    font-size: 1.1em;
    line-height: 1;
    padding: 0 0.2em;
  }
  .linkish {
    font: inherit;
    font-size: 0.9em;
    background: none;
    border: 0;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
    padding: 0.3rem;
    min-height: 2rem;
  }
  .root > .layout {
    position: relative;
    flex: 1 1 0;
    min-height: 10rem;
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(17rem, 22rem);
    grid-template-rows: minmax(0, 1fr);
    gap: var(--_space);
  }
  .root > .layout.no-list {
    grid-template-columns: minmax(0, 1fr);
  }
  @container (max-width: 760px) {
    .root > .layout {
      grid-template-columns: minmax(0, 1fr) minmax(13rem, 16rem);
    }
    .actions {
      margin-left: 0;
    }
  }
  .views {
    display: none;
  }
  .mapcol {
    position: relative;
    min-width: 0;
    min-height: 0;
    display: flex;
    flex-direction: column;
  }
  .legend {
    position: absolute;
    left: 0.5rem;
    top: 0.5rem;
    z-index: 1000;
    background: color-mix(in srgb, var(--_bg) 94%, transparent);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.45rem 0.65rem;
    font-size: 0.85em;
    box-shadow: 0 1px 4px rgba(0, 0, 0, 0.12);
    max-width: calc(100% - 1rem);
  }
  .legend summary {
    font-weight: 600;
    cursor: pointer;
    min-height: 24px;
    display: flex;
    align-items: center;
  }
  .legend summary::before {
    content: '▸';
    margin-inline-end: 0.35em;
  }
  .legend[open] summary::before {
    content: '▾';
  }
  .legend[open] summary {
    margin-bottom: 0.25rem;
  }
  .legend ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.2rem;
  }
  .legend li,
  .legend label {
    display: flex;
    gap: 0.45em;
    align-items: center;
  }
  .sw {
    display: inline-grid;
    place-items: center;
    width: 14px;
    height: 14px;
    border-radius: 50%;
    background: var(--_marker);
    border: 2px solid #fff;
    box-shadow: 0 0 0 1px rgba(0, 0, 0, 0.3);
    flex: none;
  }
  .sw.cl {
    width: 22px;
    height: 22px;
    font-size: 9px;
    color: #fff;
    font-weight: 700;
  }
  .sw.loc {
    border-radius: 2px;
    width: 12px;
    height: 12px;
    background: var(--_location);
  }
  .side {
    display: flex;
    flex-direction: column;
    min-width: 0;
    min-height: 0;
  }
  .count {
    margin: 0 0 0.4rem;
    font-weight: 600;
    min-height: 1.45em;
  }
  .data-date,
  .precision {
    margin: 0.3rem 0 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .rowswrap {
    position: relative;
    flex: 1 1 0;
    min-height: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .rowswrap > .status,
  .rowswrap > .empty {
    position: absolute;
    inset: 0 0 auto 0;
    margin: 0;
    border: 0;
    z-index: 1;
  }
  .rows {
    height: 100%;
    overflow: auto;
    overscroll-behavior: contain;
  }
  .sizer {
    position: relative;
  }
  .sizer > [role='listitem'] {
    position: absolute;
    left: 0;
    right: 0;
    height: var(--_row);
  }
  .row {
    all: unset;
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    justify-content: center;
    width: 100%;
    height: var(--_row);
    overflow: hidden;
    padding: 0 var(--_space);
    cursor: pointer;
    border-bottom: 1px solid var(--_border);
    background: var(--_bg);
  }
  .row:hover {
    background: var(--_surface);
  }
  .row[aria-current='true'] {
    background: var(--_surface);
    box-shadow: inset 4px 0 0 var(--_accent);
  }
  .row:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .row .name {
    font-weight: 600;
    line-height: 1.3;
    overflow: hidden;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow-wrap: anywhere;
  }
  .row .meta {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .meta {
    display: block;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .empty {
    padding: var(--_space);
    color: var(--_muted);
  }
  .members {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    justify-content: space-between;
    margin: 0 0 0.4rem;
    font-size: 0.9em;
  }
  .card {
    position: absolute;
    top: 0.5rem;
    right: 0.5rem;
    bottom: 0.5rem;
    width: min(24rem, calc(100% - 1rem));
    overflow: auto;
    z-index: 1050;
    padding: var(--_space) calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    box-shadow: 0 4px 18px rgba(0, 0, 0, 0.18);
  }
  @container (max-width: 600px) {
    /* a bottom sheet over the map */
    .card {
      top: auto;
      left: 0;
      right: 0;
      bottom: 0;
      width: auto;
      max-height: 75%;
      border-radius: var(--_radius) var(--_radius) 0 0;
    }
  }
  .card header {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    justify-content: space-between;
  }
  .card h2 {
    margin: 0 0 0.25rem;
    font-size: 1.2em;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .card h2:focus {
    outline: none;
  }
  .card h2:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .card .kind {
    color: var(--_muted);
    margin: 0 0 0.5rem;
  }
  .card dl {
    display: grid;
    grid-template-columns: minmax(6rem, 8.5rem) 1fr;
    gap: 0.3rem 0.75rem;
    margin: 0.75rem 0;
  }
  .card dt {
    font-weight: 600;
  }
  .card dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .card ul.plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .card .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin-top: 0.75rem;
  }
  .iconbtn {
    font: inherit;
    flex: none;
    width: 2.25rem;
    height: 2.25rem;
    display: grid;
    place-items: center;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    cursor: pointer;
  }
  /* under the model's name, a target of its own (24 px) */
  .model-link {
    display: block;
    width: fit-content;
    min-height: 24px;
    font-size: 0.9em;
  }
  .pill {
    font: inherit;
    font-size: 0.9em;
    background: none;
    border: 0;
    padding: 0;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
    text-align: left;
  }
  .card .concept {
    margin-left: 0.35em;
  }
  .note {
    font-size: 0.85em;
    color: var(--_muted);
    margin: 0.4rem 0 0;
  }
  .overlay-status {
    position: absolute;
    inset: auto 0.5rem 0.5rem auto;
    z-index: 1000;
  }
  @container (max-width: 600px) {
    /* search; the facets, scrolling; then Map | List with the actions as icons */
    .search {
      flex-basis: 100%;
    }
    .actions {
      order: 2;
    }
    .actions .label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .views {
      order: 1;
      flex: 1 1 0;
    }
    .toolbar > .views {
      display: flex;
      gap: 0.4rem;
    }
    .views .btn {
      flex: 1 1 0;
      justify-content: center;
    }
    .root > .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    .layout[data-view='list'] > .mapcol,
    .layout[data-view='map'] > .side {
      display: none;
    }
    .facets {
      flex-wrap: nowrap;
      overflow-x: auto;
      width: 100%;
      padding: 2px;
      scrollbar-width: thin;
    }
    ${phoneMapControls}
    /* the legend stays on the map, smaller */
    .legend {
      font-size: 0.78em;
      padding: 0.3rem 0.5rem;
    }
    .card dl {
      grid-template-columns: 1fr;
      gap: 0 0;
    }
    .card dd {
      margin-bottom: 0.5rem;
    }
  }
  .mapwrap {
    position: relative;
    flex: 1 1 0;
    min-height: 8rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_water);
  }
  .map {
    /* MapLibre's stylesheet makes its container position: relative; the size holds either way */
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
  }
  /* keyboard users can pass the map; visible only while focused */
  .skip {
    position: absolute;
    z-index: 1100;
    margin: 0.25rem;
    padding: 0.4em 0.8em;
    min-height: 24px;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
  }
  .skip:not(:focus) {
    clip-path: inset(50%);
    width: 1px;
    height: 1px;
    overflow: hidden;
    padding: 0;
    border: 0;
  }
`;
