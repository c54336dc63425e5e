/** Styles the map renderers add to the element's shadow root when they load. */

/** Adopts `cssText` into the shadow root (or document) that holds `node`, once. */
export function adoptStyles(node: Node, cssText: string): void {
  const root = node.getRootNode() as ShadowRoot | Document;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Land and border colours of the offline basemap, from the element's tokens. */
export function basemapColors(container: HTMLElement): { land: string; line: string; water: string } {
  const style = getComputedStyle(container);
  return {
    land: style.getPropertyValue('--_land').trim() || '#e8ecf1',
    line: style.getPropertyValue('--_border').trim() || '#9aa6b8',
    water: style.getPropertyValue('--_water').trim() || style.getPropertyValue('--_bg').trim() || '#ffffff',
  };
}

export const markerCss = `
.hca-anchor { overflow: visible; }
.hca-anchor > .hca-marker { position: absolute; left: 0; top: 0; transform: translate(-50%, -50%); }
.hca-marker {
  display: grid;
  place-items: center;
  border-radius: 50%;
  background: var(--_marker);
  color: #fff;
  border: 2px solid #fff;
  box-shadow: 0 1px 3px rgba(0, 0, 0, 0.45);
  font-weight: 700;
  font-size: 12px;
  line-height: 1;
  cursor: pointer;
  pointer-events: auto;
  box-sizing: border-box;
}
.hca-cluster { background: color-mix(in srgb, var(--_marker) 88%, #000); box-shadow: 0 0 0 4px color-mix(in srgb, var(--_marker) 30%, transparent), 0 1px 3px rgba(0, 0, 0, 0.45); }
.hca-marker.hca-square { border-radius: 3px; }
.hca-cluster { font-size: 13px; }
.hca-marker.hca-selected {
  outline: 3px solid var(--_focus, #b4470f);
  outline-offset: 2px;
  width: 22px !important;
  height: 22px !important;
}
.hca-marker:focus-visible {
  outline: 3px solid var(--_focus, #b4470f);
  outline-offset: 3px;
}
.leaflet-container { background: var(--_water, var(--_bg, #fff)); font: inherit; }
.maplibregl-map { font: inherit; }
.maplibregl-ctrl-attrib { font-size: 11px; }
.leaflet-control-attribution { font-size: 11px; }
.leaflet-container .leaflet-control-attribution,
.maplibregl-ctrl.maplibregl-ctrl-attrib { background: color-mix(in srgb, var(--_bg, #fff) 85%, transparent); color: var(--_muted, #4a5568); }
.leaflet-container .leaflet-control-attribution a,
.maplibregl-ctrl-attrib a { color: var(--_accent); }
`;
