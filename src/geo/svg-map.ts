/**
 * Region shapes as SVG paths, for the choropleth and the locator map: no map library,
 * every region an element that can take focus and a name. The projection is
 * equirectangular with the longitude scaled by cos(52°), which is close enough for a
 * country 300 km across.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { boundsOf, type Boundaries, type RegionCollection, type RegionProperties } from './layers.js';

const K = Math.cos((52 * Math.PI) / 180);

export interface SvgFrame {
  viewBox: string;
  path(feature: Feature<Polygon | MultiPolygon>): string;
}

export function svgFrame(fc: RegionCollection, width = 1000): SvgFrame {
  const [[s, w], [n, e]] = boundsOf(fc);
  const scale = width / ((e - w) * K);
  const height = Math.ceil((n - s) * scale);
  const px = (x: number) => Math.round((x - w) * K * scale * 10) / 10;
  const py = (y: number) => Math.round((n - y) * scale * 10) / 10;
  return {
    viewBox: `0 0 ${width} ${height}`,
    path(feature) {
      const polys = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      return polys.map((poly) => poly.map((ring) => `M${ring.map(([x, y]) => `${px(x)},${py(y)}`).join('L')}Z`).join('')).join('');
    },
  };
}

export type RegionFeature = Feature<Polygon | MultiPolygon, RegionProperties>;

/** A frame over the Netherlands and every region's path in it, keyed `outline` or `<level>:<id>`. */
export interface RegionPaths {
  frame: SvgFrame;
  paths: Map<string, string>;
}

const pathCache = new WeakMap<Boundaries, Map<number, RegionPaths>>();

/** The SVG paths of all regions at `width`, computed once per boundaries and width. */
export function regionPaths(b: Boundaries, width = 1000): RegionPaths {
  const byWidth = pathCache.get(b) ?? pathCache.set(b, new Map()).get(b)!;
  let cached = byWidth.get(width);
  if (!cached) {
    const frame = svgFrame(b.outline, width);
    const paths = new Map<string, string>();
    for (const f of [...b.provinces.features, ...b.amrs.features]) paths.set(`${f.properties.level}:${f.id}`, frame.path(f));
    paths.set('outline', b.outline.features.map((f) => frame.path(f)).join(''));
    cached = { frame, paths };
    byWidth.set(width, cached);
  }
  return cached;
}
