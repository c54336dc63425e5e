/**
 * The box contract (DESIGN.md): an element lives inside the box its host page gives it.
 *
 * - The host is its own scroll container. With a height (or max-height) set by the page it
 *   fills that box and scrolls inside; without one it grows to its content, so no inner
 *   scrollbar appears.
 * - Nothing paints outside it: content, tooltips and focus outlines are clipped at its
 *   edge (it is also the containing block of what is positioned inside), and its padding
 *   leaves room for the focus outline (3 px at 2 px offset) of whatever sits at the edge.
 * - It is an inline-size container, so its layout follows its own width, not the window's:
 *   `@container (max-width: 600px)` is the phone layout (PHONE_WIDTH).
 * - In print it shows everything: no fixed height, no inner scroll.
 *
 * With `container-type: inline-size` the host's width does not depend on its content: fine
 * for a block, but a flex item or an inline-block would shrink to nothing. `min-width`
 * keeps it at least 20rem wide (or the width of what holds it, when that is narrower);
 * a page that places it so gives it a width of its own.
 */
import { css } from 'lit';

/** Below this container width (CSS px) an element uses its phone layout. */
export const PHONE_WIDTH = 600;

export const boxStyles = css`
  :host {
    position: relative;
    overflow: auto;
    container-type: inline-size;
    min-width: min(100%, 20rem);
    padding: 6px;
  }
  @media print {
    :host {
      height: auto !important;
      max-height: none !important;
      overflow: visible !important;
    }
  }
`;

/** The look of the elements' outlined buttons (and selects), for a rule's body: 40 px high, the accent colour. */
export const outlinedControl = css`
  min-height: 2.5rem;
  padding: 0.35em 0.9em;
  border-radius: 4px;
  border: 1px solid var(--_accent);
  background: var(--_bg);
  color: var(--_accent);
  cursor: pointer;
`;

/**
 * In the phone layout, a map's zoom buttons sit top right, clear of the attribution that
 * wraps along the bottom (and of a card shown as a bottom sheet).
 */
export const phoneMapControls = css`
  .leaflet-bottom.leaflet-left,
  .maplibregl-ctrl-bottom-left {
    top: 0;
    bottom: auto;
    left: auto;
    right: 0;
  }
  .leaflet-bottom.leaflet-left .leaflet-control {
    margin: 10px 10px 0 0;
  }
`;
