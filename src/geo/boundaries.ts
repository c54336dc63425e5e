/**
 * The bundled offline basemap: outline, provinces and arbeidsmarktregio's of 2024 from
 * `geo/nederland.topo.json` (CBS), fetched once per page from the kit's own host.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { kitUrl } from '../kit-base.js';
import { DEFAULT_TIMEOUT_MS, LoadError, fetchJson } from '../data/load.js';
import { BOUNDARIES_PATH } from '../data/prefetch.js';
import { yieldToMain } from '../yield.js';

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

let pending: Promise<Boundaries> | undefined;
let loaded: Boundaries | undefined;

/** The three layers of the topology; a LoadError when it is not the kit's boundaries file. */
function layers(topo: Topology & { attribution?: string }, file: string): Boundaries {
  try {
    const layer = (name: string) => feature(topo, topo.objects[name] as GeometryCollection<RegionProperties>) as RegionCollection;
    return {
      outline: layer('nederland'),
      provinces: layer('provincies'),
      amrs: layer('arbeidsmarktregios'),
      attribution: topo.attribution ?? BOUNDARIES_ATTRIBUTION,
    };
  } catch {
    throw new LoadError({ file, path: '', code: 'file.topology', severity: 'error' });
  }
}

/**
 * The boundaries, fetched and converted once per page; a failure (a LoadError: missing,
 * broken, slower than `timeoutMs`) is not kept, so the next call tries again. While they
 * are on their way, each caller continues in a task of its own once they arrive: the
 * elements that draw them (profile, choropleth, map) would otherwise all render in the one
 * task that received them. Once they are here, callers get them at once.
 */
export function loadBoundaries(timeoutMs = DEFAULT_TIMEOUT_MS, url = kitUrl(BOUNDARIES_PATH)): Promise<Boundaries> {
  if (loaded) return Promise.resolve(loaded);
  pending ??= fetchJson(url, timeoutMs)
    .then((topo) => layers(topo as Topology & { attribution?: string }, BOUNDARIES_PATH.split('/').pop()!))
    .catch((error) => {
      pending = undefined;
      throw error;
    });
  return pending.then(async (boundaries) => {
    loaded = boundaries;
    await yieldToMain();
    return boundaries;
  });
}

/** Forgets the boundaries (tests, and pages that republish the kit's files live). */
export function clearBoundariesCache(): void {
  loaded = pending = undefined;
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
