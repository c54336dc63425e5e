/**
 * The data desk's checks: the files the team drops (a spreadsheet of initiatives as CSV or
 * .xlsx, dataset .json files) checked with the CLI's own code — the spreadsheet import
 * (src/data/spreadsheet.ts), the schema, the outline and the cross-checks against the
 * published datasets (src/data/check.ts) — then the diff against the published data and the
 * zip of the files to publish. Nothing here touches the DOM or the network.
 */
import { strToU8, zipSync } from 'fflate';
import { checkDocuments } from '../data/check.js';
import { type DatasetDiff, diffDocuments } from '../data/diff.js';
import { isSpreadsheet } from '../data/messages.js';
import { columnOf, csvRows, importRows, type SheetRows } from '../data/spreadsheet.js';
import { DATASET_NAMES, type DatasetName } from '../data/schema.js';
import { datasetNameOf, type DataProblem } from '../data/validate.js';
import type { Gemeente } from '../geo/gemeenten.js';

export interface DeskInput {
  name: string;
  bytes: ArrayBuffer;
}

export interface DeskContext {
  gemeenten: readonly Gemeente[];
  /** The published datasets (what the site shows now), by name. */
  published: ReadonlyMap<DatasetName, Record<string, unknown>>;
  /** Whether a point lies in the Netherlands (the outline the CLI checks against). */
  inside: (lat: number, lon: number) => boolean;
  /** Reads an .xlsx file; loaded only when one is dropped. */
  readXlsx: (bytes: ArrayBuffer) => Promise<SheetRows>;
  today?: string;
}

export interface CheckedFile {
  file: string;
  dataset?: DatasetName;
  /** Spreadsheet rows or dataset records. */
  total: number;
  /** Rows or records without an error. */
  valid: number;
  spreadsheet: boolean;
}

export interface DeskResult {
  files: CheckedFile[];
  problems: DataProblem[];
  errors: number;
  warnings: number;
  /** The checked datasets, as they would be published (a spreadsheet's valid rows as initiatives). */
  documents: Map<DatasetName, Record<string, unknown>>;
  /** Against the published data, for the checked datasets only. */
  diff: DatasetDiff[];
}

/** The name a published dataset goes by in messages (a cross-check can point at it): its path on the site. */
export const publishedFile = (name: DatasetName) => `data/${name}.json`;

/** Checks the dropped files against each other and the published data, as `hcaict-data` would. */
export async function checkInputs(inputs: readonly DeskInput[], context: DeskContext): Promise<DeskResult> {
  const problems: DataProblem[] = [];
  const docs: { file: string; json: unknown }[] = [];
  const sheets = new Map<string, { rows: number; rowOfId: Map<string, number> }>();
  for (const input of inputs) {
    const file = input.name;
    if (isSpreadsheet(file)) {
      const rows = /\.xlsx$/i.test(file) ? await context.readXlsx(input.bytes) : csvRows(new TextDecoder().decode(input.bytes));
      const imported = importRows(rows, file, context.gemeenten, context.today);
      problems.push(...imported.problems);
      sheets.set(file, { rows: imported.rows, rowOfId: imported.rowOfId });
      docs.push({ file, json: imported.document });
    } else if (/\.json$/i.test(file)) {
      try {
        docs.push({ file, json: JSON.parse(new TextDecoder().decode(input.bytes).replace(/^\uFEFF/, '')) });
      } catch (e) {
        problems.push({ file, path: '', code: 'file.json', params: { detail: e instanceof Error ? e.message.slice(0, 120) : '' }, severity: 'error' });
      }
    } else problems.push({ file, path: '', code: 'file.type', severity: 'error' });
  }
  // The checked datasets replace the published ones; the rest stay for the cross-checks.
  const given = new Set(docs.map((d) => datasetNameOf(d.json)).filter((n) => n !== undefined));
  const others = DATASET_NAMES.filter((n) => !given.has(n) && context.published.has(n));
  const report = checkDocuments([...docs, ...others.map((n) => ({ file: publishedFile(n), json: context.published.get(n) }))], context.inside);
  for (const p of report.problems) {
    const sheet = sheets.get(p.file);
    // The import checked the rows already; what the outline and cross-checks add names the row and column too.
    if (sheet) problems.push({ ...p, index: p.id === undefined ? undefined : sheet.rowOfId.get(p.id), path: columnOf(p.path) });
    else problems.push(p);
  }
  const order = new Map([...inputs.map((i) => i.name), ...others.map(publishedFile)].map((f, i) => [f, i]));
  problems.sort((a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1) || (a.index ?? -1) - (b.index ?? -1));

  const documents = new Map<DatasetName, Record<string, unknown>>();
  for (const d of docs) {
    const name = datasetNameOf(d.json);
    if (name && !documents.has(name)) documents.set(name, d.json as Record<string, unknown>);
  }
  const errorIndices = (file: string) => new Set(problems.filter((p) => p.file === file && p.severity === 'error').map((p) => p.index));
  const files = inputs.map((input): CheckedFile => {
    const file = input.name;
    const sheet = sheets.get(file);
    const checked = report.files.find((f) => f.file === file);
    const bad = errorIndices(file);
    if (sheet) {
      // rows that became records and have no error left
      const records = (docs.find((d) => d.file === file)!.json as { records: { id: string }[] }).records;
      const valid = records.filter((r) => !bad.has(sheet.rowOfId.get(r.id))).length;
      return { file, dataset: 'initiatives', total: sheet.rows, valid, spreadsheet: true };
    }
    const total = checked?.records ?? 0;
    // a problem with no record (the envelope, an unreadable file) leaves no record valid
    const valid = !checked?.dataset || bad.has(undefined) ? 0 : total - bad.size;
    return { file, dataset: checked?.dataset, total, valid: Math.max(0, valid), spreadsheet: false };
  });
  const before = new Map([...context.published].filter(([n]) => documents.has(n)));
  const diff = diffDocuments(before, documents);
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { files, problems, errors, warnings: problems.length - errors, documents, diff };
}

/** A dataset file as the CLI writes it. */
export const datasetText = (doc: unknown) => JSON.stringify(doc, null, 2) + '\n';

/** The files to publish, one `<dataset>.json` each, in one zip. */
export function publishZip(documents: ReadonlyMap<DatasetName, Record<string, unknown>>): Uint8Array {
  return zipSync(Object.fromEntries([...documents].map(([name, doc]) => [`${name}.json`, strToU8(datasetText(doc))])));
}
