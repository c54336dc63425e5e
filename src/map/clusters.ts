/**
 * Point clustering with supercluster, shared by both renderers: given the markers and
 * the visible area, which clusters and single markers to draw.
 */
import Supercluster, { type ClusterProperties, type PointFeature } from 'supercluster';
import type { MapMarker } from './map-view.js';

/**
 * Highest zoom with clusters, and the map's maximum zoom (Leaflet scale): initiatives are
 * placed at town level, so street level adds nothing, and every zoom level less makes
 * re-clustering after a filter change cheaper (10,000 points: 28 ms at 16, 9 ms at 12).
 */
export const CLUSTER_MAX_ZOOM = 12;

export interface ClusterItem {
  /** `c:<cluster id>` or the marker id. */
  key: string;
  lat: number;
  lon: number;
  count: number;
  marker?: MapMarker;
  clusterId?: number;
}

export class ClusterIndex {
  /** The markers themselves are the points' properties (no object per point besides its GeoJSON). */
  private readonly index: Supercluster<MapMarker>;
  private ids?: Map<string, MapMarker>;
  /** The highest zoom with clusters; above it every marker stands alone. */
  readonly maxZoom: number;
  /**
   * @param upTo Build only the zoom levels up to this one (cheaper); `items` at a higher
   *   zoom then shows unclustered markers, so switch to a complete index before that.
   */
  constructor(
    readonly markers: MapMarker[],
    upTo?: number,
  ) {
    this.maxZoom = Math.min(CLUSTER_MAX_ZOOM, upTo ?? CLUSTER_MAX_ZOOM);
    this.index = new Supercluster<MapMarker>({ radius: 56, maxZoom: this.maxZoom });
    const points = new Array<PointFeature<MapMarker>>(markers.length);
    for (let i = 0; i < markers.length; i++) {
      const m = markers[i];
      points[i] = { type: 'Feature', properties: m, geometry: { type: 'Point', coordinates: [m.lon, m.lat] } };
    }
    this.index.load(points);
  }
  /** Clusters and markers in [west, south, east, north] at an integer zoom. */
  items(bbox: [number, number, number, number], zoom: number): ClusterItem[] {
    return this.index.getClusters(bbox, Math.round(zoom)).map((f) => {
      const [lon, lat] = f.geometry.coordinates;
      const p = f.properties as Partial<ClusterProperties> | MapMarker;
      if ('cluster' in p && p.cluster) return { key: `c:${p.cluster_id}`, lat, lon, count: p.point_count!, clusterId: p.cluster_id };
      const marker = p as MapMarker;
      return { key: marker.id, lat, lon, count: 1, marker };
    });
  }
  /** True when every zoom level up to CLUSTER_MAX_ZOOM is clustered. */
  get complete(): boolean {
    return this.maxZoom >= CLUSTER_MAX_ZOOM;
  }
  byId(id: string): MapMarker | undefined {
    this.ids ??= new Map(this.markers.map((m) => [m.id, m]));
    return this.ids.get(id);
  }
  /** The zoom at which a cluster falls apart. */
  expansionZoom(clusterId: number): number {
    return this.index.getClusterExpansionZoom(clusterId);
  }
  /** Every marker inside a cluster. */
  members(clusterId: number): MapMarker[] {
    return this.index.getLeaves(clusterId, Infinity).map((f) => f.properties);
  }
  /** True when all members stand on one point (zooming in cannot split them). */
  samePlace(clusterId: number): boolean {
    const m = this.members(clusterId);
    return m.every((x) => x.lat === m[0].lat && x.lon === m[0].lon);
  }
}
