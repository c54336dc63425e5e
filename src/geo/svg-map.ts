/**
 * Region shapes as SVG paths, for the choropleth and the locator map: no map library,
 * every region an element that can take focus and a name. The projection is
 * equirectangular with the longitude scaled by cos(52°), which is close enough for a
 * country 300 km across.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { RegionCollection, RegionProperties } from './boundaries.js';

const K = Math.cos((52 * Math.PI) / 180);

export interface SvgFrame {
  viewBox: string;
  path(feature: Feature<Polygon | MultiPolygon>): string;
}

export function svgFrame(fc: RegionCollection, width = 1000): SvgFrame {
  let w = 180, e = -180, s = 90, n = -90;
  for (const f of fc.features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const p of polys) for (const [x, y] of p[0]) {
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    }
  }
  const scale = width / ((e - w) * K);
  const height = Math.ceil((n - s) * scale);
  const px = (x: number) => Math.round((x - w) * K * scale * 10) / 10;
  const py = (y: number) => Math.round((n - y) * scale * 10) / 10;
  return {
    viewBox: `0 0 ${width} ${height}`,
    path(feature) {
      const polys = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      return polys
        .map((poly) => poly.map((ring) => `M${ring.map(([x, y]) => `${px(x)},${py(y)}`).join('L')}Z`).join(''))
        .join('');
    },
  };
}

export type RegionFeature = Feature<Polygon | MultiPolygon, RegionProperties>;
