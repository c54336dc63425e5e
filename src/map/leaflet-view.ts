/**
 * The default renderer: Leaflet on the offline basemap (outline, provinces, and
 * arbeidsmarktregio borders when zoomed in), no tile server unless `tiles` is given.
 * Clusters and markers are focusable buttons with an accessible name.
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import leafletCss from 'leaflet/dist/leaflet.css';
import { boundsOf } from '../geo/boundaries.js';
import { ClusterIndex, type ClusterItem } from './clusters.js';
import { adoptStyles, markerCss } from './marker-style.js';
import type { MapMarker, MapView, MapViewOptions } from './map-view.js';

interface Layer {
  index: ClusterIndex;
  style: { color: string; shape?: 'circle' | 'square' };
  drawn: Map<string, L.Marker>;
}

class LeafletView implements MapView {
  private readonly map: L.Map;
  private readonly layers = new Map<string, Layer>();
  private readonly amrBorders: L.GeoJSON;
  private selected: string | null = null;

  constructor(private readonly options: MapViewOptions) {
    const { container, boundaries, tiles } = options;
    adoptStyles(container, leafletCss + markerCss);
    const nl = boundsOf(boundaries.outline);
    this.map = L.map(container, {
      maxZoom: 16,
      minZoom: 6,
      zoomSnap: 0.5,
      maxBounds: L.latLngBounds(nl).pad(0.3),
      attributionControl: false,
      scrollWheelZoom: true,
      keyboard: true,
      preferCanvas: false,
    });
    L.control.attribution({ prefix: false }).addAttribution(boundaries.attribution).addTo(this.map);
    if (tiles) L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 16 }).addTo(this.map);
    const land = getComputedStyle(container).getPropertyValue('--_land').trim() || '#e8ecf1';
    const line = getComputedStyle(container).getPropertyValue('--_border').trim() || '#9aa6b8';
    if (!tiles) L.geoJSON(boundaries.outline, { interactive: false, style: { color: line, weight: 1, fillColor: land, fillOpacity: 1 } }).addTo(this.map);
    L.geoJSON(boundaries.provinces, { interactive: false, style: { color: line, weight: 1.2, fill: false } }).addTo(this.map);
    this.amrBorders = L.geoJSON(boundaries.amrs, { interactive: false, style: { color: line, weight: 0.8, dashArray: '3 3', fill: false } });
    this.map.fitBounds(nl);
    this.map.getContainer().setAttribute('aria-label', options.labels.map);
    this.map.on('moveend zoomend', () => this.redraw());
  }

  setMarkers(layer: string, markers: MapMarker[], style: Layer['style'] = { color: '#0b5cad' }): void {
    const old = this.layers.get(layer);
    old?.drawn.forEach((m) => m.remove());
    this.layers.set(layer, { index: new ClusterIndex(markers), style, drawn: new Map() });
    this.redraw();
  }

  highlight(id: string | null, reveal = false): void {
    this.selected = id;
    if (id && reveal) {
      for (const layer of this.layers.values()) {
        const marker = layer.index.markers.find((m) => m.id === id);
        if (marker) {
          this.map.setView([marker.lat, marker.lon], Math.max(this.map.getZoom(), 12), { animate: false });
          break;
        }
      }
    }
    this.redraw();
  }

  fitBounds(bounds: [[number, number], [number, number]]): void {
    this.map.fitBounds(bounds, { animate: false, padding: [8, 8] });
  }

  resize(): void {
    this.map.invalidateSize({ animate: false });
  }

  destroy(): void {
    this.map.remove();
  }

  private redraw(): void {
    const zoom = this.map.getZoom();
    if (zoom >= 9) this.amrBorders.addTo(this.map);
    else this.amrBorders.remove();
    const b = this.map.getBounds().pad(0.2);
    const bbox: [number, number, number, number] = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    for (const [name, layer] of this.layers) {
      const items = layer.index.items(bbox, zoom);
      const keep = new Set<string>();
      for (const item of items) {
        const key = `${item.key}${item.key === this.selected ? ':sel' : ''}`;
        keep.add(key);
        if (!layer.drawn.has(key)) layer.drawn.set(key, this.draw(name, layer, item));
      }
      for (const [key, marker] of layer.drawn) if (!keep.has(key)) (marker.remove(), layer.drawn.delete(key));
    }
  }

  private draw(layerName: string, layer: Layer, item: ClusterItem): L.Marker {
    const cluster = item.clusterId !== undefined;
    const label = cluster ? this.options.labels.cluster(item.count) : item.marker!.name;
    const size = cluster ? Math.min(48, 26 + Math.log2(item.count) * 4) : 16;
    const classes = ['hca-marker', cluster ? 'hca-cluster' : 'hca-point', `hca-layer-${layerName}`, layer.style.shape === 'square' ? 'hca-square' : ''];
    if (item.key === this.selected) classes.push('hca-selected');
    const icon = L.divIcon({
      className: classes.join(' '),
      html: cluster ? `<span aria-hidden="true">${item.count}</span>` : '',
      iconSize: [size, size],
    });
    const marker = L.marker([item.lat, item.lon], { icon, keyboard: true, title: '', alt: label, riseOnHover: true }).addTo(this.map);
    const el = marker.getElement()!;
    el.style.setProperty('--_marker', layer.style.color);
    el.setAttribute('role', 'button');
    el.setAttribute('aria-label', label);
    el.removeAttribute('title');
    if (item.key === this.selected) el.setAttribute('aria-pressed', 'true');
    const activate = () => {
      if (!cluster) return this.options.onSelect(item.marker!.id);
      if (layer.index.samePlace(item.clusterId!) || this.map.getZoom() >= this.map.getMaxZoom()) {
        this.options.onClusterList?.(layer.index.members(item.clusterId!).map((m) => m.id));
      } else {
        this.map.setView([item.lat, item.lon], Math.min(layer.index.expansionZoom(item.clusterId!), this.map.getMaxZoom()), { animate: false });
        // Keep keyboard users where they were: focus the first marker drawn at the new zoom.
        queueMicrotask(() => (this.map.getContainer().querySelector('.hca-marker') as HTMLElement | null)?.focus());
      }
    };
    marker.on('click', activate);
    el.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        e.stopPropagation();
        activate();
      }
    });
    return marker;
  }
}

export function createView(options: MapViewOptions): MapView {
  return new LeafletView(options);
}
