/** Styles the map renderers add to the element's shadow root when they load. */

/** Adopts `cssText` into the shadow root (or document) that holds `node`, once. */
export function adoptStyles(node: Node, cssText: string): void {
  const root = node.getRootNode() as ShadowRoot | Document;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

export const markerCss = `
.hca-marker {
  display: grid;
  place-items: center;
  border-radius: 50%;
  background: var(--_marker, #0b5cad);
  color: #fff;
  border: 2px solid #fff;
  box-shadow: 0 1px 3px rgba(0, 0, 0, 0.45);
  font-weight: 700;
  font-size: 12px;
  cursor: pointer;
}
.hca-marker.hca-square { border-radius: 3px; }
.hca-cluster { font-size: 13px; }
.hca-marker.hca-selected {
  outline: 3px solid var(--_focus, #b4470f);
  outline-offset: 2px;
  z-index: 1000 !important;
}
.hca-marker:focus-visible {
  outline: 3px solid var(--_focus, #b4470f);
  outline-offset: 3px;
}
.leaflet-container { background: var(--_bg, #fff); font: inherit; }
.leaflet-control-attribution { font-size: 11px; }
`;
