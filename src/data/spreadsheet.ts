/**
 * The team's spreadsheet of initiatives (the columns of data/sjabloon-initiatieven.csv) ->
 * the initiatives dataset. The place becomes coordinates and region ids through the 2024
 * gemeente table; an unknown place is reported and the row skipped, never guessed. One
 * implementation for the CLI's `import` and `build` and for the data desk (CSV and .xlsx).
 */
import Papa from 'papaparse';
import { SCHEMA_VERSION, type Initiative } from './schema.js';
import { validateDataset, type DataProblem } from './validate.js';
import { slugify } from '../geo/region-id.js';
import { type Gemeente, findGemeenteIn, nameKey } from '../geo/gemeenten.js';

export const INITIATIVE_COLUMNS = [
  'id',
  'naam',
  'samenvatting',
  'soort',
  'organisaties',
  'partners',
  'plaats',
  'gemeentecode',
  'niveaus',
  'doelgroepen',
  'themas',
  'pijlers',
  'modellen',
  'website',
  'startjaar',
  'status',
  'bron_titel',
  'bron_url',
  'gecontroleerd_op',
] as const;
const REQUIRED_COLUMNS = ['naam', 'samenvatting', 'soort', 'bron_url', 'gecontroleerd_op'];

/** Field path in the JSON record -> column in the spreadsheet, for messages. */
const COLUMN_OF: Record<string, string> = {
  id: 'id',
  name: 'naam',
  summary: 'samenvatting',
  kind: 'soort',
  organisations: 'organisaties',
  partners: 'partners',
  'place.name': 'plaats',
  'place.gemeente': 'gemeentecode',
  'place.lat': 'gemeentecode',
  'place.lon': 'gemeentecode',
  regions: 'gemeentecode',
  levels: 'niveaus',
  targetGroups: 'doelgroepen',
  themes: 'themas',
  pillars: 'pijlers',
  models: 'modellen',
  website: 'website',
  startYear: 'startjaar',
  status: 'status',
  'sources.0.title': 'bron_titel',
  'sources.0.url': 'bron_url',
  sources: 'bron_url',
  verified: 'gecontroleerd_op',
};
export function columnOf(path: string): string {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const key = parts.slice(0, n).join('.');
    if (COLUMN_OF[key]) return COLUMN_OF[key] + (n < parts.length && /^\d+$/.test(parts[n]) ? ` (item ${Number(parts[n]) + 1})` : '');
  }
  return path;
}

export const INITIATIVES_ENVELOPE = {
  publisher: 'Human Capital Agenda ICT',
  license: 'CC BY 4.0',
  attribution:
    'Initiatieven: samengesteld door het HCA ICT-team uit openbare bronnen (zie de bron bij elk initiatief); beschrijvingen in eigen woorden. Plaatsing: CBS Gebiedsindelingen 2024 (CC BY 4.0).',
};

export interface ImportResult {
  document: Record<string, unknown> & { records: Initiative[] };
  /** Problems with `index` = data row (0 = first row under the header); `path` = spreadsheet column. */
  problems: DataProblem[];
  rows: number;
  /** The data row of each record of `document` by id, to name the row of a later check's problem. */
  rowOfId: Map<string, number>;
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

/** A spreadsheet's data rows by column name (lower case, trimmed), and what could not be read. */
export interface SheetRows {
  header: string[];
  rows: Record<string, string>[];
  /** Read errors; `index` = data row (0 = first row under the header). */
  errors: { index?: number; detail: string }[];
}

/** The rows of CSV text (papaparse); empty lines are skipped. */
export function csvRows(csv: string): SheetRows {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  return { header: parsed.meta.fields ?? [], rows: parsed.data, errors: parsed.errors.map((e) => ({ index: e.row, detail: e.message })) };
}

/** Converts spreadsheet rows to an initiatives dataset; `file` names the spreadsheet in messages. */
export function importRows(sheet: SheetRows, file: string, gemeenten: readonly Gemeente[], today = new Date().toISOString().slice(0, 10)): ImportResult {
  const problems: DataProblem[] = [];
  const findGemeente = (codeOrName: string) => findGemeenteIn(gemeenten, codeOrName);
  for (const e of sheet.errors.slice(0, 20)) {
    problems.push({ file, index: e.index, path: '', code: 'import.csv', params: { detail: e.detail }, severity: 'error' });
  }
  const header = sheet.header;
  for (const c of REQUIRED_COLUMNS) {
    if (!header.includes(c)) problems.push({ file, path: c, code: 'import.columns', params: { ref: c }, severity: 'error' });
  }
  const records: unknown[] = [];
  const rowOf: number[] = [];
  if (!problems.some((p) => p.code === 'import.columns')) {
    sheet.rows.forEach((row, index) => {
      const get = (c: string) => (row[c] ?? '').trim();
      const name = get('naam');
      const id = get('id') || slugify(name).slice(0, 80).replace(/-+$/, '');
      const where = { file, index, id: id || undefined };
      const code = get('gemeentecode');
      const place = get('plaats');
      let gemeente;
      if (code) {
        gemeente = findGemeente(code.toUpperCase());
        if (!gemeente) {
          problems.push({ ...where, path: 'gemeentecode', code: 'import.unknownGemeente', params: { ref: code }, severity: 'error' });
          return;
        }
        const named = place ? findGemeente(place) : undefined;
        if (named && named.code !== gemeente.code) {
          problems.push({
            ...where,
            path: 'plaats',
            code: 'import.placeMismatch',
            params: { ref: place, code: gemeente.code, name: gemeente.name },
            severity: 'warning',
          });
        }
      } else if (place) {
        gemeente = findGemeente(place);
        if (!gemeente) {
          problems.push({ ...where, path: 'plaats', code: 'import.unknownPlace', params: { ref: place }, severity: 'error' });
          return;
        }
      } else {
        problems.push({ ...where, path: 'plaats', code: 'import.noPlace', severity: 'error' });
        return;
      }
      const year = get('startjaar');
      const url = get('bron_url');
      let host = '';
      try {
        host = url ? new URL(url).hostname.replace(/^www\./, '') : '';
      } catch {
        /* the schema reports the bad URL */
      }
      const record: Record<string, unknown> = {
        id,
        name,
        summary: get('samenvatting'),
        kind: get('soort'),
        organisations: list(row.organisaties),
        partners: list(row.partners),
        place: {
          name: place && nameKey(place) !== nameKey(gemeente.name) ? place : gemeente.name,
          gemeente: gemeente.code,
          lat: gemeente.lat,
          lon: gemeente.lon,
          // the spreadsheet names a gemeente, not an address: the point is the gemeente's centre
          precision: 'gemeente',
        },
        regions: [gemeente.province, gemeente.amr],
        levels: list(row.niveaus),
        targetGroups: list(row.doelgroepen),
        themes: list(row.themas),
        pillars: list(row.pijlers),
        models: list(row.modellen),
        ...(get('website') ? { website: get('website') } : {}),
        ...(year ? { startYear: /^\d+$/.test(year) ? Number(year) : year } : {}),
        ...(get('status') ? { status: get('status') } : {}),
        sources: url ? [{ title: get('bron_titel') || host || url, url }] : [],
        verified: get('gecontroleerd_op'),
      };
      records.push(record);
      rowOf.push(index);
    });
  }
  const document = {
    schemaVersion: SCHEMA_VERSION,
    dataset: 'initiatives',
    updated: today,
    ...INITIATIVES_ENVELOPE,
    sources: [{ publisher: 'CBS', title: 'CBS Gebiedsindelingen 2024 (gemeenten, provincies, arbeidsmarktregio’s)' }],
    records,
  };
  const result = validateDataset('initiatives', document, file);
  for (const p of result.problems) {
    const row = p.index === undefined ? undefined : rowOf[p.index];
    problems.push({ ...p, index: row, path: p.path ? columnOf(p.path) : p.path });
  }
  problems.sort((a, b) => (a.index ?? -1) - (b.index ?? -1));
  const valid = (result.dataset?.records ?? []) as Initiative[];
  const rowOfId = new Map<string, number>();
  records.forEach((r, i) => rowOfId.has((r as Initiative).id) || rowOfId.set((r as Initiative).id, rowOf[i]));
  return { document: { ...document, records: valid }, problems, rows: sheet.rows.length, rowOfId };
}
