/**
 * The MapLibre GL renderer (loaded only for `renderer="maplibre"`): the same offline
 * basemap as Leaflet, built in code from the bundled boundaries (no style server, no
 * glyphs, no sprites), and the same clusters and markers: focusable DOM buttons placed
 * with MapLibre markers, so keyboard and screen-reader use do not depend on WebGL.
 */
import { Map as GlMap, Marker, AttributionControl, NavigationControl, LngLatBounds, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css';
import { boundsOf } from '../geo/boundaries.js';
import { ClusterLayers } from './cluster-layers.js';
import { CLUSTER_MAX_ZOOM } from './clusters.js';
import { adoptStyles, basemapColors, markerCss } from './marker-style.js';
import { cameraOf, type LayerInfo, type MapCamera, type MapMarker, type MapView, type MapViewOptions, type MarkerStyle } from './map-view.js';
import { COLORS } from '../theme/tokens.js';
import { kitUrl } from '../kit-base.js';

/**
 * The widget shows its own (translated) gesture hint; MapLibre's built-in screen stays hidden.
 * The zoom buttons show text glyphs, as Leaflet's do, instead of MapLibre's `data:` SVG
 * icons: a page's CSP then needs no `img-src data:` for the map.
 */
const kitMaplibreCss = `.maplibregl-cooperative-gesture-screen{display:none}
.maplibregl-ctrl button.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon,
.maplibregl-ctrl button.maplibregl-ctrl-zoom-out .maplibregl-ctrl-icon{background-image:none;display:grid;place-items:center;font-size:18px;font-weight:700;line-height:1;color:#333}
.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon::before{content:'+'}
.maplibregl-ctrl-zoom-out .maplibregl-ctrl-icon::before{content:'\\2212'}`;

class MapLibreView implements MapView {
  private readonly map: GlMap;
  private readonly layers: ClusterLayers;
  private readonly idlePromise: Promise<void>;

  constructor(options: MapViewOptions) {
    const { container, boundaries, tiles } = options;
    // MapLibre looks for its worker beside its own code, which is not where an app's bundler
    // put it; the kit's file list knows the worker's URL in every setting (kit-files.ts).
    setWorkerUrl(kitUrl('chunks/maplibre-gl-worker.mjs'));
    adoptStyles(container, maplibreCss + markerCss + kitMaplibreCss);
    const { land, line, water } = basemapColors(container);
    const [[s, w], [n, e]] = boundsOf(boundaries.outline);
    const style: StyleSpecification = {
      version: 8,
      sources: {
        land: { type: 'geojson', data: boundaries.outline },
        provinces: { type: 'geojson', data: boundaries.provinces },
        amrs: { type: 'geojson', data: boundaries.amrs },
        ...(tiles ? { tiles: { type: 'raster', tiles: [tiles.url], tileSize: 256, attribution: tiles.attribution, maxzoom: CLUSTER_MAX_ZOOM } } : {}),
      },
      layers: [
        { id: 'background', type: 'background', paint: { 'background-color': water } },
        ...(tiles
          ? [{ id: 'tiles', type: 'raster' as const, source: 'tiles' }]
          : [{ id: 'land', type: 'fill' as const, source: 'land', paint: { 'fill-color': land } }]),
        { id: 'land-outline', type: 'line', source: 'land', paint: { 'line-color': line, 'line-width': 1 } },
        { id: 'amr-lines', type: 'line', source: 'amrs', minzoom: 8.5, paint: { 'line-color': line, 'line-width': 0.8, 'line-dasharray': [3, 3] } },
        { id: 'province-lines', type: 'line', source: 'provinces', paint: { 'line-color': line, 'line-width': 1.2 } },
      ],
    };
    this.map = new GlMap({
      container,
      style,
      bounds: [w, s, e, n],
      fitBoundsOptions: { padding: 8 },
      maxBounds: new LngLatBounds([w - 4, s - 2.5], [e + 4, n + 2.5]),
      minZoom: 5,
      maxZoom: CLUSTER_MAX_ZOOM - 1,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      // One finger scrolls the page, two pan and zoom. (Plain wheels never reach the map:
      // the widget lets them scroll the page and lets Ctrl/Cmd + wheel through.)
      cooperativeGestures: true,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    // Subscribe at construction: with inline GeoJSON `load` and `idle` fire in one frame.
    this.idlePromise = this.nextIdle();
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new AttributionControl({ compact: false, customAttribution: boundaries.attribution }));
    this.map.addControl(new NavigationControl({ showCompass: false }), 'bottom-left');
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', options.labels.map);
    const map = this.map;
    this.layers = new ClusterLayers(
      {
        container,
        bbox: () => {
          const b = map.getBounds();
          const dx = (b.getEast() - b.getWest()) * 0.2,
            dy = (b.getNorth() - b.getSouth()) * 0.2;
          return [b.getWest() - dx, b.getSouth() - dy, b.getEast() + dx, b.getNorth() + dy];
        },
        // MapLibre zoom is one level below Leaflet's for the same scale (512 px tiles).
        zoom: () => map.getZoom() + 1,
        maxZoom: () => map.getMaxZoom() + 1,
        setView: (lat, lon, zoom, dx = 0) => {
          map.jumpTo({ center: [lon, lat], zoom: zoom - 1 });
          if (dx) map.panBy([dx, 0], { animate: false });
        },
        point: (lat, lon) => {
          const p = map.project([lon, lat]);
          return [p.x, p.y];
        },
        size: () => [map.getContainer().clientWidth, map.getContainer().clientHeight],
        place: (el, lat, lon, zIndex) => {
          el.style.zIndex = String(zIndex);
          const marker = new Marker({ element: el }).setLngLat([lon, lat]).addTo(map);
          // MapLibre makes marker elements tabbable with role=img-less defaults; keep our own semantics.
          el.setAttribute('role', 'button');
          el.tabIndex = 0;
          return { remove: () => marker.remove() };
        },
      },
      options,
    );
    this.map.on('moveend', () => this.layers.redraw());
    this.map.on('cooperativegestureprevented', (e) => {
      if (e.gestureType === 'touch_pan') options.onGestureHint?.('touch');
    });
  }

  setCooperative(on: boolean): void {
    if (on) this.map.cooperativeGestures.enable();
    else this.map.cooperativeGestures.disable();
  }

  private nextIdle(): Promise<void> {
    return new Promise((r) => this.map.once('idle', () => r()));
  }

  setMarkers(layer: string, markers: MapMarker[], style: MarkerStyle = { color: COLORS.marker }): void {
    this.layers.set(layer, markers, style);
  }

  highlight(id: string | null, reveal = false, inset = { right: 0 }): void {
    this.layers.highlight(id, reveal, inset);
  }

  fitBounds([[s, w], [n, e]]: [[number, number], [number, number]]): void {
    this.map.fitBounds([w, s, e, n], { animate: false, padding: 8 });
  }

  resize(): void {
    this.map.resize();
  }

  idle(): Promise<void> {
    return this.idlePromise.then(() => (this.map.loaded() ? undefined : this.nextIdle()));
  }

  camera(): MapCamera {
    // MapLibre zoom is one level below Leaflet's for the same scale (512 px tiles).
    return cameraOf(this.map, this.map.getZoom() + 1);
  }

  layerInfo(layer: string): LayerInfo | undefined {
    return this.layers.info(layer);
  }

  destroy(): void {
    this.layers.clear();
    this.map.remove();
  }
}

export function createView(options: MapViewOptions): MapView {
  return new MapLibreView(options);
}
