/**
 * One map interface for every renderer. Widgets talk to a MapView only; Leaflet (the
 * default) and MapLibre GL implement it, and each is loaded only when asked for.
 */
import type { Boundaries } from '../geo/boundaries.js';

export interface MapMarker {
  id: string;
  lat: number;
  lon: number;
  /** Accessible name of the marker. */
  name: string;
}

export interface MarkerStyle {
  color: string;
  shape?: 'circle' | 'square';
}

export interface MapLabels {
  /** Accessible name of a cluster, e.g. "12 initiatieven"; `layer` is the layer's name. */
  cluster(count: number, layer?: string): string;
  /** Name of the map region, e.g. "Kaart van initiatieven". */
  map: string;
}

export interface MapViewOptions {
  container: HTMLElement;
  boundaries: Boundaries;
  labels: MapLabels;
  /** A raster basemap URL template (`{z}/{x}/{y}`) and its attribution; none by default (offline basemap). */
  tiles?: { url: string; attribution: string };
  /** A marker was activated (click, Enter or Space). */
  onSelect(id: string, layer?: string): void;
  /** A cluster whose members all share one place was activated: list them. */
  onClusterList?(ids: string[], layer?: string): void;
  /** Cooperative gestures held a gesture back (`touch`: one finger on the map): show the hint. */
  onGestureHint?(kind: 'touch'): void;
}

/** Where a map looks (see MapView.camera). */
export interface MapCamera {
  /** [lat, lon] of the centre. */
  center: [number, number];
  /** Zoom on Leaflet's scale, for both renderers. */
  zoom: number;
  /** [[south, west], [north, east]] of the visible area. */
  bounds: [[number, number], [number, number]];
}

/** What a marker layer holds (see MapView.layerInfo). */
export interface LayerInfo {
  /** Number of markers in the layer. */
  markers: number;
  /** The zoom (rounded) the drawn clusters are for. */
  zoom: number;
  /**
   * Highest zoom the layer's cluster index has built: a large layer first clusters only
   * the levels up to the current zoom and completes the rest when the page is idle or the
   * map zooms in (CLUSTER_MAX_ZOOM when complete).
   */
  clusteredTo: number;
}

export interface MapView {
  /** Replaces the markers of a layer (`initiatives`, `locations`); markers are clustered. An empty list hides the layer. */
  setMarkers(layer: string, markers: MapMarker[], style?: MarkerStyle): void;
  /**
   * Marks one marker as selected (or none) and, when `reveal` is set, brings it into view;
   * `inset.right` px on the right are covered (by a card) and do not count as in view.
   */
  highlight(id: string | null, reveal?: boolean, inset?: { right: number }): void;
  /** Fits the view to [[south, west], [north, east]]. */
  fitBounds(bounds: [[number, number], [number, number]]): void;
  /**
   * Cooperative touch gestures, on by default: one finger scrolls the page (and asks for
   * the hint), two fingers pan and pinch-zoom the map; mouse dragging is unaffected. Off
   * (one finger pans) e.g. in full screen, where there is no page to scroll.
   */
  setCooperative(on: boolean): void;
  /** Call after the container changed size. */
  resize(): void;
  /** Resolves once the map has drawn its current state (and finished a running zoom animation). */
  idle(): Promise<void>;
  /** Where the map looks now. Read-only; for tests and integrations (e.g. to save a view). */
  camera(): MapCamera;
  /** What a marker layer holds, or undefined for an unknown layer. Read-only; for tests and diagnostics. */
  layerInfo(layer: string): LayerInfo | undefined;
  destroy(): void;
}

export type Renderer = 'leaflet' | 'maplibre';

/** The camera of a Leaflet or MapLibre map (both name centre and bounds alike), at `zoom` on Leaflet's scale. */
export function cameraOf(
  map: { getCenter(): { lat: number; lng: number }; getBounds(): { getSouth(): number; getWest(): number; getNorth(): number; getEast(): number } },
  zoom: number,
): MapCamera {
  const c = map.getCenter();
  const b = map.getBounds();
  return {
    center: [c.lat, c.lng],
    zoom,
    bounds: [
      [b.getSouth(), b.getWest()],
      [b.getNorth(), b.getEast()],
    ],
  };
}
