/**
 * The default datasets other than profiles: regions (CBS 2024), DUO ICT education
 * locations, and the hand-kept models and taxonomy in data/. Also the JSON Schema files.
 */
import { readFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { type DatasetName, type Location, type Region, documentSchema } from '../data/schema.js';
import { NETHERLANDS_ID, regionId, slugify } from '../geo/region-id.js';
import { gemeenteLocator, loadGemeenten } from './geo.js';
import { fromRoot } from './paths.js';
import { dataPath } from './data-dir.js';
import { DUO_DIR, readCsv } from './profiles.js';

export const CBS_2024 = { publisher: 'CBS', title: 'CBS Gebiedsindelingen 2024 (via PDOK, vereenvoudigd door cartomap/nl)' };
export const CBS_ATTRIBUTION = 'Grenzen en indeling: © CBS / Kadaster – CBS Gebiedsindelingen 2024 (via PDOK), CC BY 4.0.';
export const DUO_ATTRIBUTION = 'Bron: DUO, open onderwijsdata (CC0); bewerking HCA ICT. Indeling: CBS Gebiedsindelingen 2015 en 2024 (CC BY 4.0).';

/** nl, the 12 provinces and the 35 arbeidsmarktregio's of 2024, with their member gemeenten. */
export function buildRegions(): Region[] {
  const table = readCsv(fromRoot('geo', 'source', 'gemeente_arbeidsmarktregio_provincie_2024.csv'));
  const gemeenten = loadGemeenten();
  const provinceIds = new Set(table.map((r) => slugify(r.provincienaam)));
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl');
  const members = (codes: Set<string>) =>
    gemeenten
      .filter((g) => codes.has(g.code))
      .map((g) => ({ code: g.code, name: g.name }))
      .sort(byName);
  const nl: Region = { id: NETHERLANDS_ID, name: 'Nederland', level: 'land', code: 'NL01', gemeenten: members(new Set(gemeenten.map((g) => g.code))) };
  const group = (codeCol: string, nameCol: string, level: 'provincie' | 'arbeidsmarktregio'): Region[] => {
    const map = new Map<string, { name: string; codes: Set<string> }>();
    for (const r of table) {
      if (!map.has(r[codeCol])) map.set(r[codeCol], { name: r[nameCol], codes: new Set() });
      map.get(r[codeCol])!.codes.add(r.gemeentecode);
    }
    return [...map]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, { name, codes }]) => {
        const id = regionId(level, name, provinceIds);
        const region: Region = { id, name, level, code, gemeenten: members(codes), parent: NETHERLANDS_ID };
        if (level === 'arbeidsmarktregio') {
          region.provinces = [...new Set(gemeenten.filter((g) => codes.has(g.code)).map((g) => g.province))].sort();
        }
        return region;
      });
  };
  const regions = [
    nl,
    ...group('provinciecode', 'provincienaam', 'provincie'),
    ...group('arbeidsmarktregiocode', 'arbeidsmarktregionaam', 'arbeidsmarktregio'),
  ];
  // The ids in geo/gemeenten.json must be the ones here (both come from region-id.ts).
  const ids = new Set(regions.map((r) => r.id));
  for (const g of gemeenten) if (!ids.has(g.province) || !ids.has(g.amr)) throw new Error(`gemeente ${g.code}: regio ${g.province}/${g.amr} onbekend`);
  return regions;
}

/** DUO ICT education locations (institution x gemeente), placed in the 2024 regions by their point. */
export function buildLocations(): { records: Location[]; notes: string[] } {
  const rows = readCsv(dataPath(...DUO_DIR, 'ict_onderwijslocaties_per_gemeente.csv'));
  const locator = gemeenteLocator();
  const notes: string[] = [];
  const seen = new Set<string>();
  const records = rows.map((r): Location => {
    const lat = Number(r.lat_gemeente),
      lon = Number(r.lon_gemeente);
    const hit = locator.locate(lat, lon);
    if (!hit) throw new Error(`ict_onderwijslocaties_per_gemeente.csv: ${r.instellingsnaam} in ${r.gemeentenaam}: punt ligt in geen gemeente van 2024`);
    const g = hit.gemeente;
    if (g.code !== r.gemeentecode)
      notes.push(`${r.instellingsnaam}: gemeente ${r.gemeentenaam} (${r.gemeentecode}, 2015) valt in 2024 onder ${g.name} (${g.code})`);
    const tail = `-${slugify(r.gemeentenaam)}`;
    let id = `${r.niveau}-${slugify(r.instellingsnaam)}`.slice(0, 80 - tail.length).replace(/-+$/, '') + tail;
    for (let n = 2; seen.has(id); n++) id = `${id}-${n}`;
    seen.add(id);
    const num = (s: string) => (s === '' ? undefined : Number(s));
    return {
      id,
      institution: r.instellingsnaam,
      level: r.niveau as Location['level'],
      place: { name: r.gemeentenaam, gemeente: g.code, lat, lon },
      regions: [g.province, g.amr],
      programmes: Number(r.aantal_ict_opleidingen),
      ...(num(r.studenten_ict_kern_peiljaar) !== undefined ? { students: num(r.studenten_ict_kern_peiljaar) } : {}),
      ...(num(r.studenten_ict_breed_peiljaar) !== undefined ? { studentsBroad: num(r.studenten_ict_breed_peiljaar) } : {}),
      year: Number(r.peiljaar),
    };
  });
  return { records, notes };
}

/** A hand-kept dataset document in data/ (modellen.json, taxonomie.json). */
export function readSourceDocument(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(dataPath(file), 'utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>;
}

/** The JSON Schema of one whole dataset document, for editors (valibot -> JSON Schema). */
export function jsonSchemaOf(name: DatasetName): Record<string, unknown> {
  const schema = toJsonSchema(documentSchema(name) as unknown as Parameters<typeof toJsonSchema>[0], { errorMode: 'ignore' }) as Record<string, unknown>;
  return {
    ...schema,
    title: `HCA ICT ${name} dataset`,
    description: `Gegenereerd uit src/data/schema.ts (valibot). Niet met de hand bewerken; draai \`npx hcaict-data build\`.`,
  };
}
