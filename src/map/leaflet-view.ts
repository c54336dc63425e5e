/**
 * The default renderer: Leaflet on the offline basemap (outline, provinces, and
 * arbeidsmarktregio borders when zoomed in), no tile server unless `tiles` is given.
 * Clusters and markers are the shared focusable buttons of cluster-layers.ts.
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import leafletCss from 'leaflet/dist/leaflet.css';
import { boundsOf } from '../geo/boundaries.js';
import { ClusterLayers } from './cluster-layers.js';
import { CLUSTER_MAX_ZOOM } from './clusters.js';
import { adoptStyles, basemapColors, markerCss } from './marker-style.js';
import type { MapMarker, MapView, MapViewOptions, MarkerStyle } from './map-view.js';

class LeafletView implements MapView {
  private readonly map: L.Map;
  private readonly layers: ClusterLayers;
  private readonly amrBorders: L.GeoJSON;

  constructor(options: MapViewOptions) {
    const { container, boundaries, tiles } = options;
    adoptStyles(container, leafletCss + markerCss);
    const nl = boundsOf(boundaries.outline);
    this.map = L.map(container, {
      maxZoom: CLUSTER_MAX_ZOOM,
      minZoom: 6,
      zoomSnap: 0.25,
      maxBounds: L.latLngBounds(nl).pad(0.3),
      attributionControl: false,
      zoomControl: false,
      scrollWheelZoom: true,
      keyboard: true,
      preferCanvas: false,
    });
    L.control.zoom({ position: 'topright' }).addTo(this.map);
    L.control.attribution({ prefix: false }).addAttribution(boundaries.attribution).addTo(this.map);
    if (tiles) L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: CLUSTER_MAX_ZOOM }).addTo(this.map);
    const { land, line } = basemapColors(container);
    if (!tiles) L.geoJSON(boundaries.outline, { interactive: false, style: { color: line, weight: 1, fillColor: land, fillOpacity: 1 } }).addTo(this.map);
    L.geoJSON(boundaries.provinces, { interactive: false, style: { color: line, weight: 1.2, fill: false } }).addTo(this.map);
    this.amrBorders = L.geoJSON(boundaries.amrs, { interactive: false, style: { color: line, weight: 0.8, dashArray: '3 3', fill: false } });
    this.map.fitBounds(nl);
    this.map.getContainer().setAttribute('aria-label', options.labels.map);
    const map = this.map;
    const markerPane = map.getPane('markerPane')!;
    this.layers = new ClusterLayers(
      {
        container: markerPane,
        bbox: () => {
          const b = map.getBounds().pad(0.2);
          return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
        },
        zoom: () => map.getZoom(),
        maxZoom: () => map.getMaxZoom(),
        setView: (lat, lon, zoom, dx = 0) => map.setView(map.unproject(map.project([lat, lon], zoom).add([dx, 0]), zoom), zoom, { animate: false }),
        point: (lat, lon) => {
          const p = map.latLngToContainerPoint([lat, lon]);
          return [p.x, p.y];
        },
        size: () => [map.getSize().x, map.getSize().y],
        place: (el, lat, lon, zIndex) => {
          const marker = L.marker([lat, lon], {
            icon: L.divIcon({ className: '', html: '', iconSize: [0, 0] }),
            keyboard: false,
            zIndexOffset: zIndex * 100,
            interactive: false,
          }).addTo(map);
          const holder = marker.getElement()!;
          holder.removeAttribute('tabindex');
          holder.removeAttribute('role');
          holder.classList.add('hca-anchor');
          holder.append(el);
          L.DomEvent.disableClickPropagation(el);
          return { remove: () => marker.remove() };
        },
      },
      options,
    );
    this.map.on('moveend zoomend', () => this.redraw());
  }

  setMarkers(layer: string, markers: MapMarker[], style: MarkerStyle = { color: '#0b5cad' }): void {
    this.layers.set(layer, markers, style);
  }

  highlight(id: string | null, reveal = false, inset = { right: 0 }): void {
    this.layers.highlight(id, reveal, inset);
  }

  fitBounds(bounds: [[number, number], [number, number]]): void {
    this.map.fitBounds(bounds, { animate: false, padding: [8, 8] });
  }

  resize(): void {
    this.map.invalidateSize({ animate: false });
  }

  idle(): Promise<void> {
    return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  }

  destroy(): void {
    this.layers.clear();
    this.map.remove();
  }

  private redraw(): void {
    if (this.map.getZoom() >= 9) this.amrBorders.addTo(this.map);
    else this.amrBorders.remove();
    this.layers.redraw();
  }
}

export function createView(options: MapViewOptions): MapView {
  return new LeafletView(options);
}
