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
import { cameraOf, type LayerInfo, type MapCamera, type MapMarker, type MapView, type MapViewOptions, type MarkerStyle } from './map-view.js';
import { COLORS } from '../theme/tokens.js';
import { yieldToMain } from '../yield.js';

/**
 * Cooperative touch: the browser may only pan (scroll the page) from the map, whether
 * dragging is on or not; two-finger gestures are Leaflet's touch zoom, which cancels
 * the browser's default and follows the pinch centre, so two fingers pan and zoom.
 */
const cooperativeCss = `.leaflet-container.hca-coop,.leaflet-container.leaflet-touch-drag.leaflet-touch-zoom.hca-coop{touch-action:pan-x pan-y}`;
/** Px a single finger moves before the hint shows (a tap on a marker shows none). */
const HINT_SLOP = 10;

interface Anchor {
  holder: HTMLElement;
  latlng: L.LatLng;
  zIndexOffset: number;
}

/**
 * Holds the shared marker elements in Leaflet's marker pane and keeps them in place, as
 * an L.Marker with a divIcon would (same holder element, position, z-order and zoom
 * animation), but for all of them at once: an L.Marker per cluster cost about 70 µs to
 * add and remove, and registered three map listeners each.
 */
class Anchors {
  private readonly items = new Set<Anchor>();

  constructor(
    private readonly map: L.Map,
    private readonly pane: HTMLElement,
  ) {
    map.on('zoom viewreset', () => this.items.forEach((a) => this.position(a, map.latLngToLayerPoint(a.latlng))));
    map.on('zoomanim', (e: L.ZoomAnimEvent) => {
      const m = map as unknown as { _latLngToNewLayerPoint(l: L.LatLng, zoom: number, center: L.LatLng): L.Point };
      this.items.forEach((a) => this.position(a, m._latLngToNewLayerPoint(a.latlng, e.zoom, e.center)));
    });
  }

  place(el: HTMLElement, latlng: L.LatLng, zIndexOffset: number): { remove(): void } {
    const holder = document.createElement('div');
    // What L.divIcon({ className: '', iconSize: [0, 0] }) on a non-interactive marker makes, plus our class.
    holder.className = `leaflet-marker-icon ${(this.map as unknown as { _zoomAnimated: boolean })._zoomAnimated ? 'leaflet-zoom-animated ' : ''}hca-anchor`;
    const st = holder.style;
    st.marginLeft = st.marginTop = st.width = st.height = '0px';
    holder.append(el);
    L.DomEvent.disableClickPropagation(el);
    const anchor: Anchor = { holder, latlng, zIndexOffset };
    this.position(anchor, this.map.latLngToLayerPoint(latlng));
    this.pane.append(holder);
    this.items.add(anchor);
    return {
      remove: () => {
        holder.remove();
        this.items.delete(anchor);
      },
    };
  }

  private position(a: Anchor, point: L.Point): void {
    const pos = point.round();
    L.DomUtil.setPosition(a.holder, pos);
    a.holder.style.zIndex = String(pos.y + a.zIndexOffset);
  }
}

class LeafletView implements MapView {
  private readonly map: L.Map;
  private readonly layers: ClusterLayers;
  private amrBorders?: L.GeoJSON;
  private cooperative = true;

  constructor(options: MapViewOptions) {
    const { container, boundaries, tiles } = options;
    adoptStyles(container, leafletCss + markerCss + cooperativeCss);
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
    L.control.zoom({ position: 'bottomleft' }).addTo(this.map);
    L.control.attribution({ prefix: false }).addAttribution(boundaries.attribution).addTo(this.map);
    if (tiles) L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: CLUSTER_MAX_ZOOM }).addTo(this.map);
    this.map.fitBounds(nl);
    this.map.getContainer().setAttribute('aria-label', options.labels.map);
    const map = this.map;
    const markerPane = map.getPane('markerPane')!;
    const anchors = new Anchors(map, markerPane);
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
        place: (el, lat, lon, zIndex) => anchors.place(el, L.latLng(lat, lon), zIndex * 100),
      },
      options,
    );
    this.map.on('moveend zoomend', () => this.redraw());
    this.cooperateOnTouch(container, options.onGestureHint);
  }

  /**
   * One finger on a touch screen scrolls the page: map dragging is switched off when a
   * touch begins (capture phase, before Leaflet sees it) and back on for a mouse or pen.
   */
  private cooperateOnTouch(container: HTMLElement, onHint: MapViewOptions['onGestureHint']): void {
    const dragging = this.map.dragging;
    container.classList.add('hca-coop');
    let start: { x: number; y: number } | undefined;
    container.addEventListener(
      'pointerdown',
      (e) => {
        if (!this.cooperative) return;
        if (e.pointerType === 'touch') dragging.disable();
        else dragging.enable();
      },
      true,
    );
    container.addEventListener(
      'touchstart',
      (e) => {
        if (!this.cooperative) return;
        dragging.disable();
        start = e.touches.length === 1 ? { x: e.touches[0].clientX, y: e.touches[0].clientY } : undefined;
      },
      { capture: true, passive: true },
    );
    container.addEventListener(
      'touchmove',
      (e) => {
        if (!this.cooperative || !start || e.touches.length !== 1) return;
        const t = e.touches[0];
        if (Math.abs(t.clientX - start.x) + Math.abs(t.clientY - start.y) < HINT_SLOP) return;
        start = undefined;
        onHint?.('touch');
      },
      { passive: true },
    );
  }

  setCooperative(on: boolean): void {
    this.cooperative = on;
    this.map.getContainer().classList.toggle('hca-coop', on);
    if (!on) this.map.dragging.enable();
  }

  setMarkers(layer: string, markers: MapMarker[], style: MarkerStyle = { color: COLORS.marker }): void {
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
    const map = this.map as L.Map & { _animatingZoom?: boolean };
    const zoomed = map._animatingZoom ? new Promise<void>((r) => map.once('zoomend', () => r())) : Promise.resolve();
    return zoomed.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
  }

  camera(): MapCamera {
    return cameraOf(this.map, this.map.getZoom());
  }

  layerInfo(layer: string): LayerInfo | undefined {
    return this.layers.info(layer);
  }

  destroy(): void {
    this.layers.clear();
    this.map.remove();
  }

  /**
   * The offline basemap (land, provinces; arbeidsmarktregio's from zoom 9), one layer per
   * task: drawing the boundaries is the costly part of a new map.
   */
  async drawBasemap({ container, boundaries, tiles }: MapViewOptions): Promise<void> {
    const { land, line } = basemapColors(container);
    if (!tiles) {
      await yieldToMain();
      L.geoJSON(boundaries.outline, { interactive: false, style: { color: line, weight: 1, fillColor: land, fillOpacity: 1 } }).addTo(this.map);
    }
    await yieldToMain();
    L.geoJSON(boundaries.provinces, { interactive: false, style: { color: line, weight: 1.2, fill: false } }).addTo(this.map);
    this.amrBorders = L.geoJSON(boundaries.amrs, { interactive: false, style: { color: line, weight: 0.8, dashArray: '3 3', fill: false } });
    if (this.map.getZoom() >= 9) this.amrBorders.addTo(this.map);
  }

  private redraw(): void {
    if (this.map.getZoom() >= 9) this.amrBorders?.addTo(this.map);
    else this.amrBorders?.remove();
    this.layers.redraw();
  }
}

export async function createView(options: MapViewOptions): Promise<MapView> {
  const view = new LeafletView(options);
  await view.drawBasemap(options);
  return view;
}
