/**
 * Point clustering with supercluster, shared by both renderers: given the markers and
 * the visible area, which clusters and single markers to draw.
 */
import Supercluster from 'supercluster';
import type { MapMarker } from './map-view.js';

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
  private readonly index = new Supercluster<{ i: number }>({ radius: 56, maxZoom: 16 });
  constructor(readonly markers: MapMarker[]) {
    this.index.load(markers.map((m, i) => ({ type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [m.lon, m.lat] } })));
  }
  /** Clusters and markers in [west, south, east, north] at an integer zoom. */
  items(bbox: [number, number, number, number], zoom: number): ClusterItem[] {
    return this.index.getClusters(bbox, Math.round(zoom)).map((f) => {
      const [lon, lat] = f.geometry.coordinates;
      const p = f.properties as { cluster?: boolean; cluster_id?: number; point_count?: number; i?: number };
      if (p.cluster) return { key: `c:${p.cluster_id}`, lat, lon, count: p.point_count!, clusterId: p.cluster_id };
      const marker = this.markers[p.i!];
      return { key: marker.id, lat, lon, count: 1, marker };
    });
  }
  /** The zoom at which a cluster falls apart. */
  expansionZoom(clusterId: number): number {
    return this.index.getClusterExpansionZoom(clusterId);
  }
  /** Every marker inside a cluster. */
  members(clusterId: number): MapMarker[] {
    return this.index.getLeaves(clusterId, Infinity).map((f) => this.markers[(f.properties as { i: number }).i]);
  }
  /** True when all members stand on one point (zooming in cannot split them). */
  samePlace(clusterId: number): boolean {
    const m = this.members(clusterId);
    return m.every((x) => x.lat === m[0].lat && x.lon === m[0].lon);
  }
}
