/**
 * The clustered marker layers both renderers draw: supercluster decides what to show,
 * and every cluster and marker is the same focusable DOM button (role, name, Enter and
 * Space), so keyboard and screen-reader use is identical on Leaflet and MapLibre.
 * A renderer only says how to place an element at a coordinate and how to move.
 */
import { ClusterIndex, type ClusterItem } from './clusters.js';
import type { LayerInfo, MapMarker, MapViewOptions, MarkerStyle } from './map-view.js';

export interface Placed {
  remove(): void;
}

/** What a renderer provides to the shared layers. */
export interface MapSurface {
  /** [west, south, east, north] of the view with some margin. */
  bbox(): [number, number, number, number];
  zoom(): number;
  maxZoom(): number;
  /** Moves the view without animation; with `dx`, the point lands `dx` px left of the centre. */
  setView(lat: number, lon: number, zoom: number, dx?: number): void;
  /** A coordinate's position in the container, in px. */
  point(lat: number, lon: number): [number, number];
  /** Width and height of the container, in px. */
  size(): [number, number];
  /** Puts `el` on the map at the item's coordinate. */
  place(el: HTMLElement, lat: number, lon: number, zIndex: number): Placed;
  /** The element that holds the markers (for moving focus after a zoom). */
  container: HTMLElement;
}

interface Layer {
  markers: MapMarker[];
  /** The index the drawn clusters come from. */
  index: ClusterIndex;
  /** The index with every zoom level, once built. */
  full?: ClusterIndex;
  /** The zoom the drawn clusters are for. */
  zoom?: number;
  style: MarkerStyle;
  drawn: Map<string, Placed>;
  idle?: Idle;
}

/**
 * Above this many markers a layer first clusters only the zoom levels up to the current
 * one (what is on screen), and completes the other levels when the page is idle or the
 * map zooms in: the first paint and a filter change do not wait for zoom levels nobody
 * looks at yet.
 */
const PROGRESSIVE = 3000;
/**
 * Completing the index takes 10-15 ms at 10,000 markers: run it only in a long idle period
 * (no frame due, e.g. not between the first frames or during a zoom animation), or after
 * 1.5 s at the latest.
 */
const LONG_IDLE = 20;
interface Idle {
  id: number;
}
const idle = (fn: () => void): Idle => {
  if (typeof requestIdleCallback !== 'function') return { id: setTimeout(fn, 200) as unknown as number };
  const handle: Idle = { id: 0 };
  const end = performance.now() + 1500;
  const tick = (d: IdleDeadline) => {
    if (d.didTimeout || d.timeRemaining() >= LONG_IDLE || performance.now() >= end) fn();
    else handle.id = requestIdleCallback(tick, { timeout: Math.max(1, end - performance.now()) });
  };
  handle.id = requestIdleCallback(tick, { timeout: 1500 });
  return handle;
};
const cancelIdle = (h?: Idle) => h && (typeof cancelIdleCallback === 'function' ? cancelIdleCallback(h.id) : clearTimeout(h.id));

export class ClusterLayers {
  private readonly layers = new Map<string, Layer>();
  private selected: string | null = null;

  constructor(
    private readonly surface: MapSurface,
    private readonly options: MapViewOptions,
  ) {}

  set(name: string, markers: MapMarker[], style: MarkerStyle): void {
    const old = this.layers.get(name);
    old?.drawn.forEach((m) => m.remove());
    cancelIdle(old?.idle);
    const zoom = Math.ceil(this.surface.zoom());
    const layer: Layer = { markers, index: new ClusterIndex(markers, markers.length > PROGRESSIVE ? zoom : undefined), style, drawn: new Map() };
    if (layer.index.complete) layer.full = layer.index;
    else layer.idle = idle(() => this.complete(layer));
    this.layers.set(name, layer);
    this.redraw();
  }

  private complete(layer: Layer): ClusterIndex {
    cancelIdle(layer.idle);
    layer.idle = undefined;
    return (layer.full ??= new ClusterIndex(layer.markers));
  }

  /** MapView.layerInfo, for both renderers. */
  info(name: string): LayerInfo | undefined {
    const layer = this.layers.get(name);
    return layer && { markers: layer.markers.length, zoom: layer.zoom ?? Math.round(this.surface.zoom()), clusteredTo: layer.index.maxZoom };
  }

  find(id: string): MapMarker | undefined {
    for (const layer of this.layers.values()) {
      const m = layer.index.byId(id);
      if (m) return m;
    }
    return undefined;
  }

  select(id: string | null): void {
    this.selected = id;
    this.redraw();
  }

  /** MapView.highlight, for both renderers. */
  highlight(id: string | null, reveal = false, inset = { right: 0 }): void {
    const marker = id ? this.find(id) : undefined;
    const s = this.surface;
    let moved = false;
    if (marker && reveal) {
      const [x, y] = s.point(marker.lat, marker.lon);
      const [w, h] = s.size();
      const inView = x > 24 && y > 24 && x < w - inset.right - 24 && y < h - 24;
      // Centre the marker in the part of the map the card leaves free.
      if (!inView || s.zoom() < 9) {
        s.setView(marker.lat, marker.lon, Math.max(s.zoom(), 10), inset.right / 2);
        moved = true;
      }
    }
    // Nothing to redraw when neither the selection nor the view changed (e.g. right after `set`).
    if (moved || id !== this.selected) this.select(id);
  }

  clear(): void {
    for (const layer of this.layers.values()) {
      layer.drawn.forEach((m) => m.remove());
      cancelIdle(layer.idle);
    }
    this.layers.clear();
  }

  redraw(): void {
    const bbox = this.surface.bbox();
    const zoom = this.surface.zoom();
    for (const [name, layer] of this.layers) {
      // A new zoom level: switch to the complete index (keys change, so everything is redrawn).
      if (layer.zoom !== undefined && Math.round(zoom) !== layer.zoom && layer.index !== layer.full) {
        if (Math.round(zoom) > layer.index.maxZoom || layer.full) {
          layer.index = this.complete(layer);
          layer.drawn.forEach((m) => m.remove());
          layer.drawn.clear();
        }
      }
      layer.zoom = Math.round(zoom);
      const items = layer.index.items(bbox, zoom);
      // The selected marker is always drawn on its own, on top, even inside a cluster.
      const sel = this.selected ? layer.index.byId(this.selected) : undefined;
      if (sel) items.push({ key: `sel:${sel.id}`, lat: sel.lat, lon: sel.lon, count: 1, marker: sel });
      const keep = new Set<string>();
      for (const item of items) {
        if (item.key === sel?.id) continue;
        keep.add(item.key);
        if (!layer.drawn.has(item.key)) layer.drawn.set(item.key, this.draw(name, layer, item));
      }
      for (const [key, placed] of layer.drawn) {
        if (keep.has(key)) continue;
        placed.remove();
        layer.drawn.delete(key);
      }
    }
  }

  private draw(layerName: string, layer: Layer, item: ClusterItem): Placed {
    const cluster = item.clusterId !== undefined;
    const index = layer.index; // cluster ids belong to the index they came from
    const selected = item.key.startsWith('sel:');
    const label = cluster ? this.options.labels.cluster(item.count, layerName) : item.marker!.name;
    const size = cluster ? Math.round(Math.min(48, 26 + Math.log2(item.count) * 4)) : layer.style.shape === 'square' ? 12 : 16;
    const el = document.createElement('div');
    el.className = [
      'hca-marker',
      cluster ? 'hca-cluster' : 'hca-point',
      `hca-layer-${layerName}`,
      layer.style.shape === 'square' ? 'hca-square' : '',
      selected ? 'hca-selected' : '',
    ]
      .filter(Boolean)
      .join(' ');
    el.style.setProperty('--_marker', layer.style.color);
    el.style.width = el.style.height = `${size}px`;
    el.setAttribute('role', 'button');
    el.tabIndex = 0;
    el.setAttribute('aria-label', label);
    if (!cluster) el.setAttribute('aria-pressed', String(selected));
    if (cluster) {
      const count = document.createElement('span'); // (no innerHTML: the HTML parser per cluster cost more than the rest of it)
      count.setAttribute('aria-hidden', 'true');
      count.textContent = String(item.count);
      el.append(count);
    }
    el.dataset.id = item.marker?.id ?? '';
    const activate = () => {
      if (!cluster) return this.options.onSelect(item.marker!.id, layerName);
      const s = this.surface;
      if (index.samePlace(item.clusterId!) || s.zoom() >= s.maxZoom()) {
        this.options.onClusterList?.(
          index.members(item.clusterId!).map((m) => m.id),
          layerName,
        );
      } else {
        s.setView(item.lat, item.lon, Math.min(index.expansionZoom(item.clusterId!), s.maxZoom()));
        this.redraw();
        // Keep keyboard users where they were: focus the first marker drawn at the new zoom.
        queueMicrotask(() => (s.container.querySelector('.hca-marker') as HTMLElement | null)?.focus());
      }
    };
    el.addEventListener('click', (e) => {
      e.stopPropagation();
      activate();
    });
    el.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        e.stopPropagation();
        activate();
      }
    });
    return this.surface.place(el, item.lat, item.lon, selected ? 1000 : cluster ? 10 : 5);
  }
}
