/**
 * What the benchmarks share: generated initiatives near the real ones, the markercluster
 * baseline map, and a printed table. Benchmarks print figures; they never pass or fail on time.
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import './leaflet-global.js';
import 'leaflet.markercluster';
import leafletCss from 'leaflet/dist/leaflet.css';
import clusterCss from 'leaflet.markercluster/dist/MarkerCluster.css';
export { generate, median, quantile, table } from './bench-data.js';

/** Two animation frames: what was rendered has been painted. */
export const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** A host `width` px wide, in the page. */
export function container(width: number): HTMLElement {
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  document.body.append(host);
  return host;
}

/**
 * The baseline: a Leaflet map with Leaflet.markercluster in a shadow root of `host`, the
 * size of the element's map; `cluster(points)` adds one marker per point (divIcons, as
 * ours) in one `addLayers`. `remove()` takes it away again.
 */
export async function markerclusterMap(host: HTMLElement, width: number) {
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(leafletCss + clusterCss);
  root.adoptedStyleSheets = [sheet];
  const div = document.createElement('div');
  div.style.cssText = `width:${width - 360}px;height:520px`;
  root.append(div);
  const map = L.map(div, { maxZoom: 16, minZoom: 6 }).fitBounds([
    [50.75, 3.36],
    [53.56, 7.23],
  ]);
  await frames();
  const icon = L.divIcon({ className: 'm', iconSize: [16, 16] });
  // markercluster patched the global copy of L (leaflet-global.ts), not the ESM namespace.
  const LG = (globalThis as unknown as { L: { markerClusterGroup(o: object): L.LayerGroup & { addLayers(l: L.Layer[]): void } } }).L;
  return {
    cluster(records: { name: string; place: { lat: number; lon: number } }[]): void {
      const group = LG.markerClusterGroup({ chunkedLoading: false });
      group.addLayers(records.map((r) => L.marker([r.place.lat, r.place.lon], { icon, title: r.name })));
      map.addLayer(group);
    },
    remove: () => map.remove(),
  };
}
