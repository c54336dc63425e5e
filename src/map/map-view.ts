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

export interface MapLabels {
  /** Accessible name of a cluster, e.g. "12 initiatieven". */
  cluster(count: number): string;
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
  onSelect(id: string): void;
  /** A cluster whose members all share one place was activated: list them. */
  onClusterList?(ids: string[]): void;
}

export interface MapView {
  /** Replaces the markers of a layer (`initiatives`, `locations`); markers are clustered. */
  setMarkers(layer: string, markers: MapMarker[], style?: { color: string; shape?: 'circle' | 'square' }): void;
  /** Marks one marker as selected (or none) and pans to it when `reveal` is set. */
  highlight(id: string | null, reveal?: boolean): void;
  /** Fits the view to [[south, west], [north, east]]. */
  fitBounds(bounds: [[number, number], [number, number]]): void;
  /** Call after the container changed size. */
  resize(): void;
  destroy(): void;
}

export type Renderer = 'leaflet';

export async function createMapView(_renderer: Renderer, options: MapViewOptions): Promise<MapView> {
  const module = await import('./leaflet-view.js');
  return module.createView(options);
}
