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

/** A cluster or marker on the map: its element and where it belongs. */
interface Drawn {
  placed: Placed;
  el: HTMLElement;
  lat: number;
  lon: number;
  /** Diameter in px. */
  size: number;
  /** Where it stands on screen after spreading, in px of the container. */
  at: [number, number];
}

/** WCAG 2.5.8: a target of at least 24 px, or 24 px of room around a smaller one. */
const TARGET = 24;
/** Px between two targets after spreading. */
const GAP = 2;

interface Layer {
  markers: MapMarker[];
  /** The index the drawn clusters come from. */
  index: ClusterIndex;
  /** The index with every zoom level, once built. */
  full?: ClusterIndex;
  /** The zoom the drawn clusters are for. */
  zoom?: number;
  style: MarkerStyle;
  drawn: Map<string, Drawn>;
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
  /** The one cluster or marker Tab reaches (roving focus); arrow keys move it. */
  private current?: HTMLElement;

  constructor(
    private readonly surface: MapSurface,
    private readonly options: MapViewOptions,
  ) {}

  set(name: string, markers: MapMarker[], style: MarkerStyle): void {
    const old = this.layers.get(name);
    old?.drawn.forEach((d) => d.placed.remove());
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
      layer.drawn.forEach((d) => d.placed.remove());
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
          layer.drawn.forEach((d) => d.placed.remove());
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
      for (const [key, d] of layer.drawn) {
        if (keep.has(key)) continue;
        d.placed.remove();
        layer.drawn.delete(key);
      }
    }
    this.spread();
    this.rove();
  }

  /** Everything drawn, in reading order (top to bottom, then left to right, as placed on screen). */
  private readingOrder(): Drawn[] {
    return [...this.layers.values()].flatMap((l) => [...l.drawn.values()]).sort((a, b) => a.at[1] - b.at[1] || a.at[0] - b.at[0]);
  }

  /**
   * Moves clusters and markers that would touch apart on screen (a few px, never far from
   * their place), so each is a target of at least 24 px with room around it (WCAG 2.5.8):
   * clusters sit at the centre of their members and may land close to each other.
   */
  private spread(): void {
    const all = [...this.layers.values()].flatMap((l) => [...l.drawn.values()]);
    const xy = all.map((d) => this.surface.point(d.lat, d.lon));
    const radius = all.map((d) => Math.max(TARGET, d.size) / 2);
    for (let pass = 0, moved = true; moved && pass < 16; pass++) {
      moved = false;
      for (let i = 0; i < all.length; i++) {
        for (let j = i + 1; j < all.length; j++) {
          let dx = xy[j][0] - xy[i][0];
          let dy = xy[j][1] - xy[i][1];
          let d = Math.hypot(dx, dy);
          const need = radius[i] + radius[j] + GAP;
          if (d >= need) continue;
          if (d < 0.01) [dx, dy, d] = [Math.cos(j * 2.4), Math.sin(j * 2.4), 1]; // one place: fan out
          const push = (need - d) / 2 / d;
          xy[i] = [xy[i][0] - dx * push, xy[i][1] - dy * push];
          xy[j] = [xy[j][0] + dx * push, xy[j][1] + dy * push];
          moved = true;
        }
      }
    }
    all.forEach((d, i) => {
      const [x, y] = this.surface.point(d.lat, d.lon);
      const dx = Math.round(xy[i][0] - x);
      const dy = Math.round(xy[i][1] - y);
      d.el.style.translate = dx || dy ? `${dx}px ${dy}px` : '';
      d.at = xy[i];
    });
  }

  /** One tab stop for the whole map: the current cluster or marker, else the first in reading order. */
  private rove(): void {
    const order = this.readingOrder();
    if (!this.current || !order.some((d) => d.el === this.current)) this.current = order[0]?.el;
    for (const d of order) d.el.tabIndex = d.el === this.current ? 0 : -1;
  }

  /** Arrow keys, Home and End move focus through the clusters and markers in reading order. */
  private move(from: HTMLElement, key: string): boolean {
    const order = this.readingOrder().map((d) => d.el);
    const i = order.indexOf(from);
    const next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: order.length - 1 }[key];
    if (next === undefined) return false;
    const target = order[Math.max(0, Math.min(order.length - 1, next))];
    if (target) this.focus(target);
    return true;
  }

  private focus(el: HTMLElement): void {
    if (this.current && this.current !== el) this.current.tabIndex = -1;
    this.current = el;
    el.tabIndex = 0;
    el.focus();
  }

  private draw(layerName: string, layer: Layer, item: ClusterItem): Drawn {
    const cluster = item.clusterId !== undefined;
    const index = layer.index; // cluster ids belong to the index they came from
    const selected = item.key.startsWith('sel:');
    const label = cluster ? this.options.labels.cluster(item.count, layerName) : item.marker!.name;
    // (the selected marker is 22 px, set in marker-style)
    const size = cluster ? Math.round(Math.min(48, 26 + Math.log2(item.count) * 4)) : selected ? 22 : layer.style.shape === 'square' ? 12 : 16;
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
        this.current = undefined;
        this.redraw();
        // Keep keyboard users where they were: focus the first marker drawn at the new zoom.
        queueMicrotask(() => this.current && this.focus(this.current));
      }
    };
    el.addEventListener('click', (e) => {
      e.stopPropagation();
      activate();
    });
    el.addEventListener('keydown', (e) => {
      const enter = e.key === 'Enter' || e.key === ' ';
      if (enter) activate();
      if (enter || this.move(el, e.key)) {
        e.preventDefault();
        e.stopPropagation();
      }
    });
    el.addEventListener('focus', () => {
      if (this.current !== el) this.focus(el);
    });
    const placed = this.surface.place(el, item.lat, item.lon, selected ? 1000 : cluster ? 10 : 5);
    return { placed, el, lat: item.lat, lon: item.lon, size, at: this.surface.point(item.lat, item.lon) };
  }
}
