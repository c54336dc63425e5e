/**
 * Builds the kit's region layers from the CBS 2024 boundaries in geo/source:
 * - geo/nederland.topo.json: outline, provinces and arbeidsmarktregio's as one TopoJSON
 *   (shared borders stored once), each feature with its readable region id;
 * - geo/gemeenten.json: every 2024 gemeente with a label point inside its polygon and
 *   the ids of its province and arbeidsmarktregio (the data CLI places initiatives with it).
 * Run: node scripts/run-ts.mjs geo/build.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import polylabel from 'polylabel';
import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { regionId, slugify, NETHERLANDS_ID } from '../src/geo/region-id.js';
import { fromRoot } from '../src/cli/paths.js';
import type { Gemeente } from '../src/cli/geo.js';

const here = fromRoot('geo');
const read = (f: string) => JSON.parse(readFileSync(join(here, 'source', f), 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;

export const ATTRIBUTION = 'Grenzen: © CBS / Kadaster – CBS Gebiedsindelingen 2024 (via PDOK), CC BY 4.0; vereenvoudigd door cartomap/nl.';

/** A point inside the largest part of the gemeente (not the centroid, which can fall outside). */
function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const polygons: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const area = (ring: Position[]) =>
    Math.abs(
      ring.reduce((a, [x1, y1], i) => {
        const [x2, y2] = ring[(i + 1) % ring.length];
        return a + x1 * y2 - x2 * y1;
      }, 0),
    );
  const largest = polygons.reduce((best, p) => (area(p[0]) > area(best[0]) ? p : best));
  const [lon, lat] = polylabel(largest as number[][][], 0.0005);
  return [Math.round(lat * 1e5) / 1e5, Math.round(lon * 1e5) / 1e5];
}

export function main(): number {
  const outline = read('nederland_2024.geojson');
  const provinces = read('provincies_2024.geojson');
  const amrs = read('arbeidsmarktregios_2024.geojson');
  const gemeenten = read('gemeenten_2024.geojson');

  const provinceIds = new Set(provinces.features.map((f) => slugify(f.properties!.statnaam)));
  const idByCode = new Map<string, string>([['NL01', NETHERLANDS_ID]]);
  const tag = (fc: FeatureCollection, level: 'land' | 'provincie' | 'arbeidsmarktregio') => ({
    type: 'FeatureCollection' as const,
    features: fc.features.map((f): Feature => {
      const { statcode, statnaam } = f.properties as { statcode: string; statnaam: string };
      const id = regionId(level, statnaam, provinceIds);
      idByCode.set(statcode, id);
      return { type: 'Feature', id, properties: { code: statcode, name: statnaam, level }, geometry: f.geometry };
    }),
  });
  const topo = topology({ nederland: tag(outline, 'land'), provincies: tag(provinces, 'provincie'), arbeidsmarktregios: tag(amrs, 'arbeidsmarktregio') }, 1e4);
  (topo as unknown as Record<string, unknown>).attribution = ATTRIBUTION;
  writeFileSync(join(here, 'nederland.topo.json'), JSON.stringify(topo));

  const table = Papa.parse<Record<string, string>>(readFileSync(join(here, 'source', 'gemeente_arbeidsmarktregio_provincie_2024.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const geometryOf = new Map(gemeenten.features.map((f) => [f.properties!.statcode as string, f.geometry]));
  const rows: Gemeente[] = table.map((r) => {
    const geometry = geometryOf.get(r.gemeentecode);
    if (!geometry) throw new Error(`gemeente ${r.gemeentecode} has no boundary`);
    const [lat, lon] = labelPoint(geometry);
    return { code: r.gemeentecode, name: r.gemeentenaam, province: idByCode.get(r.provinciecode)!, amr: idByCode.get(r.arbeidsmarktregiocode)!, lat, lon };
  });
  writeFileSync(
    join(here, 'gemeenten.json'),
    JSON.stringify(
      {
        attribution: ATTRIBUTION,
        note: 'Label point inside each gemeente (polylabel on its largest part); regions by largest overlap, see source/README.md.',
        gemeenten: rows,
      },
      null,
      0,
    ),
  );
  console.log(`geo: ${provinces.features.length} provinces, ${amrs.features.length} arbeidsmarktregio's, ${rows.length} gemeenten`);
  return 0;
}
