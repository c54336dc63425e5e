/**
 * Geography for the data CLI: the 2024 gemeenten with their regions (geo/gemeenten.json),
 * point-in-polygon against the CBS 2024 outline and gemeente polygons, and gemeente
 * look-up by code or name.
 *
 * The outline (geo/nederland.topo.json) and the gemeente table are bundled into the
 * built CLI, so `validate` needs no file besides the data it checks, wherever the
 * package is installed. Only the gemeente polygons (geo/source, for `build`) are read
 * from the repository.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import nederlandTopo from '../../geo/nederland.topo.json';
import gemeentenTable from '../../geo/gemeenten.json';
import { fromRoot } from './paths.js';
import { type Gemeente, findGemeenteIn } from '../geo/gemeenten.js';
import { type Area, distanceToArea, insideOutline, pointInArea } from '../geo/outline.js';

export { type Gemeente, nameKey } from '../geo/gemeenten.js';
export { distanceToArea, pointInArea } from '../geo/outline.js';

const readGeo = (file: string) => JSON.parse(readFileSync(fromRoot('geo', 'source', file), 'utf8')) as FeatureCollection<Area>;

/**
 * The outline of the Netherlands: the `nederland` object of geo/nederland.topo.json, built by
 * geo/build.ts from geo/source/nederland_2024.geojson (quantised to about 30 m; the 1 km
 * margin below dwarfs that).
 */
export function netherlandsOutline(): Area {
  const topo = nederlandTopo as unknown as Topology<{ nederland: GeometryCollection }>;
  return feature(topo, topo.objects.nederland).features[0].geometry as Area;
}

let inside: ((lat: number, lon: number) => boolean) | undefined;
/** Inside the outline of the Netherlands (CBS 2024, land only), with a margin of about 1 km for coast and the Wadden/IJsselmeer edges. */
export function insideNetherlands(lat: number, lon: number): boolean {
  inside ??= insideOutline(netherlandsOutline());
  return inside(lat, lon);
}

export function loadGemeenten(): Gemeente[] {
  return (gemeentenTable as { gemeenten: Gemeente[] }).gemeenten;
}

/** The 2024 gemeente by CBS code (GMxxxx) or by name; undefined when unknown (never guessed). */
export const findGemeente = (codeOrName: string): Gemeente | undefined => findGemeenteIn(loadGemeenten(), codeOrName);

export interface Locator {
  /** The 2024 gemeente whose polygon holds the point; the nearest within ~2 km for points on a simplified coast; else undefined. */
  locate(lat: number, lon: number): { gemeente: Gemeente; nearest: boolean } | undefined;
}

/** Places points in the 2024 gemeente polygons (geo/source/gemeenten_2024.geojson). */
export function gemeenteLocator(): Locator {
  const byCode = new Map(loadGemeenten().map((g) => [g.code, g]));
  const features = readGeo('gemeenten_2024.geojson').features.map((f) => {
    const geometry = f.geometry;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    let w = Infinity,
      s = Infinity,
      e = -Infinity,
      n = -Infinity;
    for (const p of polygons)
      for (const [x, y] of p[0]) {
        w = Math.min(w, x);
        e = Math.max(e, x);
        s = Math.min(s, y);
        n = Math.max(n, y);
      }
    return { gemeente: byCode.get(String(f.properties!.statcode))!, geometry, bbox: [w, s, e, n] };
  });
  return {
    locate(lat, lon) {
      for (const f of features) {
        const [w, s, e, n] = f.bbox;
        if (lon >= w && lon <= e && lat >= s && lat <= n && pointInArea(lon, lat, f.geometry)) return { gemeente: f.gemeente, nearest: false };
      }
      let best: { gemeente: Gemeente; d: number } | undefined;
      for (const f of features) {
        const d = distanceToArea(lon, lat, f.geometry);
        if (!best || d < best.d) best = { gemeente: f.gemeente, d };
      }
      return best && best.d < 2 ? { gemeente: best.gemeente, nearest: true } : undefined;
    },
  };
}
