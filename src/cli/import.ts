/**
 * `hcaict-data import`: spreadsheet CSV (data/initiatieven.csv, data/sjabloon-initiatieven.csv)
 * -> initiatives dataset, with the gemeente table bundled into the CLI. The mapping itself
 * is src/data/spreadsheet.ts, shared with the data desk.
 */
import { type ImportResult, csvRows, importRows } from '../data/spreadsheet.js';
import { loadGemeenten } from './geo.js';

/** Converts CSV text to an initiatives dataset; `file` names the CSV in messages. */
export const importInitiatives = (csv: string, file: string, today?: string): ImportResult => importRows(csvRows(csv), file, loadGemeenten(), today);
