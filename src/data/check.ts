/**
 * Checks dataset documents the way `hcaict-data validate` reports them: each against its
 * schema, all of them against each other (references), and every initiative and location
 * point against the outline of the Netherlands. Pure: the CLI passes its bundled outline,
 * the data desk the one it loads from the built site.
 */
import type { DatasetName } from './schema.js';
import { crossCheck, type DatasetBundle } from './crosscheck.js';
import { validateDataset, type DataProblem } from './validate.js';

export interface FileReport {
  file: string;
  dataset?: DatasetName;
  records: number;
  valid: number;
}

export interface CheckReport {
  files: FileReport[];
  problems: DataProblem[];
  errors: number;
  warnings: number;
}

/** Checks parsed documents (file name -> JSON); `inside(lat, lon)` says whether a point lies in the Netherlands. */
export function checkDocuments(docs: { file: string; json: unknown }[], inside: (lat: number, lon: number) => boolean): CheckReport {
  const problems: DataProblem[] = [];
  const files: FileReport[] = [];
  const bundle: DatasetBundle = {};
  for (const { file, json } of docs) {
    const loaded = loadParsed(file, json);
    if (loaded.problem) {
      problems.push(loaded.problem);
      files.push({ file, records: 0, valid: 0 });
      continue;
    }
    const name = loaded.name!;
    const result = validateDataset(name, json, file);
    problems.push(...result.problems);
    files.push({ file, dataset: name, records: result.total, valid: result.dataset?.records.length ?? 0 });
    if (!result.dataset) continue;
    if (bundle[name]) {
      problems.push({ file, path: 'dataset', code: 'file.duplicateDataset', params: { received: name, other: bundle[name]!.file }, severity: 'error' });
      continue;
    }
    (bundle as Record<string, unknown>)[name] = { dataset: result.dataset, file };
    if (name === 'initiatives' || name === 'locations') {
      // Index in the file, not among the valid records: find each valid record's original index.
      const raw = (json as { records: { id?: unknown }[] }).records;
      for (const r of result.dataset.records as { id: string; place: { lat: number; lon: number } }[]) {
        if (!inside(r.place.lat, r.place.lon)) {
          const index = raw.findIndex((x) => x && x.id === r.id);
          problems.push({
            file,
            index,
            id: r.id,
            path: 'place',
            code: 'coord.outsideOutline',
            params: { received: `${r.place.lat}, ${r.place.lon}` },
            severity: 'error',
          });
        }
      }
    }
  }
  // Cross-check references; indices refer to valid records, so map them back to the file's.
  for (const p of crossCheck(bundle)) {
    const entry = Object.values(bundle).find((b) => b && b.file === p.file);
    const raw = (docs.find((d) => d.file === p.file)?.json as { records?: { id?: unknown; region?: unknown }[] })?.records;
    if (entry && raw && p.id !== undefined) {
      const index = raw.findIndex((x) => x && (x.id ?? x.region) === p.id);
      if (index >= 0) p.index = index;
    }
    problems.push(p);
  }
  const order = new Map(docs.map((d, i) => [d.file, i]));
  problems.sort((a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1) || (a.index ?? -1) - (b.index ?? -1));
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { files, problems, errors, warnings: problems.length - errors };
}

function loadParsed(file: string, json: unknown) {
  const name = (json as { dataset?: unknown })?.dataset;
  const known = ['initiatives', 'regions', 'profiles', 'models', 'taxonomy', 'locations'];
  if (typeof name === 'string' && known.includes(name)) return { name: name as DatasetName };
  return {
    problem: {
      file,
      path: 'dataset',
      code: 'file.unknownDataset',
      params: { received: name === undefined ? '-' : JSON.stringify(name).slice(0, 60) },
      severity: 'error',
    } as DataProblem,
  };
}

