/**
 * The layers of the kit's boundaries (outline, provinces, arbeidsmarktregio's of 2024, CBS)
 * as GeoJSON, and their extent: plain functions without the browser, shared by the elements
 * (through boundaries.ts, which fetches the file) and the build's preview images.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export interface RegionProperties {
  code: string;
  name: string;
  level: 'land' | 'provincie' | 'arbeidsmarktregio';
}
export type RegionCollection = FeatureCollection<Polygon | MultiPolygon, RegionProperties>;

export interface Boundaries {
  outline: RegionCollection;
  provinces: RegionCollection;
  amrs: RegionCollection;
  attribution: string;
}

export const BOUNDARIES_ATTRIBUTION = 'Grenzen: © CBS / Kadaster, CBS Gebiedsindelingen 2024 (via PDOK), CC BY 4.0';

/**
 * The layers of `geo/nederland.topo.json` as GeoJSON (also read by the build's page images).
 * Left out of the published types: a consumer never needs the TopoJSON types.
 * @internal
 */
export function boundariesOf(topo: Topology & { attribution?: string }): Boundaries {
  const layer = (name: string) => feature(topo, topo.objects[name] as GeometryCollection<RegionProperties>) as RegionCollection;
  return {
    outline: layer('nederland'),
    provinces: layer('provincies'),
    amrs: layer('arbeidsmarktregios'),
    attribution: topo.attribution ?? BOUNDARIES_ATTRIBUTION,
  };
}

/** [[south, west], [north, east]] of a feature collection or one feature. */
export function boundsOf(fc: { features: { geometry: Polygon | MultiPolygon }[] }): [[number, number], [number, number]] {
  let s = 90,
    w = 180,
    n = -90,
    e = -180;
  for (const f of fc.features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const poly of polys)
      for (const [x, y] of poly[0]) {
        if (y < s) s = y;
        if (y > n) n = y;
        if (x < w) w = x;
        if (x > e) e = x;
      }
  }
  return [
    [s, w],
    [n, e],
  ];
}
