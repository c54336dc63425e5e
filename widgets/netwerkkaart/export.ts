/**
 * Downloads of the initiatives a visitor sees: CSV (with source and date lines above
 * the table, formula-like cells neutralised by src/data/csv.ts) and GeoJSON (with a
 * top-level `metadata` member), and the words after sharing a link. Pure functions:
 * the element saves the result.
 */
import { toCsv, type CsvValue } from '../../src/data/csv.js';
import type { Dataset, Initiative } from '../../src/data/schema.js';
import type { ShareOutcome } from '../../src/ui/share.js';

export interface ExportMeta {
  /** "Bron" / "Source" and so on, in the visitor's language. */
  labels: { source: string; date: string; filters: string };
  dataset: Pick<Dataset<'initiatives'>, 'publisher' | 'license' | 'attribution' | 'updated'>;
  /** A readable summary of the active filters (empty: none). */
  filters: string;
  /** Where the data was read from. */
  url: string;
}

const COLUMNS = [
  'id',
  'name',
  'kind',
  'summary',
  'organisations',
  'partners',
  'place',
  'gemeente',
  'lat',
  'lon',
  'regions',
  'levels',
  'targetGroups',
  'themes',
  'pillars',
  'models',
  'website',
  'startYear',
  'status',
  'sources',
  'verified',
] as const;

const row = (i: Initiative): CsvValue[] => [
  i.id,
  i.name,
  i.kind,
  i.summary,
  i.organisations.join('; '),
  i.partners.join('; '),
  i.place.name,
  i.place.gemeente,
  i.place.lat,
  i.place.lon,
  i.regions.join('; '),
  i.levels.join('; '),
  i.targetGroups.join('; '),
  i.themes.join('; '),
  i.pillars.join('; '),
  i.models.join('; '),
  i.website,
  i.startYear,
  i.status,
  i.sources.map((s) => (s.url ? `${s.title} <${s.url}>` : s.title)).join('; '),
  i.verified,
];

export function initiativesCsv(records: readonly Initiative[], meta: ExportMeta): string {
  const d = meta.dataset;
  const lines: CsvValue[][] = [[meta.labels.date, d.updated], [meta.labels.filters, meta.filters || '-'], [], [...COLUMNS], ...records.map(row)];
  return toCsv([`${meta.labels.source}`, `${d.publisher}, ${d.attribution} (${d.license}), ${meta.url}`], lines);
}

export function initiativesGeoJson(records: readonly Initiative[], meta: ExportMeta): string {
  const d = meta.dataset;
  return JSON.stringify(
    {
      type: 'FeatureCollection',
      metadata: {
        source: `${d.publisher}, ${d.attribution}`,
        license: d.license,
        updated: d.updated,
        url: meta.url,
        filters: meta.filters,
        count: records.length,
      },
      features: records.map(({ place, ...rest }) => ({
        type: 'Feature',
        id: rest.id,
        geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
        properties: { ...rest, place: place.name, gemeente: place.gemeente },
      })),
    },
    null,
    1,
  );
}

export type ExportFormat = 'csv' | 'geojson';

/** The labels and source lines of a download, in the visitor's language; `src` is the element's data URL (if set). */
export function exportMeta(
  t: { downloadSource: string; downloadDate: string; downloadFilters: string },
  dataset: ExportMeta['dataset'],
  filters: string,
  src: string | null,
): ExportMeta {
  const url = src ? new URL(src, document.baseURI).href : 'https://hcaict.nl';
  return { labels: { source: t.downloadSource, date: t.downloadDate, filters: t.downloadFilters }, dataset, filters, url };
}

/** The file of a download: its contents and its name (dated by the data's last update). */
export function exportFile(format: ExportFormat, records: readonly Initiative[], meta: ExportMeta): [blob: Blob, name: string] {
  const name = `hcaict-initiatieven-${meta.dataset.updated}.${format}`;
  if (format === 'csv') return [new Blob([initiativesCsv(records, meta)], { type: 'text/csv;charset=utf-8' }), name];
  return [new Blob([initiativesGeoJson(records, meta)], { type: 'application/geo+json' }), name];
}

/** What the card says after "copy link". */
export function shareNotice(outcome: ShareOutcome, t: { copied: string; copyFailed: string }): string {
  return outcome === 'copied' ? t.copied : t.copyFailed;
}
