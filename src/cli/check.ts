/** `hcaict-data validate`: reads a file or folder and checks it (src/data/check.ts) against the bundled outline. */
import { type CheckReport, checkDocuments as check } from '../data/check.js';
import type { DataProblem } from '../data/validate.js';
import { insideNetherlands } from './geo.js';
import { listJsonFiles, loadFile } from './io.js';

export type { CheckReport, FileReport } from '../data/check.js';

/** Checks parsed documents (file name -> JSON). */
export const checkDocuments = (docs: { file: string; json: unknown }[]): CheckReport => check(docs, insideNetherlands);

/** Reads and checks a file or every .json file in a folder. */
export function checkPath(path: string): CheckReport {
  const files = listJsonFiles(path);
  const docs: { file: string; json: unknown }[] = [];
  const problems: DataProblem[] = [];
  if (!files.length) problems.push({ file: path, path: '', code: 'file.missing', severity: 'error' });
  for (const f of files) {
    const loaded = loadFile(f);
    if (loaded.problem && loaded.json === undefined) problems.push(loaded.problem);
    else docs.push({ file: f, json: loaded.json });
  }
  const report = checkDocuments(docs);
  const extraFiles = problems.filter((p) => p.code !== 'file.missing' || files.length).map((p) => ({ file: p.file, records: 0, valid: 0 }));
  const all = [...problems, ...report.problems];
  const errors = all.filter((p) => p.severity === 'error').length;
  return { files: [...extraFiles, ...report.files], problems: all, errors, warnings: all.length - errors };
}
